import { useMemo } from 'react';
import type { ExerciseSearch } from '../replica/exercise-search';
import type { TaxonomyTerm } from '../replica/exercise-queries';
import { applyFacets, type FacetCounts } from './library-facets';
import {
  exercisesForHits,
  indexExercises,
  matchNames,
  type FacetSelections,
  type IndexedExercise,
  type LibraryExercise,
} from './library-filter';
import { sortResults, type LibrarySort } from './library-sort';

export interface LibraryResults {
  /** What to list, in the order chosen. */
  readonly results: readonly IndexedExercise[];
  readonly counts: FacetCounts;
}

interface LibraryQuery {
  exercises: readonly LibraryExercise[];
  categories: readonly TaxonomyTerm<'category'>[];
  search: ExerciseSearch;
  /** Whether `search`'s index holds the whole library yet. */
  searchReady: boolean;
  query: string;
  selections: FacetSelections;
  sort: LibrarySort;
}

/**
 * The library's list and facet counts for what the user typed and
 * ticked. Each step is memoized on what it reads, so a keystroke costs
 * one search, one pass over its matches and one sort, and ticking a
 * box costs no search at all.
 */
export function useLibraryResults({
  exercises,
  categories,
  search,
  searchReady,
  query,
  selections,
  sort,
}: LibraryQuery): LibraryResults {
  const library = useMemo(
    () => indexExercises(exercises, categories),
    [exercises, categories],
  );
  const byId = useMemo(
    () => new Map(library.entries.map((entry) => [entry.exercise.id, entry])),
    [library],
  );

  // Until the index is built, a plain match on names, so that typing
  // finds something from the first moment. The search is asked for as
  // many hits as the library holds, so that the counts cover them all.
  const matches = useMemo(() => {
    if (query.trim() === '') return library.entries;
    if (!searchReady) return matchNames(library.entries, query);
    const limit = Math.max(library.entries.length, 1);
    return exercisesForHits(byId, search.search(query, { limit }));
  }, [library, byId, search, searchReady, query]);

  const faceted = useMemo(
    () => applyFacets(library, matches, selections),
    [library, matches, selections],
  );
  const results = useMemo(
    () => sortResults(faceted.results, sort),
    [faceted.results, sort],
  );
  return { results, counts: faceted.counts };
}
