/** Where the Motus server listens when `MOTUS_SERVER_URL` is not set. */
export const defaultServerUrl = 'http://127.0.0.1:8787';

export interface AppUrls {
  /** What the window loads: the server, or Vite's dev server in dev. */
  readonly rendererUrl: string;
  /** The only origin that may navigate the window and call into main. */
  readonly appOrigin: string;
  /** The Motus server's origin, which the renderer may fetch from. */
  readonly serverOrigin: string;
}

/**
 * Reads the URLs the shell needs from the environment:
 * `MOTUS_SERVER_URL` (default {@link defaultServerUrl}) and, under
 * `electron-vite dev`, `ELECTRON_RENDERER_URL`.
 *
 * @throws TypeError when either is not an http(s) URL.
 */
export function resolveAppUrls(
  env: Readonly<Record<string, string | undefined>>,
): AppUrls {
  const serverUrl = httpUrl(env.MOTUS_SERVER_URL ?? defaultServerUrl);
  const rendererUrl = httpUrl(env.ELECTRON_RENDERER_URL ?? serverUrl.href);
  return {
    rendererUrl: rendererUrl.href,
    appOrigin: rendererUrl.origin,
    serverOrigin: serverUrl.origin,
  };
}

function httpUrl(value: string): URL {
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`Expected an http(s) URL, got ${url.protocol}`);
  }
  return url;
}
