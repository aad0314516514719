/**
 * The one contract between the Electron main process, the preload and the
 * renderer. Main answers each channel with `ipcMain.handle`, the preload
 * turns the channels into `window.motus`, and the renderer sees only
 * `MotusBridge`. Add a channel here first: the preload object `satisfies`
 * `MotusBridge`, so a bridge that drifts from this file fails the build.
 */
import type { WorkstationSession } from './schemas/workstation-session';

/**
 * How well the session vault protects the stored session:
 * - `encrypted`: on disk, encrypted with a key the operating system keeps
 *   (Keychain, DPAPI, or a Linux keyring);
 * - `plain-text`: on disk, but Linux found no keyring, so the "encryption"
 *   uses a fixed key anyone can undo; the user must be told;
 * - `memory-only`: nothing on disk; signing in again after every launch;
 * - `browser-storage`: a plain browser's IndexedDB, as safe as its profile.
 */
export type SessionProtection =
  'encrypted' | 'plain-text' | 'memory-only' | 'browser-storage';

/**
 * Every invoke channel, with the arguments it takes and what it returns
 * (`undefined` for nothing: `void` is no value to send back).
 */
export interface IpcInvokeChannels {
  'app:version': { args: []; result: string };
  'session:read': { args: []; result: WorkstationSession | null };
  'session:save': { args: [WorkstationSession]; result: undefined };
  'session:clear': { args: []; result: undefined };
  'session:protection': { args: []; result: SessionProtection };
}

export type IpcChannel = keyof IpcInvokeChannels;
export type IpcArgs<C extends IpcChannel> = IpcInvokeChannels[C]['args'];
export type IpcResult<C extends IpcChannel> = IpcInvokeChannels[C]['result'];

/**
 * Why main refused a call: the frame is not the app's own, the arguments
 * do not fit the channel, or the session to save is malformed. The
 * browser stand-ins throw the same codes.
 */
export const ipcErrorCodes = [
  'ipc-sender-forbidden',
  'ipc-arguments-invalid',
  'session-invalid',
] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

/**
 * The code of a refused call, or undefined for any other failure.
 * Electron wraps what main threw ("Error invoking remote method
 * 'session:save': Error: session-invalid"), so the code is looked for as
 * the last word of the message.
 */
export function ipcErrorCode(error: unknown): IpcErrorCode | undefined {
  if (!(error instanceof Error)) return undefined;
  const lastWord = error.message.split(/[\s:]+/).at(-1);
  return ipcErrorCodes.find((code) => code === lastWord);
}

/** The name under which the preload exposes the bridge on `window`. */
export const bridgeKey = 'motus';

/**
 * Where the signed-in session lives between launches. Only the renderer
 * that signed in calls it; nothing here is ever logged.
 */
export interface SessionVault {
  /**
   * The stored session, or null when there is none or it could not be
   * read back (a damaged or foreign file is removed, never repaired).
   */
  read(): Promise<WorkstationSession | null>;
  /**
   * Replaces the stored session, e.g. after sign-in or a token renewal.
   * Rejects with `session-invalid` when `session` does not match the
   * `WorkstationSession` schema.
   */
  save(session: WorkstationSession): Promise<void>;
  /** Forgets the session (sign-out); resolves when it is gone. */
  clear(): Promise<void>;
  /**
   * How the session is protected. Show a warning for `plain-text` and
   * say that sign-in is not remembered for `memory-only`.
   */
  protection(): Promise<SessionProtection>;
}

/**
 * What the desktop shell offers the renderer. In a plain browser the
 * renderer supplies a fallback with the same shape.
 */
export interface MotusBridge {
  /** Node's `process.platform` on the workstation, or `'browser'`. */
  readonly platform: string;
  /** The Motus app version, e.g. `'0.1.0'`. */
  appVersion(): Promise<string>;
  /** The signed-in session, kept between launches. */
  readonly session: SessionVault;
}
