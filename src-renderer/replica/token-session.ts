import type { TokenResponse } from '../../shared/schemas/auth';
import {
  normalizeServerUrl,
  readServerError,
  SyncRequestError,
  type AccessTokens,
  type Fetch,
} from './sync-request';

export interface SessionTokens {
  access_token: string;
  refresh_token: string;
}

export interface TokenSessionOptions {
  serverUrl: string;
  tokens: SessionTokens;
  /**
   * Told every new pair. Refresh tokens rotate and the old one is spent
   * (sending it again ends the session), so the app must store these.
   */
  onTokens?: ((tokens: TokenResponse) => void) | undefined;
  fetch?: Fetch | undefined;
}

export interface TokenSession extends AccessTokens {
  /** The pair in use now. */
  tokens(): SessionTokens;
}

/**
 * A signed-in session that renews its access token with the refresh
 * token. Renewals are single-flight: every request refused at the same
 * moment waits for one refresh, and a request refused with a token that
 * has since been replaced gets the new one without another refresh, so
 * a spent refresh token is never sent twice.
 */
export function createTokenSession(options: TokenSessionOptions): TokenSession {
  const base = normalizeServerUrl(options.serverUrl);
  const fetchFrom = options.fetch ?? globalThis.fetch.bind(globalThis);
  let current: SessionTokens = { ...options.tokens };
  let renewing: Promise<string> | undefined;
  let ended = false;

  const renew = async (): Promise<string> => {
    // The server refused this refresh token once; it will not change
    // its mind, and asking again only spends the rate limit.
    if (ended) {
      throw new SyncRequestError('invalid-refresh-token', 'Sign in again.');
    }
    const response = await postJson(fetchFrom, `${base}/v1/auth/refresh`, {
      refresh_token: current.refresh_token,
    });
    if (!response.ok) {
      const failure = await readServerError(response);
      if (response.status === 401) ended = true;
      throw new SyncRequestError(failure.code, failure.message, 401);
    }
    const next = (await response.json()) as TokenResponse;
    current = {
      access_token: next.access_token,
      refresh_token: next.refresh_token,
    };
    options.onTokens?.(next);
    return current.access_token;
  };

  return {
    tokens: () => ({ ...current }),
    accessToken: () => current.access_token,
    refresh: (rejected) => {
      if (renewing) return renewing;
      if (rejected !== current.access_token) {
        return Promise.resolve(current.access_token);
      }
      renewing = renew().finally(() => {
        renewing = undefined;
      });
      return renewing;
    },
  };
}

/**
 * Signs in with email and password. Throws `SyncRequestError` with the
 * server's code (`invalid-credentials`, `rate-limited`, ...).
 */
export async function signIn(
  serverUrl: string,
  email: string,
  password: string,
  fetchFrom: Fetch = globalThis.fetch.bind(globalThis),
): Promise<TokenResponse> {
  const url = `${normalizeServerUrl(serverUrl)}/v1/auth/login`;
  const response = await postJson(fetchFrom, url, { email, password });
  if (!response.ok) {
    const failure = await readServerError(response);
    throw new SyncRequestError(failure.code, failure.message, response.status);
  }
  return (await response.json()) as TokenResponse;
}

async function postJson(
  fetchFrom: Fetch,
  url: string,
  body: unknown,
): Promise<Response> {
  try {
    return await fetchFrom(url, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    throw new SyncRequestError(
      'server-unreachable',
      'The Motus server could not be reached.',
    );
  }
}
