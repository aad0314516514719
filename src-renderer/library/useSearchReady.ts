import { useEffect, useState } from 'react';
import type { ExerciseSearch } from '../replica/exercise-search';

// The index outlives the screen: coming back to the library must not
// fall back to the name match for a render while the promise settles.
const builtIndexes = new WeakSet<ExerciseSearch>();

/**
 * Whether `search` holds the whole library yet. While it does not, the
 * library matches on names instead; if building the index fails, it
 * keeps doing so.
 */
export function useSearchReady(search: ExerciseSearch): boolean {
  const [readyFor, setReadyFor] = useState<ExerciseSearch | null>(() =>
    builtIndexes.has(search) ? search : null,
  );

  useEffect(() => {
    let mounted = true;
    search.ready.then(
      () => {
        builtIndexes.add(search);
        if (mounted) setReadyFor(search);
      },
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [search]);

  return readyFor === search || builtIndexes.has(search);
}
