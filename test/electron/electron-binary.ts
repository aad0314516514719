import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The Electron executable the `electron` package downloaded, found the way
 * `scripts/start.mjs` finds it (its `path.txt`), or undefined when the
 * download never ran: npm 11 skips install scripts that `allowScripts`
 * does not list, and a closed network makes it fail anyway.
 */
export function findElectronBinary(): string | undefined {
  try {
    const packageDir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const executable = path.join(
      packageDir,
      'dist',
      readFileSync(pathFile, 'utf8').trim(),
    );
    return existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

/** The one line printed when the Electron binary is not there. */
export const electronMissingNotice =
  '\n*** Electron smoke test SKIPPED: the Electron binary is missing ' +
  '(node_modules/electron/path.txt). Get it on a machine with network ' +
  'access: set "electron": true in package.json\'s allowScripts, then ' +
  'run `npm rebuild electron` (or `node node_modules/electron/install.js`). ***\n\n';

/** The one line printed when Linux has no display to open a window on. */
export const displayMissingNotice =
  '\n*** Electron smoke test SKIPPED: no display (neither DISPLAY nor ' +
  'WAYLAND_DISPLAY is set). Run the tests under `xvfb-run`. ***\n\n';

/** Why the smoke test cannot run here, or undefined when it can. */
export function smokeTestSkipNotice(): string | undefined {
  if (findElectronBinary() === undefined) return electronMissingNotice;
  const { DISPLAY, WAYLAND_DISPLAY } = process.env;
  if (process.platform === 'linux' && !DISPLAY && !WAYLAND_DISPLAY) {
    return displayMissingNotice;
  }
  return undefined;
}
