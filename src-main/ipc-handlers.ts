import { app, ipcMain, type WebFrameMain } from 'electron';
import type { IpcChannel, IpcResult } from '../shared/ipc';
import { createLogger } from './logger';
import { isAppUrl } from './navigation-guard';

const log = createLogger('ipc');

/**
 * Answers every channel of `shared/ipc.ts`. Call once, after `ready`.
 *
 * @param appOrigin the only origin whose frames get an answer.
 */
export function registerIpcHandlers(appOrigin: string): void {
  handle('app:version', appOrigin, () => app.getVersion());
}

/**
 * Registers `respond` for `channel`, refusing any frame that is not the
 * app's own. Arguments arrive as `unknown` because the renderer is
 * untrusted: a channel that takes arguments must validate them.
 */
function handle<C extends IpcChannel>(
  channel: C,
  appOrigin: string,
  respond: (...args: unknown[]) => IpcResult<C> | Promise<IpcResult<C>>,
): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    if (!isAppFrame(event.senderFrame, appOrigin)) {
      log.warn('ipc refused', { channel });
      throw new Error('ipc-sender-forbidden');
    }
    return respond(...args);
  });
}

// A frame that navigated away or was destroyed is reported as null.
function isAppFrame(frame: WebFrameMain | null, appOrigin: string): boolean {
  return frame !== null && isAppUrl(frame.url, appOrigin);
}
