import type { RxConflictHandler, WithDeleted } from 'rxdb';
import {
  mergeDocuments,
  sameDocument,
  type MergeDocument,
} from './field-merge';
import type { PendingChanges } from './pending-changes';
import type { ReplicaCollectionName } from './replica-documents';
import {
  recordSetAsideEdits,
  type SyncConflictCollection,
} from './sync-conflicts';

/** What resolving a conflict writes besides the document itself. */
export interface ConflictBookkeeping {
  conflicts: SyncConflictCollection;
  pending: PendingChanges;
}

function loose<D>(document: WithDeleted<D>): MergeDocument {
  return document as unknown as MergeDocument;
}

/**
 * The conflict handler of one replicated collection. RxDB calls
 * `resolve` when a push comes back with the server's copy instead of
 * being written; the merge decides what the workstation keeps. Set-aside
 * edits are stored before the merged document is returned, and if that
 * fails the resolution fails with it (RxDB retries the push later), so a
 * local edit is never dropped unrecorded.
 *
 * `bookkeeping` is called lazily: the handler is made before the
 * collections it writes to exist.
 */
export function createConflictHandler<D>(
  collection: ReplicaCollectionName,
  bookkeeping: () => ConflictBookkeeping,
): RxConflictHandler<D> {
  return {
    isEqual: (left, right) => sameDocument(loose(left), loose(right)),

    resolve: async (input) => {
      const local = loose(input.newDocumentState);
      const outcome = mergeDocuments({
        assumed: input.assumedMasterState && loose(input.assumedMasterState),
        server: loose(input.realMasterState),
        local,
      });

      const { conflicts, pending } = bookkeeping();
      const localRevision = String(local.sync_revision);
      await recordSetAsideEdits(
        conflicts,
        collection,
        local.id,
        localRevision,
        outcome.setAside,
        outcome.rejection,
      );

      // The server's copy needs no push; a merge is a new local change.
      const nextRevision = outcome.isServerCopy
        ? null
        : String(outcome.document.sync_revision);
      pending.replace(collection, local.id, localRevision, nextRevision);
      return outcome.document as unknown as WithDeleted<D>;
    },
  };
}
