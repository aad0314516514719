import type { KeystrokeTiming } from '../test/browser/harness-api';
import type { RemoteHarness } from '../test/browser/harness-page';
import { summarize, type LatencySummary } from './latency-stats';

/**
 * Search as you type in the browser: `createExerciseSearch` over the
 * replica, each query typed letter by letter, every keystroke's search
 * timed inside the page.
 */

/** What a clinician types, one typo among them. */
export const typedQueries = [
  'shoulder external rotation',
  'hamstring stretch',
  'theraband row',
  'kne ext',
  'shoudler',
] as const;

export interface QueryFigures {
  query: string;
  /** Hits (at most the default 50) once the whole query was typed. */
  hits: number;
  firstHit: string | null;
  latencyMs: LatencySummary;
}

export interface SearchFigures {
  indexedExercises: number;
  buildMs: number;
  /** Of which reading every exercise from IndexedDB, timed apart. */
  fullReadMs: number;
  /** Times each query was typed; the first time counts as cold. */
  rounds: number;
  /** The first round alone: no JIT warm-up, caches empty. */
  cold: LatencySummary;
  /** Every keystroke of every round. */
  all: LatencySummary;
  perQuery: QueryFigures[];
  /** The five slowest keystrokes: what was typed, milliseconds. */
  slowest: { typed: string; ms: number }[];
}

export async function measureSearch(
  harness: RemoteHarness,
  rounds: number,
): Promise<SearchFigures> {
  const built = await harness.buildSearch();
  const fullReadMs = await harness.timeFullRead();
  const timings: KeystrokeTiming[][] = [];
  for (let round = 0; round < rounds; round += 1) {
    timings.push(await harness.typeQueries(typedQueries));
  }
  const everything = timings.flat();
  const perQuery = typedQueries.map((query) => {
    const own = everything.filter((timing) => timing.query === query);
    const whole = own.find((timing) => timing.typed === query);
    return {
      query,
      hits: whole?.hits ?? 0,
      firstHit: whole?.firstHit ?? null,
      latencyMs: summarize(own.map((timing) => timing.ms)),
    };
  });
  return {
    indexedExercises: built.size,
    buildMs: built.buildMs,
    fullReadMs,
    rounds,
    cold: summarize((timings[0] ?? []).map((timing) => timing.ms)),
    all: summarize(everything.map((timing) => timing.ms)),
    perQuery,
    slowest: [...everything]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map(({ typed, ms }) => ({ typed, ms })),
  };
}
