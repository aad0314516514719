import type { WithDeleted } from 'rxdb';
import {
  replicateRxCollection,
  type RxReplicationState,
} from 'rxdb/plugins/replication';
import { Subject, type Subscription } from 'rxjs';
import type { SyncCheckpoint, SyncCollection } from '../../shared/schemas/sync';
import type { SyncStatusActions } from '../stores/useSyncStatus';
import type { Replica } from './open-replica';
import { replicaNameOf, type LooseDocument } from './replica-documents';
import { isHeldBack, pullPage, pushRows, type PushRow } from './sync-endpoints';
import {
  SyncRequestError,
  type SyncErrorCode,
  type SyncRequester,
} from './sync-request';

export type CollectionReplicationState = RxReplicationState<
  LooseDocument,
  SyncCheckpoint
>;

export interface CollectionReplication {
  readonly state: CollectionReplicationState;
  /** Pull (and push) again now: the live stream said something changed. */
  resync(): void;
  stop(): Promise<void>;
}

export interface CollectionReplicationOptions {
  collection: SyncCollection;
  replica: Replica;
  requester: SyncRequester;
  /** Names the stored checkpoints; the same one resumes after a reload. */
  replicationIdentifier: string;
  status: SyncStatusActions;
  /** Documents per pull; the server allows up to 1000. */
  pullBatchSize: number;
  /** Milliseconds before a failed pull or push is tried again. */
  retryMs: number;
  /** Milliseconds before pulling again changes the server held back. */
  heldBackRetryMs: number;
}

// The server takes at most 100 rows in one push.
const pushBatchSize = 100;

/**
 * Replicates one collection with the server's sync endpoints. Requests
 * that fail are reported to `status` and tried again by RxDB after
 * `retryMs`; local changes stay queued in the replica until a push is
 * answered, whatever the failure.
 */
export function replicateCollection(
  options: CollectionReplicationOptions,
): CollectionReplication {
  const { collection, requester, status } = options;
  const replicaName = replicaNameOf[collection];
  const target = options.replica.collections[replicaName];
  if (!target) {
    throw new TypeError(`The replica was opened without ${collection}.`);
  }
  const resyncs = new Subject<'RESYNC'>();

  const failed = (error: unknown): never => {
    const { code, message } = describeFailure(error);
    status.reportError(code, message, collection, new Date());
    throw error;
  };

  // Changes held back behind a transaction still open on the server
  // arrive with no event of their own if that transaction wrote another
  // collection, or nothing: ask again, less often while it lasts.
  let heldBackDelay = options.heldBackRetryMs;
  let heldBackTimer: ReturnType<typeof setTimeout> | undefined;
  const pullAgainSoon = (heldBack: boolean) => {
    if (!heldBack) {
      heldBackDelay = options.heldBackRetryMs;
      return;
    }
    if (heldBackTimer !== undefined) return;
    heldBackTimer = setTimeout(() => {
      heldBackTimer = undefined;
      resyncs.next('RESYNC');
    }, heldBackDelay);
    heldBackDelay = Math.min(heldBackDelay * 2, 5000);
  };

  const pull = async (
    checkpoint: SyncCheckpoint | undefined,
    batchSize: number,
  ) => {
    try {
      const page = await pullPage(requester, collection, checkpoint, batchSize);
      status.markSynced(collection, new Date());
      status.recordPulled(collection, page.documents.length, page.remaining);
      pullAgainSoon(isHeldBack(page, batchSize));
      return {
        documents: page.documents as WithDeleted<LooseDocument>[],
        checkpoint: page.checkpoint,
      };
    } catch (error) {
      return failed(error);
    }
  };

  const push = async (rows: PushRow[]) => {
    try {
      const notWritten = await pushRows(requester, collection, rows);
      status.markSynced(collection, new Date());
      return notWritten as WithDeleted<LooseDocument>[];
    } catch (error) {
      return failed(error);
    }
  };

  const state = replicateRxCollection<LooseDocument, SyncCheckpoint>({
    replicationIdentifier: options.replicationIdentifier,
    collection: target,
    deletedField: 'deleted',
    live: true,
    retryTime: options.retryMs,
    pull: {
      handler: pull,
      batchSize: options.pullBatchSize,
      stream$: resyncs.asObservable(),
    },
    push: { handler: push, batchSize: pushBatchSize },
  });

  const subscriptions: Subscription[] = [
    state.sent$.subscribe((sent) => {
      options.replica.pending.acknowledge(
        replicaName,
        sent.id,
        String(sent.sync_revision),
      );
    }),
    state.active$.subscribe((active) => {
      status.setActive(collection, active);
    }),
    state.error$.subscribe((error) => {
      // Failed requests were reported where they failed, with their code.
      if (cameFromHandler(error)) return;
      status.reportError(
        'replication-failed',
        error.message,
        collection,
        new Date(),
      );
    }),
  ];
  // A sync stopped before its first pull finished never gets here.
  state
    .awaitInitialReplication()
    .then(() => {
      status.setInitialSyncDone(collection);
    })
    .catch(() => undefined);

  return {
    state,
    resync: () => {
      resyncs.next('RESYNC');
    },
    stop: async () => {
      clearTimeout(heldBackTimer);
      subscriptions.forEach((subscription) => {
        subscription.unsubscribe();
      });
      await state.cancel();
    },
  };
}

function describeFailure(error: unknown): {
  code: SyncErrorCode;
  message: string;
} {
  if (error instanceof SyncRequestError) {
    return { code: error.code, message: error.message };
  }
  return {
    code: 'replication-failed',
    message: error instanceof Error ? error.message : String(error),
  };
}

/** RxDB wraps what a pull or push handler threw in `parameters.errors`. */
function cameFromHandler(error: Error): boolean {
  const { parameters } = error as { parameters?: { errors?: unknown } };
  return parameters?.errors !== undefined;
}
