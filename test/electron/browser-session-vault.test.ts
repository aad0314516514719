import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkstationSession } from '../../shared/schemas/workstation-session';
import {
  chromiumMissingNotice,
  isChromiumAvailable,
  launchChromium,
  type ChromiumSession,
} from '../support/chromium';
import { specialistSession } from '../main/session-fixtures';

// The desktop bridge's browser stand-in, as a plain browser runs it: the
// renderer's bridge.ts bundled on its own, in headless Chromium, where
// window.motus is absent and IndexedDB is real.

const available = isChromiumAvailable();
if (!available) process.stderr.write(chromiumMissingNotice);

const origin = 'http://motus.test';
const root = path.join(import.meta.dirname, '..', '..');

let chromium: ChromiumSession;
let page: Page;
const pageErrors: string[] = [];
const cleanups: (() => Promise<void>)[] = [];

/** bridge.ts as one classic script that sets `window.motusBridge`. */
async function bundleBridge(): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'motus-bridge-'));
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2023',
        lib: {
          entry: path.join(root, 'src-renderer/bridge.ts'),
          formats: ['iife'],
          name: 'motusBridge',
          fileName: () => 'bridge.js',
        },
      },
    });
    return await readFile(path.join(outDir, 'bridge.js'), 'utf8');
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  if (!available) return;
  const script = await bundleBridge();
  chromium = await launchChromium();
  cleanups.push(() => chromium.close());
  // A made-up origin, answered by Playwright: IndexedDB is per origin and
  // needs a real one, not about:blank.
  await chromium.context.route(`${origin}/`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Motus</title><script src="/bridge.js"></script>',
    }),
  );
  await chromium.context.route(`${origin}/bridge.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: script }),
  );
  page = await chromium.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/`);
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** What bridge.ts exports, as the bundle puts it on `window`. */
interface Bridged {
  motusBridge: {
    isDesktop: boolean;
    motus: {
      platform: string;
      session: {
        read(): Promise<WorkstationSession | null>;
        save(session: unknown): Promise<void>;
        clear(): Promise<void>;
        protection(): Promise<string>;
      };
    };
  };
}

// Each call runs in the page (Playwright sends the function's source), so
// each reaches the bridge on its own; only JSON crosses.
const vault = {
  read: () =>
    page.evaluate(() =>
      (globalThis as unknown as Bridged).motusBridge.motus.session.read(),
    ),
  save: (session: unknown) =>
    page.evaluate(
      (value) =>
        (globalThis as unknown as Bridged).motusBridge.motus.session
          .save(value)
          .then(
            () => 'saved',
            (error: unknown) => String(error),
          ),
      session,
    ),
  clear: () =>
    page.evaluate(() =>
      (globalThis as unknown as Bridged).motusBridge.motus.session.clear(),
    ),
  protection: () =>
    page.evaluate(() =>
      (globalThis as unknown as Bridged).motusBridge.motus.session.protection(),
    ),
};

/**
 * Runs `work` on the vault's IndexedDB store directly, as another version
 * of Motus (or someone at the keyboard) might. A string script, because
 * test/ is typed without the DOM: `store` and `done(result)` are in scope.
 */
function onRawStore<T>(work: string): Promise<T> {
  return page.evaluate<T>(`new Promise((done, fail) => {
    const opening = indexedDB.open('motus-session', 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore('session');
    opening.onerror = () => fail(opening.error);
    opening.onsuccess = () => {
      const database = opening.result;
      const transaction = database.transaction('session', 'readwrite');
      const store = transaction.objectStore('session');
      transaction.onerror = () => fail(transaction.error);
      transaction.oncomplete = () => database.close();
      ${work};
    };
  })`);
}

const storeRawRecord = (record: unknown) =>
  onRawStore<undefined>(
    `store.put(${JSON.stringify(record)}, 'current').onsuccess = () => done()`,
  );

const rawRecordCount = () =>
  onRawStore<number>(
    `const counting = store.count('current');
     counting.onsuccess = () => done(counting.result)`,
  );

async function reload() {
  await page.reload();
  await page.waitForFunction(() => 'motusBridge' in globalThis);
}

async function localStorageLength(): Promise<number> {
  return page.evaluate(
    () =>
      (globalThis as unknown as { localStorage: { length: number } })
        .localStorage.length,
  );
}

describe.skipIf(!available)('the session vault in a plain browser', () => {
  it('is the browser stand-in, protected as browser storage', async () => {
    const bridge = await page.evaluate(() => {
      const { isDesktop, motus } = (globalThis as unknown as Bridged)
        .motusBridge;
      return { isDesktop, platform: motus.platform };
    });
    expect(bridge).toEqual({ isDesktop: false, platform: 'browser' });
    expect(await vault.protection()).toBe('browser-storage');
  });

  it('a fresh browser has no session', async () => {
    expect(await vault.read()).toBeNull();
  });

  it('a saved session reads back unchanged after a reload, and never touches localStorage', async () => {
    expect(await vault.save(specialistSession())).toBe('saved');
    await reload();

    expect(await vault.read()).toEqual(specialistSession());
    expect(await localStorageLength()).toBe(0);
  });

  it('signing out forgets the session', async () => {
    expect(await vault.save(specialistSession())).toBe('saved');
    await vault.clear();
    await reload();
    expect(await vault.read()).toBeNull();
  });

  it('a malformed session is refused and the stored one kept', async () => {
    expect(await vault.save(specialistSession())).toBe('saved');
    const { tokens: _tokens, ...withoutTokens } = specialistSession();

    expect(await vault.save(withoutTokens)).toContain('session-invalid');
    expect(await vault.read()).toEqual(specialistSession());
  });

  it('a stored record that is not a session reads as none and is removed', async () => {
    await storeRawRecord({ tokens: { access_token: 'left-by-someone' } });
    await reload();

    expect(await rawRecordCount()).toBe(1);
    expect(await vault.read()).toBeNull();
    expect(await rawRecordCount()).toBe(0);
  });

  it('the page raised no error', () => {
    expect(pageErrors).toEqual([]);
  });
});
