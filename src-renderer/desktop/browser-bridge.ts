import { version } from '../../package.json';
import type { MotusBridge } from '../../shared/ipc';
import { createBrowserSessionVault } from './browser-session-vault';

/**
 * The bridge of a renderer served to a plain browser, where there is no
 * preload: the same shape as the desktop shell's, from the browser's own
 * means. The version is the one this bundle was built from, the same
 * package as the shell's.
 */
export function createBrowserBridge(): MotusBridge {
  return {
    platform: 'browser',
    appVersion: () => Promise.resolve(version),
    session: createBrowserSessionVault(),
  };
}
