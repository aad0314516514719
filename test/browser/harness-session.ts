import type { MeResponse } from '../../shared/schemas/auth';
import {
  createTokenSession,
  signIn,
  type SessionTokens,
  type TokenSession,
} from '../../src-renderer/replica/token-session';

/**
 * The harness page's sign-in, kept in the page's localStorage per email
 * so that a reload (offline, even) resumes the session as the desktop
 * app does from its own token store. Runs in the browser only.
 */

interface StoredSession {
  tokens: SessionTokens;
  userId: string;
  clinicId: string | null;
}

export interface HarnessSession {
  session: TokenSession;
  userId: string;
  clinicId: string | null;
  resumed: boolean;
}

// The page's storage, reached without the DOM library (test/ is typed
// for Node): only the two calls used here.
interface PageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
const storage = (globalThis as unknown as { localStorage: PageStorage })
  .localStorage;

const keyOf = (email: string) => `motus-harness-session|${email}`;

function remember(email: string, stored: StoredSession): void {
  storage.setItem(keyOf(email), JSON.stringify(stored));
}

/** The stored session of `email`, or a fresh sign-in. */
export async function openSession(
  serverUrl: string,
  email: string,
  password: string,
): Promise<HarnessSession> {
  const saved = storage.getItem(keyOf(email));
  let stored: StoredSession;
  if (saved !== null) {
    stored = JSON.parse(saved) as StoredSession;
  } else {
    const tokens = await signIn(serverUrl, email, password);
    const response = await fetch(`${serverUrl}/v1/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    const me = (await response.json()) as MeResponse;
    stored = {
      tokens,
      userId: me.user.id,
      clinicId: me.organization?.id ?? null,
    };
    remember(email, stored);
  }

  // Refresh tokens rotate: the spent one must never be offered again.
  const session = createTokenSession({
    serverUrl,
    tokens: stored.tokens,
    onTokens: (next) => {
      remember(email, { ...stored, tokens: next });
    },
  });
  return {
    session,
    userId: stored.userId,
    clinicId: stored.clinicId,
    resumed: saved !== null,
  };
}
