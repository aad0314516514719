import { version } from '../package.json';
import type { MotusBridge } from '../shared/ipc';

declare global {
  interface Window {
    /** Exposed by the desktop shell's preload; absent in a plain browser. */
    readonly motus?: MotusBridge;
  }
}

// Served by the Motus server to a plain browser there is no preload; the
// version is then the one this bundle was built from, the same package.
const browserBridge: MotusBridge = {
  platform: 'browser',
  appVersion: () => Promise.resolve(version),
};

/** The desktop bridge when running in the shell, else the browser stand-in. */
export const motus: MotusBridge = window.motus ?? browserBridge;

/** Whether the renderer runs inside the desktop shell. */
export const isDesktop = window.motus !== undefined;
