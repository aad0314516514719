import { create } from 'zustand';
import type { SessionProtection } from '../../shared/ipc';
import type { MeResponse } from '../../shared/schemas/auth';
import type { WorkstationSession } from '../../shared/schemas/workstation-session';
import { motus } from '../bridge';
import { clearExerciseDrafts } from '../exercise/exercise-drafts';
import { deleteLibrarySnapshot } from '../library/library-snapshot';
import { resetLibraryFilters } from '../library/useLibraryFilters';
import { SyncRequestError } from '../replica/sync-request';
import { signIn } from '../replica/token-session';
import type { OpenWorkstation } from '../workstation/open-workstation';
import { useWorkstation } from '../workstation/useWorkstation';
import { makeOfflineKey, matchesOfflineKey } from './offline-key';
import { signInMessage } from './sign-in-messages';
import { forgetUnlocked, rememberUnlocked, wasUnlocked } from './unlocked-tab';

/**
 * Who uses this workstation, from first sign-in to sign-out.
 *
 * - `signed-out`: nobody; signing in needs the server once.
 * - `locked`: a session is kept on this workstation; its password opens
 *   it, checked against the offline key, so this works offline.
 * - `signed-in`: the replica is open and syncing.
 */
export type SessionPhase =
  'starting' | 'signed-out' | 'locked' | 'opening' | 'signed-in';

interface SessionState {
  phase: SessionPhase;
  /** The kept session's user, while locked or signed in. */
  me: MeResponse | null;
  /** How the session vault keeps the tokens (shown when unencrypted). */
  protection: SessionProtection | null;
  /** The last sign-in or unlock failure, for the form. */
  problem: string | null;
  start: () => Promise<void>;
  signIn: (email: string, password: string) => Promise<void>;
  unlock: (password: string) => Promise<void>;
  /**
   * Signs the same user in again after the server ended the session
   * (sync then reports `invalid-refresh-token`). The replica and what
   * waits in it to be sent are kept.
   */
  renewSession: (password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

// The renderer is always served by the Motus server it talks to.
const serverUrl = window.location.origin;

let open: OpenWorkstation | null = null;

/**
 * The replica and everything signed in (RxDB, sync, the library) come in
 * a chunk of their own, fetched while the sign-in or lock screen shows,
 * so that screen appears without waiting for them.
 */
let signedInParts: Promise<typeof import('./signed-in-parts')> | undefined;
function loadSignedInParts() {
  signedInParts ??= import('./signed-in-parts');
  return signedInParts;
}
let kept: WorkstationSession | null = null;

async function fetchMe(accessToken: string): Promise<MeResponse> {
  const response = await fetch(`${serverUrl}/v1/me`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok) {
    throw new SyncRequestError('unexpected-response', 'Who are you?');
  }
  return (await response.json()) as MeResponse;
}

function problemOf(error: unknown): string {
  if (error instanceof SyncRequestError) {
    return signInMessage(error.code, error.message);
  }
  return 'Signing in failed unexpectedly. Try again.';
}

export const useSession = create<SessionState>()((set, get) => {
  /** Signs in online and keeps the new session in the vault. */
  const signInOnline = async (email: string, password: string) => {
    const tokens = await signIn(serverUrl, email.trim(), password);
    const me = await fetchMe(tokens.access_token);
    const session: WorkstationSession = {
      user: me,
      tokens: {
        access_token: tokens.access_token,
        refresh_token: tokens.refresh_token,
      },
      offline_key: await makeOfflineKey(password),
      saved_at: new Date().toISOString(),
    };
    await motus.session.save(session);
    return session;
  };

  const openFor = async (session: WorkstationSession, replicaKept = true) => {
    set({ phase: 'opening', me: session.user, problem: null });
    const { openWorkstation } = await loadSignedInParts();
    open = await openWorkstation({
      serverUrl,
      session,
      replicaKept,
      onTokens: (tokens) => {
        if (kept === null) return;
        kept = { ...kept, tokens, saved_at: new Date().toISOString() };
        void motus.session.save(kept);
      },
    });
    rememberUnlocked(session.user.user.id);
    useWorkstation.getState().setWorkstation(open.workstation);
    set({ phase: 'signed-in' });
  };

  return {
    phase: 'starting',
    me: null,
    protection: null,
    problem: null,

    start: async () => {
      void loadSignedInParts();
      const [session, protection] = await Promise.all([
        motus.session.read(),
        motus.session.protection(),
      ]);
      kept = session;
      set({ protection });
      if (session === null) {
        set({ phase: 'signed-out', me: null });
      } else if (wasUnlocked(session.user.user.id)) {
        await openFor(session);
      } else {
        set({ phase: 'locked', me: session.user });
      }
    },

    signIn: async (email, password) => {
      set({ problem: null });
      try {
        kept = await signInOnline(email, password);
        await openFor(kept, false);
      } catch (error) {
        set({ problem: problemOf(error) });
      }
    },

    renewSession: async (password) => {
      const email = kept?.user.user.email;
      if (!email || !open) return;
      set({ problem: null });
      try {
        const renewed = await signInOnline(email, password);
        if (renewed.user.user.id !== kept?.user.user.id) {
          throw new SyncRequestError(
            'invalid-credentials',
            'Sign in with the account this workstation belongs to.',
          );
        }
        kept = renewed;
        useWorkstation.getState().setWorkstation(null);
        await open.close();
        open = null;
        await openFor(renewed);
      } catch (error) {
        set({ problem: problemOf(error) });
      }
    },

    unlock: async (password) => {
      set({ problem: null });
      if (kept === null) return;
      if (!(await matchesOfflineKey(password, kept.offline_key))) {
        set({ problem: signInMessage('offline-password-wrong', '') });
        return;
      }
      await openFor(kept);
    },

    signOut: async () => {
      const userId = get().me?.user.id;
      // Ending the server's session is a courtesy: offline, the refresh
      // token is erased below and can no longer be used from here.
      if (open) {
        await open.workstation
          .authorizedFetch('/v1/auth/logout', { method: 'POST' })
          .catch(() => undefined);
        useWorkstation.getState().setWorkstation(null);
        await open.erase();
        open = null;
      }
      kept = null;
      await motus.session.clear();
      if (userId) {
        forgetUnlocked(userId);
        await deleteLibrarySnapshot(userId).catch(() => undefined);
      }
      clearExerciseDrafts();
      resetLibraryFilters();
      set({ phase: 'signed-out', me: null, problem: null });
    },
  };
});
