import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { build } from 'vite';

/** The harness page, bundled for the browser. */
export interface HarnessBuild {
  script: string;
  /** Milliseconds the bundle took. */
  buildMs: number;
}

export const harnessPagePath = '/replica-harness.html';
const harnessScriptPath = '/replica-harness.js';

/**
 * Bundles test/browser/replica-harness.ts (and the replica it imports)
 * into one classic script with Vite, in a temp dir that is removed
 * afterwards. Takes a few seconds: once per test file or bench run.
 */
export async function buildHarness(): Promise<HarnessBuild> {
  const started = performance.now();
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'motus-harness-'));
  try {
    await build({
      configFile: false,
      root: path.join(import.meta.dirname, '..', '..'),
      logLevel: 'warn',
      // Libraries in the bundle read it to drop their development checks,
      // as they do in the app's own production build.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2023',
        lib: {
          entry: path.join(import.meta.dirname, 'replica-harness.ts'),
          formats: ['iife'],
          name: 'motusReplicaHarness',
          fileName: () => 'replica-harness.js',
        },
      },
    });
    const script = await readFile(
      path.join(outDir, 'replica-harness.js'),
      'utf8',
    );
    return { script, buildMs: performance.now() - started };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Motus replica harness</title>
    <script src="${harnessScriptPath}"></script>
  </head>
  <body></body>
</html>
`;

/**
 * Answers the harness page and script on the server's own origin, from
 * the build, so the page's IndexedDB and its requests to /v1 are those
 * of the server's origin. The server itself is not touched: everything
 * else goes to it as usual.
 */
export async function serveHarness(
  context: BrowserContext,
  serverUrl: string,
  harness: HarnessBuild,
): Promise<void> {
  await context.route(`${serverUrl}${harnessPagePath}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: page }),
  );
  await context.route(`${serverUrl}${harnessScriptPath}`, (route) =>
    route.fulfill({
      contentType: 'text/javascript; charset=utf-8',
      body: harness.script,
    }),
  );
}
