import { app, ipcMain, type WebFrameMain } from 'electron';
import type {
  IpcArgs,
  IpcChannel,
  IpcErrorCode,
  IpcResult,
  SessionVault,
} from '../shared/ipc';
import { parseIpcArguments } from './ipc-arguments';
import { createLogger } from './logger';
import { isAppUrl } from './navigation-guard';

const log = createLogger('ipc');

/**
 * Answers every channel of `shared/ipc.ts`. Call once, after `ready`.
 *
 * @param appOrigin the only origin whose frames get an answer.
 * @param vault where `session:*` keeps the signed-in session.
 */
export function registerIpcHandlers(
  appOrigin: string,
  vault: SessionVault,
): void {
  handle('app:version', appOrigin, () => app.getVersion());
  handle('session:read', appOrigin, () => vault.read());
  handle('session:save', appOrigin, (session) =>
    vault.save(session).then(nothing),
  );
  handle('session:clear', appOrigin, () => vault.clear().then(nothing));
  handle('session:protection', appOrigin, () => vault.protection());
}

/**
 * Registers `respond` for `channel`, refusing any frame that is not the
 * app's own. `respond` gets its arguments only after `parseIpcArguments`
 * has checked them, because the renderer is untrusted.
 */
function handle<C extends IpcChannel>(
  channel: C,
  appOrigin: string,
  respond: (...args: IpcArgs<C>) => IpcResult<C> | Promise<IpcResult<C>>,
): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    if (!isAppFrame(event.senderFrame, appOrigin)) {
      log.warn('ipc refused', { channel });
      throw new Error('ipc-sender-forbidden' satisfies IpcErrorCode);
    }
    let checked: IpcArgs<C>;
    try {
      checked = parseIpcArguments(channel, args);
    } catch (error) {
      // The code only: the arguments may hold the user's tokens.
      log.warn('ipc arguments refused', { channel });
      throw error;
    }
    return respond(...checked);
  });
}

// What a channel that returns nothing sends back.
function nothing(): undefined {
  return undefined;
}

// A frame that navigated away or was destroyed is reported as null.
function isAppFrame(frame: WebFrameMain | null, appOrigin: string): boolean {
  return frame !== null && isAppUrl(frame.url, appOrigin);
}
