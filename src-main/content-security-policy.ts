/**
 * The Content-Security-Policy of the app's pages: scripts and styles only
 * from the app itself, data only from the app and the Motus server, and no
 * plugins, base rewriting, framing or form posts. `src-renderer/index.html`
 * carries the same policy in a meta tag, minus the server's origin.
 *
 * @param serverUrl the Motus server's URL or origin; only its origin is
 *   used, so a path or query cannot smuggle in another directive.
 * @throws TypeError when `serverUrl` is not an http(s) URL.
 */
export function contentSecurityPolicy(serverUrl: string): string {
  const server = new URL(serverUrl);
  if (server.protocol !== 'http:' && server.protocol !== 'https:') {
    throw new TypeError(`Expected an http(s) URL, got ${server.protocol}`);
  }

  // blob: is for video.js: adaptive streams play from blob: URLs fed by a
  // worker it starts from a blob:, and thumbnails may be drawn to blobs.
  // Its icon font is inlined as a data: URI.
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['connect-src', "'self'", server.origin],
    ['img-src', "'self'", 'data:', 'blob:', server.origin],
    ['media-src', "'self'", 'blob:', server.origin],
    ['font-src', "'self'", 'data:'],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/**
 * Response headers with `policy` added as a Content-Security-Policy.
 * A policy the server already sent is kept beside it: the browser enforces
 * both, so the app's policy can only tighten the server's, never loosen it.
 */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string[]>> | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = { ...headers };
  const key =
    Object.keys(result).find(
      (name) => name.toLowerCase() === 'content-security-policy',
    ) ?? 'Content-Security-Policy';
  result[key] = [...(result[key] ?? []), policy];
  return result;
}
