/**
 * The one contract between the Electron main process, the preload and the
 * renderer. Main answers each channel with `ipcMain.handle`, the preload
 * turns the channels into `window.motus`, and the renderer sees only
 * `MotusBridge`. Add a channel here first: the preload object `satisfies`
 * `MotusBridge`, so a bridge that drifts from this file fails the build.
 */

/** Every invoke channel, with the arguments it takes and what it returns. */
export interface IpcInvokeChannels {
  'app:version': { args: []; result: string };
}

export type IpcChannel = keyof IpcInvokeChannels;
export type IpcArgs<C extends IpcChannel> = IpcInvokeChannels[C]['args'];
export type IpcResult<C extends IpcChannel> = IpcInvokeChannels[C]['result'];

/** The name under which the preload exposes the bridge on `window`. */
export const bridgeKey = 'motus';

/**
 * What the desktop shell offers the renderer. In a plain browser the
 * renderer supplies a fallback with the same shape.
 */
export interface MotusBridge {
  /** Node's `process.platform` on the workstation, or `'browser'`. */
  readonly platform: string;
  /** The Motus app version, e.g. `'0.1.0'`. */
  appVersion(): Promise<string>;
}
