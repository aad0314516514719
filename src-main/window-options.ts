import { isAbsolute } from 'node:path';
import type { WebPreferences } from 'electron';

/**
 * The one session every Motus window uses. It is persistent so that the
 * renderer's IndexedDB replica survives restarts, and fixed so that the
 * replica is always found in the same place.
 */
export const sessionPartition = 'persist:motus';

/**
 * The web preferences of every Motus window: the renderer is untrusted web
 * content, isolated from the preload and without Node.
 *
 * @param preloadPath absolute path of the built CommonJS preload
 *   (a sandboxed renderer cannot load an ESM preload).
 * @throws TypeError when `preloadPath` is relative, which Electron would
 *   silently ignore.
 */
export function webPreferences(preloadPath: string): WebPreferences {
  if (!isAbsolute(preloadPath)) {
    throw new TypeError(`The preload path must be absolute: ${preloadPath}`);
  }
  return {
    preload: preloadPath,
    partition: sessionPartition,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
  };
}
