import { BrowserWindow } from 'electron';
import type { AppUrls } from './app-urls';
import { createLogger } from './logger';
import { webPreferences } from './window-options';

const log = createLogger('window');

/**
 * Opens the Motus window and loads the renderer into it. The window is
 * shown once it has painted, so the user never sees a white flash.
 *
 * @param preloadPath absolute path of the built CommonJS preload.
 */
export function openMainWindow(
  urls: AppUrls,
  preloadPath: string,
): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Motus',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    webPreferences: webPreferences(preloadPath),
  });
  window.once('ready-to-show', () => {
    window.show();
  });

  window.loadURL(urls.rendererUrl).catch((error: unknown) => {
    log.error('renderer failed to load', {
      origin: urls.appOrigin,
      error: error instanceof Error ? error.message : String(error),
    });
  });
  return window;
}

/** Brings the first Motus window to the front, restoring it if minimized. */
export function focusMainWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (window === undefined) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
