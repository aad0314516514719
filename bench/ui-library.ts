import type pg from 'pg';
import type { ExerciseDocument } from '../shared/schemas/sync';
import { generateLibrary, type LibraryShares } from './generate-library';
import {
  countPulledExercises,
  generateVisibleLibrary,
  type SyncLibrary,
} from './sync-library';

/**
 * The UI bench's library: as the sync bench's, topped up until the
 * library page itself lists the wanted number. The page leaves out
 * soft-deleted exercises (`deleted_at` set), which the replica still
 * holds and the sync bench counts.
 */

// As the sync bench: every generated exercise lands where Northside
// sees it.
const northsideShares: LibraryShares = {
  global: 0.6,
  northside: 0.4,
  lakeview: 0,
};

export interface ListedLibrary extends SyncLibrary {
  /** Exercises the library page lists: not soft-deleted. */
  listedExercises: number;
}

/** Exercises a full pull gives `accessToken`'s user, less soft-deleted. */
async function countListedExercises(serverUrl: string, accessToken: string) {
  const listed = new Map<string, boolean>();
  let checkpoint: unknown;
  for (;;) {
    const query = new URLSearchParams({ limit: '1000' });
    if (checkpoint) query.set('checkpoint', JSON.stringify(checkpoint));
    const response = await fetch(
      `${serverUrl}/v1/sync/exercises/pull?${query.toString()}`,
      { headers: { authorization: `Bearer ${accessToken}` } },
    );
    if (!response.ok) throw new Error(`pull failed: ${response.status}`);
    const page = (await response.json()) as {
      documents: Pick<ExerciseDocument, 'id' | 'deleted' | 'deleted_at'>[];
      checkpoint: unknown;
      remaining: number;
    };
    checkpoint = page.checkpoint;
    for (const exercise of page.documents) {
      if (exercise.deleted) listed.delete(exercise.id);
      else listed.set(exercise.id, exercise.deleted_at === null);
    }
    if (page.documents.length === 0 && page.remaining === 0) {
      return [...listed.values()].filter(Boolean).length;
    }
  }
}

/**
 * Generates exercises from `seed` until the library page of
 * `accessToken`'s user lists `target`. Never overshoots: each round adds
 * the shortfall, and a generated exercise is listed or not.
 */
export async function generateListedLibrary(
  owner: pg.ClientBase,
  serverUrl: string,
  accessToken: string,
  target: number,
  seed: number,
): Promise<ListedLibrary> {
  const started = performance.now();
  const library = await generateVisibleLibrary(
    owner,
    serverUrl,
    accessToken,
    target,
    seed,
  );
  let listed = await countListedExercises(serverUrl, accessToken);
  // Seeds apart from the sync bench's own rounds (seed + 0..4).
  for (let round = 0; listed < target && round < 5; round += 1) {
    library.generated.push(
      await generateLibrary(
        owner,
        target - listed,
        seed + 100 + round,
        northsideShares,
      ),
    );
    listed = await countListedExercises(serverUrl, accessToken);
  }
  return {
    ...library,
    visibleExercises: await countPulledExercises(serverUrl, accessToken),
    listedExercises: listed,
    generationMs: performance.now() - started,
  };
}
