import type { MotusBridge } from '../shared/ipc';
import { createBrowserBridge } from './desktop/browser-bridge';

declare global {
  interface Window {
    /** Exposed by the desktop shell's preload; absent in a plain browser. */
    readonly motus?: MotusBridge;
  }
}

/** The desktop bridge when running in the shell, else the browser stand-in. */
export const motus: MotusBridge = window.motus ?? createBrowserBridge();

/** Whether the renderer runs inside the desktop shell. */
export const isDesktop = window.motus !== undefined;
