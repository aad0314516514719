import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * The system Chromium for browser tests and benches (CI installs
 * Debian's `chromium`). Playwright drives it; it downloads no browser.
 */
export const chromiumPath = process.env.MOTUS_CHROMIUM ?? '/usr/bin/chromium';

/** Whether a Chromium binary is there to launch. */
export function isChromiumAvailable(): boolean {
  return existsSync(chromiumPath);
}

/** The one line printed when the browser tests cannot run. */
export const chromiumMissingNotice =
  `\n*** UI/browser tests SKIPPED: no Chromium at ${chromiumPath}. ` +
  'Install it with `apt-get install chromium` ' +
  '(or point MOTUS_CHROMIUM at a Chromium binary). ***\n\n';

// Playwright adds --headless itself, and refuses --user-data-dir in
// `args`: the profile directory is passed to launchPersistentContext.
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ChromiumSession {
  /** The browser's only context: its profile is `profileDir`. */
  context: BrowserContext;
  profileDir: string;
  /** Closes the browser and removes the profile. */
  close(): Promise<void>;
}

/**
 * Starts headless Chromium on a fresh, empty profile (its own
 * IndexedDB, localStorage and cache). Throws when Chromium is missing;
 * check `isChromiumAvailable()` first to skip instead.
 */
export async function launchChromium(): Promise<ChromiumSession> {
  if (!isChromiumAvailable()) {
    throw new Error(chromiumMissingNotice.trim());
  }
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'motus-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumFlags,
    });
    return {
      context,
      profileDir,
      close: async () => {
        try {
          await context.close();
        } finally {
          await rm(profileDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}
