import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { demoPassword } from '../../server/seed/demo-accounts';
import {
  chromiumMissingNotice,
  isChromiumAvailable,
  launchChromium,
  type ChromiumSession,
} from '../support/chromium';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Driving the real Motus renderer, served by a real test server, in
 * headless Chromium: by role and accessible name, as a clinician sees
 * the screens.
 */

export const rendererIndex = path.resolve('out/renderer/index.html');

/** Screenshots of each step, kept by CI as test artifacts. */
export const screenshotDir = path.resolve('test-results/e2e');

/** Whether the UI tests can run here; says once, loudly, when not. */
export function uiTestsCanRun(): boolean {
  const available = isChromiumAvailable();
  if (!available) process.stderr.write(chromiumMissingNotice);
  return available;
}

function assertRendererBuilt(): void {
  if (!existsSync(rendererIndex)) {
    throw new Error(
      `No built renderer at ${rendererIndex}: run \`npm run build\` first ` +
        '(`npm test` does).',
    );
  }
}

/** What the page reported against its Content-Security-Policy. */
export interface PageWatch {
  cspViolations: string[];
  errors: string[];
}

/**
 * A new page at `size`, recording CSP violations and uncaught errors, so
 * a test can prove the strict policy holds for the whole app.
 */
export async function openAppPage(
  context: BrowserContext,
  serverUrl: string,
  size = { width: 1280, height: 800 },
): Promise<{ page: Page; watch: PageWatch }> {
  const watch: PageWatch = { cspViolations: [], errors: [] };
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.exposeFunction('motusCspViolation', (text: string) => {
    watch.cspViolations.push(text);
  });
  // A script in the page's own words: the tests' TypeScript has no DOM.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) => {
      window.motusCspViolation(event.violatedDirective + ' ' + event.blockedURI);
    });`,
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  await page.goto(serverUrl);
  return { page, watch };
}

export async function signInThroughForm(page: Page, email: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search exercises' });
}

/** The library's result count ("52 exercises"), as a number. */
export async function resultCount(page: Page): Promise<number> {
  const count = page
    .getByRole('status')
    .filter({ hasText: /^(\d[\d,]*|No) exercises?$/ });
  const text = (await count.textContent()) ?? '';
  return text.startsWith('No') ? 0 : Number(text.replace(/\D/g, ''));
}

/** Waits until the result count settles on a value that passes `check`. */
export async function expectResultCount(
  page: Page,
  check: (count: number) => boolean,
  timeoutMs = 30_000,
): Promise<number> {
  let last = -1;
  await expect
    .poll(
      async () => {
        last = await resultCount(page).catch(() => -1);
        return check(last);
      },
      { timeout: timeoutMs, interval: 100 },
    )
    .toBe(true);
  return last;
}

export function syncStatus(page: Page): Locator {
  return page.getByRole('status', { name: 'Sync status' });
}

/** Waits until the header's sync status reads `state` ("Online", ...). */
export async function waitForSyncState(
  page: Page,
  state: 'Online' | 'Offline' | 'Syncing',
  timeoutMs = 60_000,
): Promise<void> {
  await expect
    .poll(async () => (await syncStatus(page).textContent()) ?? '', {
      timeout: timeoutMs,
      interval: 100,
    })
    .toContain(state);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/** A test server of its own, and the app open in Chromium on it. */
export interface AppUnderTest {
  server: TestServer;
  chromium: ChromiumSession;
  page: Page;
  watch: PageWatch;
  /** Closes the browser and the server, whichever were started. */
  close(): Promise<void>;
}

export async function openAppUnderTest(size?: {
  width: number;
  height: number;
}): Promise<AppUnderTest> {
  assertRendererBuilt();
  const cleanups: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const chromium = await launchChromium();
    cleanups.push(() => chromium.close());
    const { page, watch } = await openAppPage(
      chromium.context,
      server.url,
      size,
    );
    return { server, chromium, page, watch, close };
  } catch (error) {
    await close();
    throw error;
  }
}
