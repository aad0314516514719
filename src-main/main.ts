import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, safeStorage, session } from 'electron';
import { resolveAppUrls } from './app-urls';
import { registerIpcHandlers } from './ipc-handlers';
import { focusMainWindow, openMainWindow } from './main-window';
import { applySessionPolicy } from './session-policy';
import { createSessionVault } from './session-vault';
import { guardWebContents } from './web-contents-guard';
import { sessionPartition } from './window-options';

const urls = resolveAppUrls(process.env);
const preloadPath = fileURLToPath(
  new URL('../preload/preload.cjs', import.meta.url),
);

// A profile of its own (the replica, the session vault, the instance lock)
// for tests and side-by-side installs; it must be set before anything
// reads the path, so before `ready`.
const userDataDir = process.env.MOTUS_USER_DATA_DIR;
if (userDataDir !== undefined && userDataDir !== '') {
  app.setPath('userData', resolve(userDataDir));
}

// The renderer's IndexedDB is locked by whichever instance opened it first,
// so a second instance hands over to the first and quits. With an ESM main
// this must run at the top level, before `ready` is awaited.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, urls.appOrigin);
  });

  await app.whenReady();
  applySessionPolicy(session.fromPartition(sessionPartition), urls);
  registerIpcHandlers(
    urls.appOrigin,
    createSessionVault({
      cipher: safeStorage,
      filePath: join(app.getPath('userData'), 'session.bin'),
      platform: process.platform,
    }),
  );
  openMainWindow(urls, preloadPath);

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      openMainWindow(urls, preloadPath);
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
