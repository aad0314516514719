import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { WorkstationSession } from '../../shared/schemas/workstation-session';
import { createExerciseSearch } from '../replica/exercise-search';
import { openReplica } from '../replica/open-replica';
import { startSync, type RunningSync } from '../replica/start-sync';
import { createTokenSession } from '../replica/token-session';
import { syncStatusStore } from '../stores/useSyncStatus';
import { createAuthorizedFetch } from './authorized-fetch';
import { deferredSearch } from './deferred-search';
import { resetLibraryShown, whenLibraryShown } from './library-shown';
import { signedInUserFrom } from './signed-in-user';
import type { Workstation } from './useWorkstation';

/** The replica's database name: one per user, never shared. */
export function replicaNameFor(userId: string): string {
  return `motus-${userId}`;
}

export interface OpenWorkstation {
  readonly workstation: Workstation;
  /** Stops sync and closes the replica; what is pending stays queued. */
  close(): Promise<void>;
  /** Closes, then deletes the replica and everything queued in it. */
  erase(): Promise<void>;
}

export interface OpenWorkstationOptions {
  /** The Motus server; the renderer's own origin where it serves it. */
  serverUrl: string;
  session: WorkstationSession;
  /** Told every renewed token pair, to keep in the session vault. */
  onTokens(tokens: WorkstationSession['tokens']): void;
  /**
   * Whether the replica may already hold the library (an unlock, not a
   * first sign-in): then sync and the search index wait until the first
   * list is painted, so that the list comes first.
   */
  replicaKept: boolean;
}

// Past this, background work starts even if no list was painted (an
// empty library, or the user went straight to an exercise).
const firstListDeadlineMs = 1500;

/**
 * Opens the signed-in user's replica and starts syncing it. Needs no
 * network: offline, sync waits and the replica answers from what it
 * holds.
 */
export async function openWorkstation(
  options: OpenWorkstationOptions,
): Promise<OpenWorkstation> {
  const { session, serverUrl } = options;
  const user = signedInUserFrom(session.user);
  const replica = await openReplica({
    storage: getRxStorageDexie(),
    name: replicaNameFor(user.id),
  });
  // For bench/ui-*.ts: how much of a cold start is opening the database.
  performance.mark('motus:replica-opened');
  const tokens = createTokenSession({
    serverUrl,
    tokens: session.tokens,
    onTokens: (next) => {
      options.onTokens({
        access_token: next.access_token,
        refresh_token: next.refresh_token,
      });
    },
  });

  resetLibraryShown();
  const background = options.replicaKept
    ? whenLibraryShown(firstListDeadlineMs)
    : Promise.resolve();
  syncStatusStore.getState().reset();
  let sync: RunningSync | undefined;
  let closing = false;
  const syncStarted = background.then(() => {
    if (closing) return;
    sync = startSync({
      replica,
      serverUrl,
      userId: user.id,
      tokens,
      status: syncStatusStore,
    });
  });
  const search = deferredSearch(background, () =>
    createExerciseSearch(replica.collections.exercises),
  );
  const workstation: Workstation = {
    user,
    replica,
    search,
    authorizedFetch: createAuthorizedFetch(serverUrl, tokens),
  };

  const stop = async () => {
    closing = true;
    search.close();
    await syncStarted;
    await sync?.stop();
  };
  return {
    workstation,
    close: async () => {
      await stop();
      await replica.close();
    },
    erase: async () => {
      await stop();
      await replica.database.remove();
      syncStatusStore.getState().reset();
    },
  };
}
