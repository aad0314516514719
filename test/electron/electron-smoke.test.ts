import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  _electron,
  type ElectronApplication,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { findElectronBinary, smokeTestSkipNotice } from './electron-binary';

const skipNotice = smokeTestSkipNotice();
if (skipNotice !== undefined) process.stderr.write(skipNotice);

const root = path.join(import.meta.dirname, '..', '..');
const sessionProtections = [
  'encrypted',
  'plain-text',
  'memory-only',
  'browser-storage',
];

let server: TestServer;
let userData: string;
let shell: ElectronApplication;
let window: Page;
// Undone in reverse order, whichever steps of the setup succeeded.
const cleanups: (() => Promise<void>)[] = [];

/** The environment without what would turn Electron into plain Node. */
function shellEnvironment(overrides: Record<string, string>) {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') {
      env[name] = value;
    }
  }
  return { ...env, ...overrides };
}

beforeAll(async () => {
  if (skipNotice !== undefined) return;
  // The shell runs the build, and the server serves the built renderer.
  for (const built of ['out/main/main.js', 'out/renderer/index.html']) {
    if (!existsSync(path.join(root, built))) {
      throw new Error(`${built} is missing: run \`npm run build\` first`);
    }
  }
  server = await startTestServer();
  cleanups.push(() => server.close());
  userData = await mkdtemp(path.join(os.tmpdir(), 'motus-shell-'));
  cleanups.push(() => rm(userData, { recursive: true, force: true }));

  // Chromium refuses to start sandboxed as root, as CI containers run.
  const asRoot = process.getuid?.() === 0;
  shell = await _electron.launch({
    executablePath: findElectronBinary(),
    args: asRoot ? [root, '--no-sandbox'] : [root],
    cwd: root,
    env: shellEnvironment({
      MOTUS_SERVER_URL: server.url,
      MOTUS_USER_DATA_DIR: userData,
    }),
  });
  cleanups.push(() => shell.close());
  window = await shell.firstWindow();
  await window.waitForLoadState('domcontentloaded');
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe.skipIf(skipNotice !== undefined)('the desktop shell', () => {
  it('opens a window on the Motus app served by the server', async () => {
    expect(await window.title()).toContain('Motus');
    expect(new URL(window.url()).origin).toBe(new URL(server.url).origin);
  });

  it('gives the renderer the desktop bridge, not the browser stand-in', async () => {
    const platform = await window.evaluate(
      () =>
        (globalThis as unknown as { motus?: { platform: string } }).motus
          ?.platform,
    );
    expect(platform).toBe(process.platform);
  });

  it('answers the session vault over IPC and refuses a malformed session', async () => {
    const answers = await window.evaluate(async () => {
      const { motus } = globalThis as unknown as {
        motus: {
          session: {
            protection(): Promise<string>;
            save(session: unknown): Promise<void>;
          };
        };
      };
      const protection = await motus.session.protection();
      const refusal = await motus.session.save({ tokens: {} }).then(
        () => 'saved',
        (error: unknown) => String(error),
      );
      return { protection, refusal };
    });
    expect(sessionProtections).toContain(answers.protection);
    expect(answers.refusal).toContain('session-invalid');
  });
});
