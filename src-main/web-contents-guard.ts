import { createLogger } from './logger';
import { isAppUrl } from './navigation-guard';

const log = createLogger('navigation');

/** The part of an event the guard reads: where to, and a way to stop it. */
export interface GuardedEvent {
  readonly url: string;
  preventDefault(): void;
}

/**
 * What the guard needs of Electron's `WebContents`; narrow, so that a
 * test can drive the guard with a stand-in for the missing binary.
 */
export interface GuardedContents {
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: GuardedEvent) => void,
  ): unknown;
  on(
    event: 'will-attach-webview',
    listener: (event: Pick<GuardedEvent, 'preventDefault'>) => void,
  ): unknown;
}

/**
 * Keeps `contents` on the app's own origin: no new windows, no navigation
 * or redirect elsewhere, no `<webview>`. Attach to every web contents as it
 * is created, so a frame added later is held to the same rules.
 */
export function guardWebContents(contents: GuardedContents, appOrigin: string) {
  // TODO(links): open vetted external links (exercise sources) in the
  // system browser with shell.openExternal; denied until a feature needs it.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  const refuseForeign = (event: GuardedEvent) => {
    if (isAppUrl(event.url, appOrigin)) return;
    event.preventDefault();
    log.warn('navigation refused', { origin: originOf(event.url) });
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

// Only the origin is logged: a path or query could carry a patient's name.
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'unparsable';
  }
}
