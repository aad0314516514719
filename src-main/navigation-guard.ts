/**
 * Whether `url` belongs to the app's own origin: the only place the window
 * may navigate to and the only frames main answers over IPC.
 *
 * Origins are compared after parsing, so look-alikes such as
 * `http://127.0.0.1:8787@evil.example` or `http://127.0.0.1:8787.evil.example`
 * are refused, and so is anything unparsable or with an opaque origin
 * (`file:`, `data:`, `javascript:`, `about:blank`).
 *
 * @param appOrigin an http(s) origin such as `http://127.0.0.1:8787`.
 */
export function isAppUrl(url: string, appOrigin: string): boolean {
  const target = parseUrl(url);
  const app = parseUrl(appOrigin);
  if (target === undefined || app === undefined) return false;

  // Opaque origins all serialize as "null" and must never match each other.
  if (target.origin === 'null') return false;
  return target.origin === app.origin;
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
