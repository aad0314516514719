// Built as CommonJS (out/preload/preload.cjs): a sandboxed renderer cannot
// load an ESM preload. Only `electron` may be required at run time here;
// everything else is bundled in.
import { contextBridge, ipcRenderer } from 'electron';
import type {
  IpcArgs,
  IpcChannel,
  IpcResult,
  MotusBridge,
} from '../shared/ipc';
import { bridgeKey } from '../shared/ipc';

function invoke<C extends IpcChannel>(
  channel: C,
  ...args: IpcArgs<C>
): Promise<IpcResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<C>>;
}

// `satisfies` makes any drift from shared/ipc.ts a build error.
const bridge = {
  platform: process.platform,
  appVersion: () => invoke('app:version'),
} satisfies MotusBridge;

contextBridge.exposeInMainWorld(bridgeKey, bridge);
