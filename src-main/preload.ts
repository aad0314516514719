// Built as CommonJS (out/preload/preload.cjs): a sandboxed renderer cannot
// load an ESM preload. Only `electron` may be required at run time here;
// everything else is bundled in, so nothing from shared/ that pulls in a
// package (such as the session schema) may be imported as a value.
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

// `satisfies` makes any drift from shared/ipc.ts a build error. Main checks
// every argument again: this file is not a security boundary.
const bridge = {
  platform: process.platform,
  appVersion: () => invoke('app:version'),
  session: {
    read: () => invoke('session:read'),
    save: (session) => invoke('session:save', session),
    clear: () => invoke('session:clear'),
    protection: () => invoke('session:protection'),
  },
} satisfies MotusBridge;

contextBridge.exposeInMainWorld(bridgeKey, bridge);
