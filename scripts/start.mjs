// `npm start`: runs the Motus server, waits until it answers, then opens
// the desktop shell on it. Without the Electron binary (a closed network
// skips its download) the server keeps running for a browser instead.

// Node's globals: the lint config declares them only for TypeScript files.
/* global process, console, URL, fetch, AbortSignal */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '8787';
// A server bound to every interface is still reached on the loopback.
const reachableHost = ['0.0.0.0', '::', '[::]'].includes(host)
  ? '127.0.0.1'
  : host;
const serverUrl =
  process.env.MOTUS_SERVER_URL ?? `http://${reachableHost}:${port}`;
const healthUrl = new URL('/v1/health', serverUrl).href;
// The embedded PostgreSQL may need a while on its first start (initdb).
const healthTimeoutMs = 120_000;

/** The Electron executable, or undefined when its download never ran. */
function findElectron() {
  try {
    const electronDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(electronDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const executable = join(
      electronDir,
      'dist',
      readFileSync(pathFile, 'utf8'),
    );
    return existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resolves once the server's health answers; rejects if it exits first.
 * @param {import('node:child_process').ChildProcess} server
 */
async function waitForHealth(server) {
  const deadline = Date.now() + healthTimeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error('the server exited before it was ready');
    }
    try {
      const response = await fetch(healthUrl, {
        signal: AbortSignal.timeout(2000),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(
    `no healthy answer from ${healthUrl} after ${healthTimeoutMs} ms`,
  );
}

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();

/**
 * Starts a child in its own process group, so that Ctrl+C reaches it once,
 * forwarded below, instead of once from the terminal and again from here.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args, env = process.env) {
  const child = spawn(command, args, {
    cwd: root,
    env,
    stdio: 'inherit',
    // On Windows a detached child would get a console window of its own.
    detached: process.platform !== 'win32',
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

// Pass SIGINT and SIGTERM on and let each child shut down cleanly; this
// script exits once they have.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}

// `npx tsx server/main.ts`, without npx's extra process in between.
const tsx = require.resolve('tsx/cli');
const server = run(process.execPath, [tsx, 'server/main.ts']);
server.once('exit', (code, signal) => {
  process.exitCode ??= code ?? (signal === null ? 1 : 0);
  for (const child of children) child.kill('SIGTERM');
});

try {
  await waitForHealth(server);
} catch (error) {
  console.error(
    `motus: ${error instanceof Error ? error.message : String(error)}`,
  );
  server.kill('SIGTERM');
  process.exitCode ??= 1;
}

if (process.exitCode === undefined) {
  const electron = findElectron();
  if (electron === undefined) {
    console.log(
      `motus: Electron binary missing (run \`node node_modules/electron/install.js\` with network access to get it); open ${serverUrl} in a browser. The server keeps running; Ctrl+C stops it.`,
    );
  } else {
    // Launched on the package, not the file, so that Electron takes the
    // app's name and version from package.json, whose "main" is
    // out/main/main.js; the name also picks the user-data folder.
    const shell = run(electron, [root], {
      ...process.env,
      MOTUS_SERVER_URL: serverUrl,
    });
    shell.once('exit', () => server.kill('SIGTERM'));
  }
}
