import {
  normalizeServerUrl,
  SyncRequestError,
  type AccessTokens,
} from '../replica/sync-request';

/**
 * `fetch` on the Motus server with the session's access token. A 401
 * renews the token once (single-flight, in `tokens`) and repeats the
 * request; any other answer is the caller's to read.
 *
 * @throws SyncRequestError `server-unreachable` when no answer came.
 */
export function createAuthorizedFetch(serverUrl: string, tokens: AccessTokens) {
  const base = normalizeServerUrl(serverUrl);

  const send = async (path: string, init: RequestInit, token: string) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    try {
      return await fetch(`${base}${path}`, { ...init, headers });
    } catch {
      throw new SyncRequestError(
        'server-unreachable',
        'The Motus server could not be reached.',
      );
    }
  };

  return async (path: string, init: RequestInit = {}): Promise<Response> => {
    const token = tokens.accessToken();
    const response = await send(path, init, token);
    if (response.status !== 401) return response;
    return send(path, init, await tokens.refresh(token));
  };
}
