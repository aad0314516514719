import { difficulties, type Difficulty } from '../../shared/domain';
import type { IndexedExercise, LibraryExercise } from './library-filter';

/** The orders the results list offers. */
export const librarySorts = [
  'relevance',
  'name',
  '-name',
  '-updated_at',
  'difficulty',
] as const;
export type LibrarySort = (typeof librarySorts)[number];

export const sortLabels: Readonly<Record<LibrarySort, string>> = {
  relevance: 'Relevance',
  name: 'Name A–Z',
  '-name': 'Name Z–A',
  '-updated_at': 'Recently updated',
  difficulty: 'Difficulty',
};

export function isLibrarySort(value: unknown): value is LibrarySort {
  return librarySorts.some((sort) => sort === value);
}

/**
 * The order in force: relevance means something only while a query is
 * typed, and the library without a query lists by name.
 */
export function effectiveSort(sort: LibrarySort, query: string): LibrarySort {
  return sort === 'relevance' && query.trim() === '' ? 'name' : sort;
}

const difficultyRank = new Map<Difficulty, number>(
  difficulties.map((difficulty, rank) => [difficulty, rank]),
);

type Entry = IndexedExercise;

// Comparisons over numbers prepared in the index: a collator over ten
// thousand names on every keystroke would cost a frame on its own.
// Equal keys fall back to the name, so every order is total.
const comparators: Readonly<
  Record<Exclude<LibrarySort, 'relevance'>, (a: Entry, b: Entry) => number>
> = {
  name: (a, b) => a.nameRank - b.nameRank,
  '-name': (a, b) => b.nameRank - a.nameRank,
  '-updated_at': (a, b) => b.updatedAt - a.updatedAt || a.nameRank - b.nameRank,
  difficulty: (a, b) =>
    (difficultyRank.get(a.exercise.difficulty) ?? 0) -
      (difficultyRank.get(b.exercise.difficulty) ?? 0) ||
    a.nameRank - b.nameRank,
};

/**
 * `results` in the order `sort` names, as a new array; for relevance,
 * `results` itself, which is expected to be in the search's order.
 */
export function sortResults<E extends LibraryExercise>(
  results: readonly IndexedExercise<E>[],
  sort: LibrarySort,
): readonly IndexedExercise<E>[] {
  if (sort === 'relevance') return results;
  const compare = comparators[sort];
  // Without a query the results are already in name order: checking
  // costs one pass, sorting ten thousand rows a good part of a frame.
  const inOrder = results.every(
    (entry, index) =>
      index === 0 || compare(results[index - 1] ?? entry, entry) <= 0,
  );
  return inOrder ? results : results.toSorted(compare);
}
