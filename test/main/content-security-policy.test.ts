import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  withContentSecurityPolicy,
} from '../../src-main/content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources];
    }),
  );
}

const policy = directives(contentSecurityPolicy('http://127.0.0.1:8787'));

describe('content security policy', () => {
  it('scripts and styles load only from the app itself, never inline', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
  });

  it('the renderer may fetch from the app and the Motus server only', () => {
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'http://127.0.0.1:8787',
    ]);
  });

  it('images and videos come from the app, the server, inline data or blobs', () => {
    expect(policy.get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'http://127.0.0.1:8787',
    ]);
    expect(policy.get('media-src')).toEqual([
      "'self'",
      'blob:',
      'http://127.0.0.1:8787',
    ]);
  });

  it("the video player's inline icon font and blob worker are allowed", () => {
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('plugins, base rewriting, framing and form posts are all refused', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('a server URL with a path or query contributes only its origin', () => {
    const withPath = contentSecurityPolicy(
      'https://clinic.example:8443/motus/?x=1;script-src *',
    );
    expect(directives(withPath).get('connect-src')).toEqual([
      "'self'",
      'https://clinic.example:8443',
    ]);
    expect(withPath).not.toContain('*');
  });

  it('a server URL that is not http(s) is refused', () => {
    expect(() => contentSecurityPolicy('file:///etc/passwd')).toThrow(
      TypeError,
    );
    expect(() => contentSecurityPolicy('not a url')).toThrow(TypeError);
  });
});

describe('content security policy meta tag', () => {
  const html = readFileSync(
    path.join(import.meta.dirname, '../../src-renderer/index.html'),
    'utf8',
  );
  const content =
    /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
  const meta = directives(content ?? '');

  it("agrees with the shell's policy on every directive but the server origin", () => {
    const serverOrigin = 'http://127.0.0.1:8787';
    // Browsers ignore frame-ancestors in a meta tag; only the header has it.
    const expected = [...policy]
      .filter(([name]) => name !== 'frame-ancestors')
      .map(([name, sources]): [string, string[]] => [
        name,
        sources.filter((source) => source !== serverOrigin),
      ]);
    expect(content).toBeDefined();
    expect([...meta]).toEqual(expected);
  });

  it('lets the page reach only the server that served it', () => {
    expect(meta.get('connect-src')).toEqual(["'self'"]);
    expect(content).not.toContain('*');
  });
});

describe('content security policy header', () => {
  it('is added to a response that had none', () => {
    const headers = withContentSecurityPolicy(
      { 'Content-Type': ['text/html'] },
      "default-src 'self'",
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });

  it("keeps the server's own policy beside the app's, whatever its case", () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ["default-src 'none'"] },
      "default-src 'self'",
    );
    expect(headers).toEqual({
      'content-security-policy': ["default-src 'none'", "default-src 'self'"],
    });
  });

  it('copes with a response that has no headers at all', () => {
    expect(withContentSecurityPolicy(undefined, "default-src 'self'")).toEqual({
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });
});
