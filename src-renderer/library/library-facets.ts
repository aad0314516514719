import {
  facetKeys,
  type FacetKey,
  type FacetSelections,
  type IndexedExercise,
  type LibraryExercise,
  type LibraryIndex,
} from './library-filter';

/** How many exercises each option of each facet would give. */
export type FacetCounts = Readonly<
  Record<FacetKey, ReadonlyMap<string, number>>
>;

export interface FacetedResults<E extends LibraryExercise> {
  /** The exercises every facet's selection lets through, in given order. */
  readonly results: readonly IndexedExercise<E>[];
  readonly counts: FacetCounts;
}

/** Whether one of `codes` is among the chosen (`chosen[code] === 1`). */
function passes(codes: readonly number[], chosen: Uint8Array | undefined) {
  if (chosen === undefined) return true;
  for (const code of codes) if (chosen[code] === 1) return true;
  return false;
}

function tally(counts: Int32Array, codes: readonly number[]) {
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
}

/**
 * Filters `matches` (the exercises of `library` the query found) by
 * the facet selections and counts every facet's options, in one pass.
 *
 * Options within a facet combine with OR, facets with AND. A facet's
 * counts apply every other facet's selection but not its own, so each
 * count says what ticking that option (as well) would give. An exercise
 * that fails two facets counts nowhere; one that fails exactly one
 * counts only in that facet; one that passes all counts everywhere.
 * A selected value the library does not know matches nothing.
 */
export function applyFacets<E extends LibraryExercise>(
  library: LibraryIndex<E>,
  matches: readonly IndexedExercise<E>[],
  selections: FacetSelections,
): FacetedResults<E> {
  const size = library.values.length;
  const chosen = facetKeys.map((key) => {
    if (selections[key].length === 0) return undefined;
    const members = new Uint8Array(size);
    for (const value of selections[key]) {
      const code = library.codes.get(value);
      if (code !== undefined) members[code] = 1;
    }
    return members;
  });
  const counts = facetKeys.map(() => new Int32Array(size));
  const results: IndexedExercise<E>[] = [];

  for (const entry of matches) {
    let failed = -1;
    let failures = 0;
    for (let facet = 0; facet < chosen.length && failures < 2; facet++) {
      if (passes(entry.facetCodes[facet] ?? [], chosen[facet])) continue;
      failed = facet;
      failures++;
    }
    if (failures === 0) {
      results.push(entry);
      for (let facet = 0; facet < counts.length; facet++) {
        const facetCounts = counts[facet];
        if (facetCounts) tally(facetCounts, entry.facetCodes[facet] ?? []);
      }
    } else if (failures === 1) {
      const facetCounts = counts[failed];
      if (facetCounts) tally(facetCounts, entry.facetCodes[failed] ?? []);
    }
  }

  const byFacet = {} as Record<FacetKey, ReadonlyMap<string, number>>;
  facetKeys.forEach((key, facet) => {
    const facetCounts = counts[facet] ?? new Int32Array(0);
    const named = new Map<string, number>();
    facetCounts.forEach((count, code) => {
      const value = library.values[code];
      if (count > 0 && value !== undefined) named.set(value, count);
    });
    byFacet[key] = named;
  });
  return { results, counts: byFacet };
}

/** Whether any facet has a selection. */
export function hasSelections(selections: FacetSelections): boolean {
  return facetKeys.some((key) => selections[key].length > 0);
}
