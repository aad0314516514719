import type { Difficulty, ExerciseStatus } from '../../shared/domain';

/**
 * The library's filters as pure functions over plain exercises, so that
 * they run in Node tests as they run in the renderer. Every facet turns
 * an exercise into the option values it falls under; a facet with a
 * selection keeps the exercises that fall under any selected value.
 */

export const facetKeys = [
  'category',
  'body_region',
  'equipment',
  'difficulty',
  'library',
  'status',
  'video',
] as const;
export type FacetKey = (typeof facetKeys)[number];

/** The chosen option values of each facet; empty means "any". */
export type FacetSelections = Readonly<Record<FacetKey, readonly string[]>>;

export const noSelections: FacetSelections = {
  category: [],
  body_region: [],
  equipment: [],
  difficulty: [],
  library: [],
  status: [],
  video: [],
};

/** Platform exercises have no clinic; all others are the user's clinic's. */
export type LibraryScope = 'platform' | 'clinic';

/** The one option of the video facet. */
export const hasVideo = 'has_video';

/** What the library screen reads of an exercise. */
export interface LibraryExercise {
  readonly id: string;
  readonly name: string;
  readonly difficulty: Difficulty;
  readonly status: ExerciseStatus;
  readonly organization_id: string | null;
  readonly video_url: string | null;
  readonly category_ids: readonly string[];
  readonly body_region_ids: readonly string[];
  readonly equipment_ids: readonly string[];
  readonly updated_at: string;
}

interface CategoryLink {
  readonly id: string;
  readonly parent_id: string | null;
}

/**
 * Each category with the categories above it, itself first. A parent
 * the user cannot see ends the chain, and so does a loop (which the
 * server refuses, but a half-synced replica must not hang on).
 */
export function categoryAncestry(
  categories: readonly CategoryLink[],
): ReadonlyMap<string, readonly string[]> {
  const parentOf = new Map(categories.map((c) => [c.id, c.parent_id]));
  const ancestry = new Map<string, readonly string[]>();
  for (const category of categories) {
    const chain = [category.id];
    let parent = category.parent_id;
    while (parent !== null && parentOf.has(parent) && !chain.includes(parent)) {
      chain.push(parent);
      parent = parentOf.get(parent) ?? null;
    }
    ancestry.set(category.id, chain);
  }
  return ancestry;
}

/** An exercise prepared once for filtering on every keystroke. */
export interface IndexedExercise<E extends LibraryExercise = LibraryExercise> {
  readonly exercise: E;
  /** Its place in the library's order by name. */
  readonly nameRank: number;
  /** `updated_at` in milliseconds since the epoch. */
  readonly updatedAt: number;
  /**
   * The option values it falls under, by facet (as in `facetKeys`), as
   * codes into `LibraryIndex.values`.
   */
  readonly facetCodes: readonly (readonly number[])[];
}

/**
 * The library prepared for filtering. Option values are numbered, so
 * that filtering and counting on every keystroke index into arrays
 * instead of hashing strings: several times quicker over ten thousand
 * exercises.
 */
export interface LibraryIndex<E extends LibraryExercise = LibraryExercise> {
  /** In the library's order by name. */
  readonly entries: readonly IndexedExercise<E>[];
  /** The option value of each code. */
  readonly values: readonly string[];
  /** The code of each option value. */
  readonly codes: ReadonlyMap<string, number>;
}

/** Case and accents aside: "Übung" is found by typing "ubung". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function categoryValues(
  categoryIds: readonly string[],
  ancestry: ReadonlyMap<string, readonly string[]>,
): readonly string[] {
  // Tagged with a sub-category is also being under its parent: that is
  // what lets a parent's option include its sub-categories.
  const values: string[] = [];
  for (const id of categoryIds) {
    for (const under of ancestry.get(id) ?? [id]) {
      if (!values.includes(under)) values.push(under);
    }
  }
  return values;
}

/** The option values an exercise falls under, by facet. */
export function facetValuesOf(
  exercise: LibraryExercise,
  ancestry: ReadonlyMap<string, readonly string[]>,
): Readonly<Record<FacetKey, readonly string[]>> {
  return {
    category: categoryValues(exercise.category_ids, ancestry),
    body_region: exercise.body_region_ids,
    equipment: exercise.equipment_ids,
    difficulty: [exercise.difficulty],
    library: [exercise.organization_id === null ? 'platform' : 'clinic'],
    status: [exercise.status],
    video: exercise.video_url !== null ? [hasVideo] : [],
  };
}

/**
 * Prepares the library for filtering. `exercises` must be in the
 * library's order by name: that order becomes `nameRank`.
 */
export function indexExercises<E extends LibraryExercise>(
  exercises: readonly E[],
  categories: readonly CategoryLink[],
): LibraryIndex<E> {
  const ancestry = categoryAncestry(categories);
  const codes = new Map<string, number>();
  const values: string[] = [];
  const codeOf = (value: string) => {
    let code = codes.get(value);
    if (code === undefined) {
      code = values.push(value) - 1;
      codes.set(value, code);
    }
    return code;
  };
  const entries = exercises.map((exercise, nameRank) => {
    const byFacet = facetValuesOf(exercise, ancestry);
    return {
      exercise,
      nameRank,
      updatedAt: Date.parse(exercise.updated_at),
      facetCodes: facetKeys.map((key) => byFacet[key].map(codeOf)),
    };
  });
  return { entries, values, codes };
}

// Folded on first use: the name match serves only the first seconds,
// before the search index is built, and preparing every name for it
// would delay the first list instead.
const foldedNames = new WeakMap<LibraryExercise, string>();

function foldedName(exercise: LibraryExercise): string {
  let folded = foldedNames.get(exercise);
  if (folded === undefined) {
    folded = foldText(exercise.name);
    foldedNames.set(exercise, folded);
  }
  return folded;
}

/**
 * The exercises whose name holds every word typed, case and accents
 * aside, in name order: what typing finds before the search index is
 * built. An empty query finds them all.
 */
export function matchNames<E extends LibraryExercise>(
  library: readonly IndexedExercise<E>[],
  query: string,
): readonly IndexedExercise<E>[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return library;
  return library.filter((entry) => {
    const name = foldedName(entry.exercise);
    return words.every((word) => name.includes(word));
  });
}

/**
 * The library's exercises for search hits, in the hits' order. Hits for
 * exercises the list does not hold (yet) are left out.
 */
export function exercisesForHits<E extends LibraryExercise>(
  byId: ReadonlyMap<string, IndexedExercise<E>>,
  hits: readonly { readonly id: string }[],
): IndexedExercise<E>[] {
  const found: IndexedExercise<E>[] = [];
  for (const hit of hits) {
    const entry = byId.get(hit.id);
    if (entry) found.push(entry);
  }
  return found;
}
