import type { LibraryExercise } from './library-filter';

/**
 * What the library listed last, kept in a small IndexedDB database of
 * its own, per user. A cold start reads the replica's whole exercises
 * (about 2 KB each, instructions and all) before it can list anything;
 * this compact copy (the list's fields only, one JSON string) lists
 * them in a fraction of that, until the replica's own answer replaces it.
 * It is a display cache: nothing is written from it.
 */

const storeName = 'snapshot';
const listKey = 'library-list';

export function snapshotDatabaseName(userId: string): string {
  return `motus-library-${userId}`;
}

function request<T>(call: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    call.onsuccess = () => {
      resolve(call.result);
    };
    call.onerror = () => {
      reject(call.error ?? new Error('IndexedDB request failed'));
    };
  });
}

async function openSnapshots(userId: string): Promise<IDBDatabase> {
  const opening = indexedDB.open(snapshotDatabaseName(userId), 1);
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore(storeName);
  };
  return request(opening);
}

/** The fields the list needs, and nothing a clinician wrote at length. */
function listed(exercise: LibraryExercise): LibraryExercise {
  return {
    id: exercise.id,
    name: exercise.name,
    difficulty: exercise.difficulty,
    status: exercise.status,
    organization_id: exercise.organization_id,
    video_url: exercise.video_url,
    category_ids: exercise.category_ids,
    body_region_ids: exercise.body_region_ids,
    equipment_ids: exercise.equipment_ids,
    updated_at: exercise.updated_at,
  };
}

/** The last list kept for `userId`, or null (none, or unreadable). */
export async function readLibrarySnapshot(
  userId: string,
): Promise<LibraryExercise[] | null> {
  try {
    const database = await openSnapshots(userId);
    const store = database.transaction(storeName).objectStore(storeName);
    const text = await request<unknown>(store.get(listKey));
    database.close();
    return typeof text === 'string'
      ? (JSON.parse(text) as LibraryExercise[])
      : null;
  } catch {
    return null;
  }
}

/** Keeps `exercises` (the library's live list) as the next start's list. */
export async function writeLibrarySnapshot(
  userId: string,
  exercises: readonly LibraryExercise[],
): Promise<void> {
  const text = JSON.stringify(exercises.map(listed));
  const database = await openSnapshots(userId);
  const transaction = database.transaction(storeName, 'readwrite');
  await request(transaction.objectStore(storeName).put(text, listKey));
  database.close();
}

/** Removes the kept list, as sign-out removes the replica. */
export async function deleteLibrarySnapshot(userId: string): Promise<void> {
  await request(indexedDB.deleteDatabase(snapshotDatabaseName(userId)));
}
