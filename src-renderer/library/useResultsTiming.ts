import { useLayoutEffect } from 'react';
import { libraryShown } from '../workstation/library-shown';

/** User Timing marks the UI benchmark (bench/ui-*.ts) reads. */
export const resultsRenderedMark = 'motus:library-results';
export const resultsPaintedMark = 'motus:library-painted';

// Marks are kept until cleared; a day of typing should not pile them up.
const keptMarks = 2000;
let marked = 0;

/**
 * Marks each rendered result list with the query it answers: once
 * committed to the page, and again at the next animation frame, when it
 * has been painted. `query` is the trimmed text; '' for none.
 */
export function useResultsTiming(
  query: string,
  count: number,
  shown: boolean,
  results: unknown,
): void {
  useLayoutEffect(() => {
    if (!shown) return;
    if (++marked > keptMarks) {
      performance.clearMarks(resultsRenderedMark);
      performance.clearMarks(resultsPaintedMark);
      marked = 1;
    }
    const detail = { query: query.trim(), count };
    performance.mark(resultsRenderedMark, { detail });
    const frame = requestAnimationFrame(() => {
      performance.mark(resultsPaintedMark, { detail });
      libraryShown();
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [query, count, shown, results]);
}
