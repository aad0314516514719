import MiniSearch, { type SearchOptions } from 'minisearch';
import type { RxCollection, RxDocumentData } from 'rxdb';
import type { Subscription } from 'rxjs';
import type { ReplicaExercise } from './replica-documents';

/**
 * Search-as-you-type over the replica's exercises. RxDB's `$regex` scans
 * every document on every keystroke; in-memory MiniSearch indexes, built
 * once and kept current from the collection's change events, answer in
 * milliseconds over ten thousand exercises.
 *
 * Matches in names come first, then matches found only with the
 * description (weighted higher) and the instructions. On every keystroke
 * the cost is the number of exercises scored, so the small names index
 * answers first, and the full index is asked only when names gave fewer
 * hits than wanted and the word being typed has three letters or more.
 */

export interface ExerciseSearchHit {
  id: string;
  name: string;
  /** Relevance within its tier; comparable within one search only. */
  score: number;
}

export interface ExerciseSearch {
  /** Resolves once the index holds every exercise in the replica. */
  readonly ready: Promise<void>;
  /** How many exercises the index holds. */
  size(): number;
  /**
   * The best matches for what was typed so far, best first. Soft-deleted
   * exercises never match. `limit` defaults to 50.
   */
  search(query: string, options?: { limit?: number }): ExerciseSearchHit[];
  /** Stops following the collection. */
  close(): void;
}

interface IndexedExercise {
  id: string;
  name: string;
  description: string;
  instructions: string;
}

type Searchable = Pick<ReplicaExercise, 'id' | 'name' | 'description'> & {
  instructions: readonly { text: string }[];
  deleted_at: string | null;
  _deleted?: boolean;
};

/** Case and accents aside: "Übung" is found by typing "ubung". */
function fold(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

// Typos are forgiven only in words of four letters or more: on shorter
// ones a fuzzy match is mostly noise, and costly on every keystroke.
const searchOptions: SearchOptions = {
  boost: { name: 3, description: 1.5, instructions: 1 },
  prefix: true,
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
};

// One or two letters begin a large share of all the words in the
// library: while the word being typed is that short, names only.
const shortWord = 2;

function indexed(exercise: Searchable): IndexedExercise {
  return {
    id: exercise.id,
    name: exercise.name,
    description: exercise.description,
    instructions: exercise.instructions.map((step) => step.text).join('\n'),
  };
}

function isListed(exercise: Searchable): boolean {
  return exercise._deleted !== true && exercise.deleted_at === null;
}

function newIndex(fields: (keyof IndexedExercise)[]) {
  return new MiniSearch<IndexedExercise>({
    fields,
    storeFields: ['name'],
    processTerm: fold,
    searchOptions,
  });
}

export function createExerciseSearch(
  exercises: RxCollection<ReplicaExercise>,
): ExerciseSearch {
  const names = newIndex(['name']);
  const everything = newIndex(['name', 'description', 'instructions']);
  const indexes = [names, everything];

  const apply = (exercise: RxDocumentData<ReplicaExercise>) => {
    for (const index of indexes) {
      if (index.has(exercise.id)) index.discard(exercise.id);
      if (isListed(exercise)) index.add(indexed(exercise));
    }
  };

  // Changes that arrive while the first load runs are held, then applied
  // in order over it; each one sets the exercise's latest state.
  let held: RxDocumentData<ReplicaExercise>[] | undefined = [];
  const subscription: Subscription = exercises.$.subscribe((change) => {
    if (held) held.push(change.documentData);
    else apply(change.documentData);
  });

  const ready = (async () => {
    // The very query the library lists with (exercise-queries.ts), so
    // that RxDB answers both from one read of the replica, not two.
    const found = await exercises
      .find({ selector: { deleted_at: null } })
      .exec();
    const listed = found
      .map((document) => document.toJSON())
      .filter(isListed)
      .map(indexed);
    // In chunks, so that the screen stays responsive while it builds.
    for (const index of indexes) {
      await index.addAllAsync(listed, { chunkSize: 500 });
    }
    held.forEach(apply);
    held = undefined;
  })();

  const search = (query: string, limit: number): ExerciseSearchHit[] => {
    const typed = query.trim();
    if (typed === '') return [];
    const hits = names.search(typed).slice(0, limit);
    const lastWord = typed.split(/\s+/).at(-1) ?? '';
    if (hits.length >= limit || lastWord.length <= shortWord) {
      return hits.map(toHit);
    }
    const seen = new Set(hits.map((hit) => hit.id as string));
    const more = everything.search(typed, {
      filter: (result) => !seen.has(result.id as string),
    });
    return [...hits, ...more].slice(0, limit).map(toHit);
  };

  return {
    ready,
    size: () => everything.documentCount,
    search: (query, options = {}) => search(query, options.limit ?? 50),
    close: () => {
      subscription.unsubscribe();
    },
  };
}

function toHit(result: { id: unknown; name?: unknown; score: number }) {
  return {
    id: String(result.id),
    name: String(result.name),
    score: result.score,
  };
}
