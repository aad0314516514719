import type { Subscription } from 'rxjs';
import type { SyncCollection } from '../../shared/schemas/sync';
import type { SyncStatusStore } from '../stores/useSyncStatus';
import { openChangeStream } from './change-stream';
import {
  replicateCollection,
  type CollectionReplication,
  type CollectionReplicationState,
} from './collection-replication';
import { deviceNetwork, type NetworkSignal } from './device-network';
import type { Replica } from './open-replica';
import {
  createSyncRequester,
  normalizeServerUrl,
  type AccessTokens,
  type Fetch,
} from './sync-request';

export interface SyncOptions {
  replica: Replica;
  serverUrl: string;
  /**
   * The signed-in user. With the server URL it names the stored
   * checkpoints, so a reload resumes where the last pull stopped.
   */
  userId: string;
  tokens: AccessTokens;
  /** Where progress, errors and counts go (the app's `syncStatusStore`). */
  status: SyncStatusStore;
  fetch?: Fetch | undefined;
  /** Documents per pull request; default 1000 (the most a pull sends). */
  pullBatchSize?: number | undefined;
  /** Milliseconds before a failed pull or push is retried; default 5 s. */
  retryMs?: number | undefined;
  /**
   * Milliseconds before pulling again when the server held changes back
   * behind an open transaction; doubles to 5 s while it lasts. Default 250 ms.
   */
  heldBackRetryMs?: number | undefined;
  /** Listen to the server's change stream; default true. */
  liveStream?: boolean | undefined;
  network?: NetworkSignal | undefined;
  /** What to replicate; every collection the replica holds by default. */
  collections?: readonly SyncCollection[] | undefined;
}

export interface RunningSync {
  /** The replication of each synced collection; `exercises` always. */
  readonly replications: Readonly<
    Partial<Record<SyncCollection, CollectionReplicationState>> &
      Pick<Record<SyncCollection, CollectionReplicationState>, 'exercises'>
  >;
  /** Resolves once every collection finished its first pull and push. */
  initialSync(): Promise<void>;
  /** Resolves once nothing waits to go either way. */
  inSync(): Promise<void>;
  /** Pulls (and pushes) the given collections again; all by default. */
  resync(collections?: readonly SyncCollection[]): void;
  /** Stops replicating; queued local changes stay for the next start. */
  stop(): Promise<void>;
}

/** The name under which RxDB keeps this user's checkpoints. */
export function replicationIdentifier(serverUrl: string, userId: string) {
  return `motus-sync|${normalizeServerUrl(serverUrl)}|${userId}`;
}

/**
 * Starts live two-way sync of the replica with a Motus server: one RxDB
 * replication per collection, pulled again whenever the change stream
 * says so, on every (re)connect of the stream and when the device comes
 * back online. Stopped by `stop()` or by closing the replica.
 */
export function startSync(options: SyncOptions): RunningSync {
  const { replica } = options;
  const status = options.status.getState();
  const network = options.network ?? deviceNetwork;
  const fetchFrom = options.fetch ?? globalThis.fetch.bind(globalThis);
  // A device that says it is offline surely is: nothing is sent then, so
  // no push can go out half-way while a closing page unloads, and the
  // resync when the device is back online catches up.
  const fetchWhenOnline: Fetch = (input, init) =>
    network.isOnline()
      ? fetchFrom(input, init)
      : Promise.reject(new TypeError('The device is offline.'));
  const requester = createSyncRequester({
    serverUrl: options.serverUrl,
    tokens: options.tokens,
    fetch: fetchWhenOnline,
  });
  const identifier = replicationIdentifier(options.serverUrl, options.userId);

  const synced = options.collections ?? replica.synced;
  const replications = Object.fromEntries(
    synced.map((collection) => [
      collection,
      replicateCollection({
        collection,
        replica,
        requester,
        replicationIdentifier: identifier,
        status,
        pullBatchSize: options.pullBatchSize ?? 1000,
        retryMs: options.retryMs ?? 5000,
        heldBackRetryMs: options.heldBackRetryMs ?? 250,
      }),
    ]),
  ) as Partial<Record<SyncCollection, CollectionReplication>>;
  const running = Object.values(replications);
  const resync = (collections: readonly SyncCollection[] = synced) => {
    for (const collection of collections) replications[collection]?.resync();
  };

  const stream =
    options.liveStream === false
      ? undefined
      : openChangeStream({
          requester,
          onReady: () => {
            resync();
          },
          onChange: (collection) => {
            resync([collection]);
          },
          onConnectionChange: (connected) => {
            status.setStreamConnected(connected);
          },
          onError: (code, message) => {
            status.reportError(code, message, null, new Date());
          },
        });

  status.setOnline(network.isOnline());
  const stopWatchingNetwork = network.watch((online) => {
    status.setOnline(online);
    if (!online) return;
    stream?.reconnectNow();
    resync();
  });
  const subscriptions: Subscription[] = [
    replica.pending.count$.subscribe((count) => {
      status.setPendingChanges(count);
    }),
    replica.collections.sync_conflicts.count().$.subscribe((count) => {
      status.setConflictsAwaitingReview(count);
    }),
  ];

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      stream?.close();
      stopWatchingNetwork();
      subscriptions.forEach((subscription) => {
        subscription.unsubscribe();
      });
      await Promise.all(running.map((replication) => replication.stop()));
      status.setStreamConnected(false);
      unregister();
    })();
    return stopping;
  };
  const unregister = replica.beforeClose(stop);

  const states = running.map((replication) => replication.state);
  return {
    replications: Object.fromEntries(
      synced.map((name) => [name, replications[name]?.state]),
    ) as Partial<Record<SyncCollection, CollectionReplicationState>> &
      Pick<Record<SyncCollection, CollectionReplicationState>, 'exercises'>,
    initialSync: async () => {
      await Promise.all(states.map((state) => state.awaitInitialReplication()));
    },
    inSync: async () => {
      await Promise.all(states.map((state) => state.awaitInSync()));
    },
    resync,
    stop,
  };
}
