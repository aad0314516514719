import { isErrorCode, type ErrorCode } from '../../shared/errors';

/**
 * Why talking to the server failed: one of the server's stable codes, or
 * one the workstation gives itself when no server answer says why.
 */
export type SyncErrorCode =
  | ErrorCode
  | 'server-unreachable'
  | 'unexpected-response'
  | 'replication-failed';

export class SyncRequestError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    /** The HTTP status, when the server answered. */
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'SyncRequestError';
  }
}

/** The signed-in session as the sync client needs it. */
export interface AccessTokens {
  /** The access token to send now. */
  accessToken(): string;
  /**
   * A new access token after the server refused `rejected` as expired.
   * Rejects when the session cannot be renewed.
   */
  refresh(rejected: string): Promise<string>;
}

export type Fetch = typeof fetch;

/** Authorized requests to one Motus server. */
export interface SyncRequester {
  getJson(path: string): Promise<unknown>;
  postJson(path: string, body: unknown): Promise<unknown>;
  /** Opens a long-lived response (the change stream); `signal` ends it. */
  openStream(path: string, signal: AbortSignal): Promise<Response>;
}

export interface SyncRequesterOptions {
  serverUrl: string;
  tokens: AccessTokens;
  fetch?: Fetch | undefined;
  /** Milliseconds before a pull or push counts as lost; default 30 s. */
  timeoutMs?: number | undefined;
}

/** `https://host/base/` → `https://host/base`, so paths can be appended. */
export function normalizeServerUrl(serverUrl: string): string {
  return serverUrl.replace(/\/+$/, '');
}

interface ServerError {
  code: SyncErrorCode;
  message: string;
}

/** The `{ error: { code, message } }` body of a refused request. */
export async function readServerError(
  response: Response,
): Promise<ServerError> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = (
    body as { error?: { code?: unknown; message?: unknown } } | undefined
  )?.error;
  const code = typeof error?.code === 'string' ? error.code : '';
  return {
    code: isErrorCode(code) ? code : 'unexpected-response',
    message:
      typeof error?.message === 'string'
        ? error.message
        : `The server answered ${response.status}.`,
  };
}

/**
 * Sends every request with the session's access token. When the server
 * says the token expired (401 `session-expired`) the session is
 * refreshed once and the request repeated; a session that cannot be
 * renewed fails as `session-expired`, a server out of reach as
 * `server-unreachable`. Other refusals fail with the server's code.
 */
export function createSyncRequester(
  options: SyncRequesterOptions,
): SyncRequester {
  const base = normalizeServerUrl(options.serverUrl);
  const fetchFrom = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 30_000;

  const attempt = async (path: string, init: RequestInit, token: string) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    try {
      return await fetchFrom(`${base}${path}`, { ...init, headers });
    } catch (error) {
      if (init.signal?.aborted && !isTimeout(error)) throw error;
      throw new SyncRequestError(
        'server-unreachable',
        'The Motus server could not be reached.',
      );
    }
  };

  const send = async (path: string, init: RequestInit): Promise<Response> => {
    const token = options.tokens.accessToken();
    let response = await attempt(path, init, token);
    if (response.ok) return response;
    let failure = await readServerError(response);
    if (response.status === 401 && failure.code === 'session-expired') {
      response = await attempt(path, init, await renew(token));
      if (response.ok) return response;
      failure = await readServerError(response);
    }
    throw new SyncRequestError(failure.code, failure.message, response.status);
  };

  const renew = async (rejected: string): Promise<string> => {
    try {
      return await options.tokens.refresh(rejected);
    } catch (error) {
      // Out of reach is not expired: signing in again would not help.
      if (error instanceof SyncRequestError) {
        if (error.code === 'server-unreachable') throw error;
      }
      throw new SyncRequestError(
        'session-expired',
        'The session has ended; sign in again.',
        401,
      );
    }
  };

  const json = async (path: string, init: RequestInit): Promise<unknown> => {
    const response = await send(path, {
      ...init,
      signal: AbortSignal.timeout(timeoutMs),
    });
    try {
      const body: unknown = await response.json();
      return body;
    } catch (error) {
      throw new SyncRequestError(
        isTimeout(error) ? 'server-unreachable' : 'unexpected-response',
        'The server sent something other than JSON.',
        response.status,
      );
    }
  };

  return {
    getJson: (path) =>
      json(path, { method: 'GET', headers: { accept: 'application/json' } }),
    postJson: (path, body) =>
      json(path, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      }),
    openStream: (path, signal) =>
      send(path, {
        method: 'GET',
        headers: { accept: 'text/event-stream' },
        signal,
      }),
  };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}
