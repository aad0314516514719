import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { filter, firstValueFrom } from 'rxjs';
import type { MeResponse } from '../shared/schemas/auth';
import { demoPassword } from '../server/seed/demo-accounts';
import { exercise$ } from '../src-renderer/replica/exercise-queries';
import {
  openReplica,
  type Replica,
} from '../src-renderer/replica/open-replica';
import {
  startSync,
  type RunningSync,
} from '../src-renderer/replica/start-sync';
import {
  createTokenSession,
  signIn,
} from '../src-renderer/replica/token-session';
import { createSyncStatusStore } from '../src-renderer/stores/useSyncStatus';
import { countingFetch, type PullCounter } from './pull-counter';

/** A workstation in this process: the replica in memory, synced live. */
export interface NodeWorkstation {
  replica: Replica;
  sync: RunningSync;
  clinicId: string | null;
  /** Its exercise pulls so far. */
  pulls: PullCounter;
  /**
   * Resolves with the wall-clock time (`timeOrigin + now()`, in
   * milliseconds) at which the exercise first had `text` here.
   */
  whenDescriptionIs(exerciseId: string, text: string): Promise<number>;
  close(): Promise<void>;
}

let opened = 0;

/** Signs `email` in, opens a memory replica and waits for its first pull. */
export async function openNodeWorkstation(
  serverUrl: string,
  email: string,
): Promise<NodeWorkstation> {
  const tokens = await signIn(serverUrl, email, demoPassword);
  const response = await fetch(`${serverUrl}/v1/me`, {
    headers: { authorization: `Bearer ${tokens.access_token}` },
  });
  const me = (await response.json()) as MeResponse;

  const pulls = { pulls: 0, heldBack: 0 };
  opened += 1;
  const replica = await openReplica({
    storage: getRxStorageMemory(),
    name: `bench-${process.pid}-${opened}`,
  });
  const sync = startSync({
    replica,
    serverUrl,
    userId: me.user.id,
    tokens: createTokenSession({ serverUrl, tokens }),
    status: createSyncStatusStore(),
    fetch: countingFetch(pulls),
  });
  await sync.initialSync();
  return {
    replica,
    sync,
    clinicId: me.organization?.id ?? null,
    pulls,
    whenDescriptionIs: async (exerciseId, text) => {
      await firstValueFrom(
        exercise$(replica, exerciseId).pipe(
          filter((found) => found?.description === text),
        ),
      );
      return performance.timeOrigin + performance.now();
    },
    close: () => replica.close(),
  };
}
