import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  guardWebContents,
  type GuardedContents,
} from '../../src-main/web-contents-guard';

const appOrigin = 'http://127.0.0.1:8787';

/**
 * Stands in for Electron's WebContents, which needs the missing binary:
 * an event emitter that keeps the window-open handler it is given.
 */
class FakeContents extends EventEmitter implements GuardedContents {
  windowOpenHandler: (() => { action: 'deny' }) | undefined;

  setWindowOpenHandler(handler: () => { action: 'deny' }) {
    this.windowOpenHandler = handler;
  }

  /** Emits `event` as Electron would; true when a listener stopped it. */
  attempt(event: string, url = ''): boolean {
    let prevented = false;
    this.emit(event, {
      url,
      preventDefault: () => {
        prevented = true;
      },
    });
    return prevented;
  }
}

function guarded(): FakeContents {
  const contents = new FakeContents();
  guardWebContents(contents, appOrigin);
  return contents;
}

describe('web contents guard', () => {
  it('navigating to another site is stopped', () => {
    expect(guarded().attempt('will-navigate', 'https://example.com/')).toBe(
      true,
    );
  });

  it("navigating between the app's own pages goes ahead", () => {
    const contents = guarded();
    expect(
      contents.attempt('will-navigate', 'http://127.0.0.1:8787/#/library'),
    ).toBe(false);
    expect(contents.attempt('will-redirect', 'http://127.0.0.1:8787/')).toBe(
      false,
    );
  });

  it('a redirect to another site or a look-alike is stopped', () => {
    const contents = guarded();
    expect(contents.attempt('will-redirect', 'https://example.com/')).toBe(
      true,
    );
    expect(
      contents.attempt('will-redirect', 'http://127.0.0.1:8787@evil.example/'),
    ).toBe(true);
  });

  it('a local file or an inline document is stopped', () => {
    const contents = guarded();
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.attempt('will-navigate', 'data:text/html,hi')).toBe(true);
  });

  it('window.open is denied, whatever it asks for', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('a <webview> is never attached', () => {
    expect(guarded().attempt('will-attach-webview')).toBe(true);
  });
});
