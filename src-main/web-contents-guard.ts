import type { WebContents } from 'electron';
import { createLogger } from './logger';
import { isAppUrl } from './navigation-guard';

const log = createLogger('navigation');

/**
 * Keeps `contents` on the app's own origin: no new windows, no navigation
 * or redirect elsewhere, no `<webview>`. Attach to every web contents as it
 * is created, so a frame added later is held to the same rules.
 */
export function guardWebContents(contents: WebContents, appOrigin: string) {
  // TODO(links): open vetted external links (exercise sources) in the
  // system browser with shell.openExternal; denied until a feature needs it.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  const refuseForeign = (event: Electron.Event<{ url: string }>) => {
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
