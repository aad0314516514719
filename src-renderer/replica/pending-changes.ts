import { BehaviorSubject, type Observable } from 'rxjs';
import type { ReplicaCollectionName } from './replica-documents';

/**
 * Which local writes the server has not acknowledged yet: document →
 * the revision written on the workstation. Kept in an RxDB local
 * document so the count survives a reload while offline.
 */
export interface PendingChanges {
  /** How many documents hold local changes the server has not taken. */
  readonly count$: Observable<number>;
  count(): number;
  /** The unacknowledged local revision of a document, if any. */
  revisionOf(collection: ReplicaCollectionName, id: string): string | null;
  /**
   * Called by the data layer before it writes `revision`, so that an
   * acknowledgement arriving right after the write finds it.
   */
  expect(collection: ReplicaCollectionName, id: string, revision: string): void;
  /** The server took `revision` (a push succeeded). */
  acknowledge(
    collection: ReplicaCollectionName,
    id: string,
    revision: string,
  ): void;
  /**
   * Replaces `from` by `to` (null: nothing pending) if `from` is still
   * the pending revision. Conflict resolution and failed writes use it;
   * a newer local write in between is left alone.
   */
  replace(
    collection: ReplicaCollectionName,
    id: string,
    from: string,
    to: string | null,
  ): void;
  /** Resolves once every change so far is stored. */
  flushed(): Promise<void>;
}

const localDocumentId = 'pending-changes';

interface StoredPendingChanges {
  revisions: Record<string, string>;
}

/** The local-document half of an RxDB database. */
export interface LocalDocumentStore {
  getLocal(id: string): Promise<{ get(field: string): unknown } | null>;
  upsertLocal(id: string, data: StoredPendingChanges): Promise<unknown>;
}

function keyOf(collection: ReplicaCollectionName, id: string): string {
  return `${collection}/${id}`;
}

/**
 * Loads the pending changes of a replica database. The database must
 * have been created with `localDocuments: true`.
 */
export async function loadPendingChanges(
  database: LocalDocumentStore,
): Promise<PendingChanges> {
  const stored = await database.getLocal(localDocumentId);
  const revisions = new Map(
    Object.entries(
      (stored?.get('revisions') ?? {}) as StoredPendingChanges['revisions'],
    ),
  );
  const count$ = new BehaviorSubject(revisions.size);

  // One write at a time, each of the whole map: two overlapping upserts
  // of one local document would conflict, and the map stays small.
  let saving: Promise<void> = Promise.resolve();
  let saveQueued = false;
  const changed = () => {
    count$.next(revisions.size);
    if (saveQueued) return;
    saveQueued = true;
    saving = saving
      .then(async () => {
        saveQueued = false;
        await database.upsertLocal(localDocumentId, {
          revisions: Object.fromEntries(revisions),
        });
      })
      // The map in memory stays right; the next change stores it whole
      // again. Only the count after a reload could be off meanwhile.
      .catch(() => undefined);
  };

  return {
    count$: count$.asObservable(),
    count: () => revisions.size,
    revisionOf: (collection, id) =>
      revisions.get(keyOf(collection, id)) ?? null,
    expect: (collection, id, revision) => {
      revisions.set(keyOf(collection, id), revision);
      changed();
    },
    acknowledge: (collection, id, revision) => {
      const key = keyOf(collection, id);
      if (revisions.get(key) !== revision) return;
      revisions.delete(key);
      changed();
    },
    replace: (collection, id, from, to) => {
      const key = keyOf(collection, id);
      if (revisions.get(key) !== from) return;
      if (to === null) revisions.delete(key);
      else revisions.set(key, to);
      changed();
    },
    flushed: () => saving,
  };
}
