import type pg from 'pg';
import { generateLibrary, type GeneratedLibrary } from './generate-library';

/**
 * The sync bench's library: generated exercises, global and Northside
 * only, until the Northside specialist sees exactly the wanted number.
 */

// Every generated exercise lands where a Northside user sees it.
const northsideShares = { global: 0.6, northside: 0.4, lakeview: 0 };

export interface SyncLibrary {
  /** Exercises the specialist's pull hands out, soft-deleted included. */
  visibleExercises: number;
  generated: GeneratedLibrary[];
  generationMs: number;
}

/**
 * Counts the exercises a full pull gives `accessToken`'s user, over
 * HTTP, as a fresh replica would receive them, `limit` per request.
 */
export async function countPulledExercises(
  serverUrl: string,
  accessToken: string,
  limit = 1000,
): Promise<number> {
  const seen = new Set<string>();
  let checkpoint: unknown;
  for (;;) {
    const query = new URLSearchParams({ limit: String(limit) });
    if (checkpoint) query.set('checkpoint', JSON.stringify(checkpoint));
    const response = await fetch(
      `${serverUrl}/v1/sync/exercises/pull?${query.toString()}`,
      { headers: { authorization: `Bearer ${accessToken}` } },
    );
    if (!response.ok) throw new Error(`pull failed: ${response.status}`);
    const page = (await response.json()) as {
      documents: { id: string; deleted?: boolean }[];
      checkpoint: unknown;
      remaining: number;
    };
    checkpoint = page.checkpoint;
    for (const document of page.documents) {
      if (document.deleted === true) seen.delete(document.id);
      else seen.add(document.id);
    }
    if (page.documents.length === 0 && page.remaining === 0) return seen.size;
  }
}

/**
 * Milliseconds a full pull takes from Node over loopback with `limit`
 * documents per request: the server's share of an initial sync.
 */
export async function timeFullPull(
  serverUrl: string,
  accessToken: string,
  limit: number,
): Promise<number> {
  const started = performance.now();
  await countPulledExercises(serverUrl, accessToken, limit);
  return performance.now() - started;
}

/**
 * Generates exercises from `seed` until the specialist sees `target`
 * (the demo data counts). Each round tops up by the shortfall, so it
 * never overshoots: generated exercises are visible or not, never two.
 */
export async function generateVisibleLibrary(
  owner: pg.ClientBase,
  serverUrl: string,
  accessToken: string,
  target: number,
  seed: number,
): Promise<SyncLibrary> {
  const started = performance.now();
  const generated: GeneratedLibrary[] = [];
  let visible = await countPulledExercises(serverUrl, accessToken);
  for (let round = 0; visible < target && round < 5; round += 1) {
    generated.push(
      await generateLibrary(
        owner,
        target - visible,
        seed + round,
        northsideShares,
      ),
    );
    visible = await countPulledExercises(serverUrl, accessToken);
  }
  return {
    visibleExercises: visible,
    generated,
    generationMs: performance.now() - started,
  };
}
