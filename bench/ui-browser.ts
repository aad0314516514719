import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../test/support/chromium';
import { installProbe } from './ui-page-probe';

/**
 * Headless system Chromium on one profile directory that outlives the
 * browser, so that a relaunch is a cold start: a new browser and
 * renderer process, with the replica and the kept session still in the
 * profile's IndexedDB.
 */

export const viewport = { width: 1280, height: 800 };

const launchTimeoutMs = 60_000;

export interface ProfileBrowser {
  readonly profileDir: string;
  /** The open browser's page; throws when the browser is closed. */
  page(): Page;
  /** "156.0.8078.114"; '?' when the browser does not say. */
  version(): string;
  /** Closes the browser, if open, and launches it on the same profile. */
  relaunch(): Promise<Page>;
  /** Closes the browser and removes the profile directory. */
  dispose(): Promise<void>;
}

async function launch(profileDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
    viewport,
    timeout: launchTimeoutMs,
  });
  await installProbe(context);
  return context;
}

/** The page a persistent context opens with, or a new one. */
async function firstPage(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  // Shorter than the bench's step timeouts, so that Playwright's own
  // error, naming the locator it waited for, is the one reported.
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => {
    console.warn(`page error: ${error.message}`);
  });
  return page;
}

/**
 * Launches Chromium on a fresh, empty profile. The caller disposes of
 * it (`onTeardown`), which also covers a failed relaunch.
 */
export async function launchOnFreshProfile(): Promise<ProfileBrowser> {
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'motus-ui-bench-'));
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  let version = '?';

  const close = async () => {
    const open = context;
    context = null;
    page = null;
    await open?.close();
  };
  const start = async () => {
    await close();
    context = await launch(profileDir);
    version = context.browser()?.version() ?? version;
    page = await firstPage(context);
    return page;
  };

  try {
    await start();
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  return {
    profileDir,
    page: () => {
      if (page === null) throw new Error('the bench browser is closed');
      return page;
    },
    version: () => version,
    relaunch: start,
    dispose: async () => {
      try {
        await close();
      } finally {
        await rm(profileDir, { recursive: true, force: true });
      }
    },
  };
}
