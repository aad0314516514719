import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { demoPassword } from '../../server/seed/demo-accounts';
import type { NetworkSignal } from '../../src-renderer/replica/device-network';
import {
  openReplica,
  type Replica,
} from '../../src-renderer/replica/open-replica';
import type { ReplicaExercise } from '../../src-renderer/replica/replica-documents';
import {
  startSync,
  type RunningSync,
} from '../../src-renderer/replica/start-sync';
import {
  createTokenSession,
  signIn,
} from '../../src-renderer/replica/token-session';
import { createSyncStatusStore } from '../../src-renderer/stores/useSyncStatus';

/**
 * One clinic workstation in the convergence test: an RxDB replica in
 * memory, synced with the server through a network the test can cut.
 */
export interface Workstation {
  readonly name: string;
  readonly email: string;
  readonly userId: string;
  readonly clinicId: string | null;
  readonly replica: Replica;
  readonly sync: RunningSync;
  /** The current access token, for the test's own view of the server. */
  accessToken(): string;
  readonly online: boolean;
  goOffline(): void;
  goOnline(): void;
  /** Every exercise in the replica, soft-deleted ones included. */
  exercises(): Promise<ReplicaExercise[]>;
  close(): Promise<void>;
}

/** A network cable the test pulls: requests fail as a dead network does. */
function cable() {
  let connected = true;
  const listeners = new Set<(online: boolean) => void>();
  const network: NetworkSignal = {
    isOnline: () => connected,
    watch: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  const fetchThrough: typeof fetch = (input, init) =>
    connected
      ? fetch(input, init)
      : Promise.reject(new TypeError('fetch failed: network is down'));
  const plug = (next: boolean) => {
    connected = next;
    for (const listener of listeners) listener(next);
  };
  return { network, fetchThrough, plug, isConnected: () => connected };
}

export async function openWorkstation(
  serverUrl: string,
  name: string,
  email: string,
): Promise<Workstation> {
  const line = cable();
  const tokens = await signIn(serverUrl, email, demoPassword);
  const me = await fetch(`${serverUrl}/v1/me`, {
    headers: { authorization: `Bearer ${tokens.access_token}` },
  });
  const profile = (await me.json()) as {
    user: { id: string };
    organization: { id: string } | null;
  };

  const replica = await openReplica({
    storage: getRxStorageMemory(),
    name: `convergence-${name}-${Date.now()}`,
    collections: ['exercises'],
  });
  const session = createTokenSession({
    serverUrl,
    tokens,
    fetch: line.fetchThrough,
  });
  const sync = startSync({
    replica,
    serverUrl,
    userId: profile.user.id,
    tokens: session,
    status: createSyncStatusStore(),
    fetch: line.fetchThrough,
    network: line.network,
    collections: ['exercises'],
    retryMs: 150,
    heldBackRetryMs: 100,
  });

  return {
    name,
    email,
    userId: profile.user.id,
    clinicId: profile.organization?.id ?? null,
    replica,
    sync,
    accessToken: () => session.accessToken(),
    get online() {
      return line.isConnected();
    },
    goOffline: () => {
      line.plug(false);
    },
    goOnline: () => {
      line.plug(true);
    },
    exercises: async () =>
      (await replica.collections.exercises.find().exec()).map((document) =>
        document.toMutableJSON(),
      ),
    close: () => replica.close(),
  };
}
