import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../src-main/navigation-guard';

const appOrigin = 'http://127.0.0.1:8787';

describe('navigation guard', () => {
  it("the window may move between the app's own pages", () => {
    expect(isAppUrl('http://127.0.0.1:8787/', appOrigin)).toBe(true);
    expect(
      isAppUrl('http://127.0.0.1:8787/library?q=knee#top', appOrigin),
    ).toBe(true);
  });

  it('another site is refused', () => {
    expect(isAppUrl('https://example.com/', appOrigin)).toBe(false);
  });

  it('the same host on another port or scheme is another origin', () => {
    expect(isAppUrl('http://127.0.0.1:8788/', appOrigin)).toBe(false);
    expect(isAppUrl('https://127.0.0.1:8787/', appOrigin)).toBe(false);
    expect(isAppUrl('http://localhost:8787/', appOrigin)).toBe(false);
  });

  it('look-alike URLs that start with the app origin are refused', () => {
    expect(isAppUrl('http://127.0.0.1:8787@evil.example/', appOrigin)).toBe(
      false,
    );
    expect(isAppUrl('http://127.0.0.1:8787.evil.example/', appOrigin)).toBe(
      false,
    );
  });

  it('local files, inline documents and scripts are refused', () => {
    expect(isAppUrl('file:///etc/passwd', appOrigin)).toBe(false);
    expect(isAppUrl('data:text/html,<h1>hi</h1>', appOrigin)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', appOrigin)).toBe(false);
    expect(isAppUrl('about:blank', appOrigin)).toBe(false);
  });

  it('opaque origins never match each other', () => {
    expect(isAppUrl('file:///a', 'file:///a')).toBe(false);
  });

  it('an unparsable URL is refused', () => {
    expect(isAppUrl('not a url', appOrigin)).toBe(false);
    expect(isAppUrl('', appOrigin)).toBe(false);
  });
});
