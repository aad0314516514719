// `npm run bench:ui`: the desktop UI, the real renderer (out/renderer)
// served by the real server in a child process on a fresh embedded
// PostgreSQL, in headless system Chromium at 1280×800:
//   1. first sign-in on a fresh profile, until the library is in sync;
//   2. cold starts: the browser relaunched on the same profile, from
//      navigation to the lock screen, and from Unlock to the painted list;
//   3. search as you type, keydown to painted list, per keystroke.
// Prints the figures and writes bench/results/ui.{json,md}.
//
//   --quick   2,000 exercises, 3 cold starts, the phrases typed once
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { demoPassword } from '../server/seed/demo-accounts';
import { offlineKeyIterations } from '../src-renderer/session/offline-key';
import {
  chromiumMissingNotice,
  isChromiumAvailable,
} from '../test/support/chromium';
import { cleanUp, onTeardown } from './bench-run';
import { startBenchStack } from './bench-stack';
import { launchOnFreshProfile, type ProfileBrowser } from './ui-browser';
import { runColdStarts } from './ui-cold-start';
import { measureKeystrokes } from './ui-keystrokes';
import { generateListedLibrary } from './ui-library';
import { timePbkdf2 } from './ui-page-probe';
import { buildUiReport, formatUiReport, writeUiReport } from './ui-report';
import { signInThroughForm, sleep, step, waitUntilSynced } from './ui-screens';

const seed = 20_261_204;
const specialist = 'specialist@northside.test';
const rendererDir = path.join(import.meta.dirname, '..', 'out', 'renderer');

const quick = process.argv.slice(2).includes('--quick');
const plan = {
  exercises: quick ? 2000 : 10_000,
  coldStarts: quick ? 3 : 7,
  typingRounds: quick ? 1 : 3,
};
// The search index is built in the background after Unlock (about 5 s
// for 10,000 exercises here); typing starts once it surely is.
const indexWaitMs = 6000;

function assertRendererBuilt(): void {
  const index = path.join(rendererDir, 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      `No built renderer at ${index}: run \`npm run build\` first.`,
    );
  }
}

/** Bytes of JavaScript in the built renderer: what a cold start parses. */
async function rendererScriptBytes(): Promise<number> {
  const assets = path.join(rendererDir, 'assets');
  const scripts = (await readdir(assets)).filter((name) =>
    name.endsWith('.js'),
  );
  const sizes = await Promise.all(
    scripts.map(async (name) => (await stat(path.join(assets, name))).size),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

async function assertRendererServed(serverUrl: string): Promise<void> {
  const response = await fetch(serverUrl);
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !type.includes('text/html')) {
    throw new Error(
      `the bench server answers ${response.status} (${type}) at /, ` +
        `not the renderer from ${rendererDir}`,
    );
  }
}

/** Signs in on the fresh profile and waits out the first download. */
async function firstSignIn(
  browser: ProfileBrowser,
  serverUrl: string,
  exercises: number,
) {
  const page = browser.page();
  await step('open the app on a fresh profile', 30_000, () =>
    page.goto(serverUrl),
  );
  const started = performance.now();
  await step('sign in', 30_000, () =>
    signInThroughForm(page, specialist, demoPassword),
  );
  const listed = await step('first sync after sign-in', 300_000, () =>
    waitUntilSynced(page, exercises, 295_000),
  );
  const syncedMs = performance.now() - started;
  console.log(`signed in and in sync in ${(syncedMs / 1000).toFixed(1)} s`);
  return { syncedMs, listed };
}

async function main(): Promise<void> {
  const loadAverageBefore = os.loadavg()[0] ?? 0;
  assertRendererBuilt();
  if (!isChromiumAvailable()) throw new Error(chromiumMissingNotice.trim());
  // The server child serves MOTUS_RENDERER_DIR, else out/renderer under
  // its working directory: this one, wherever the bench is started.
  process.env.MOTUS_RENDERER_DIR ??= rendererDir;

  const { server, owner, token } = await startBenchStack(specialist);
  await assertRendererServed(server.url);

  const library = await generateListedLibrary(
    owner,
    server.url,
    token,
    plan.exercises,
    seed,
  );
  console.log(
    `${specialist} sees ${library.listedExercises} exercises in the ` +
      `library (${library.visibleExercises} in the replica)`,
  );

  const browser = await launchOnFreshProfile();
  onTeardown(() => browser.dispose());
  const signedIn = await firstSignIn(
    browser,
    server.url,
    library.listedExercises,
  );
  const coldStarts = await runColdStarts(
    browser,
    server.url,
    demoPassword,
    library.listedExercises,
    plan.coldStarts,
  );

  const page = browser.page();
  await sleep(indexWaitMs);
  const pbkdf2Ms = await step('time PBKDF2 in the page', 30_000, () =>
    timePbkdf2(page, offlineKeyIterations),
  );
  const keystrokes = await measureKeystrokes(page, plan.typingRounds);

  const report = buildUiReport(
    {
      quick,
      seed,
      email: specialist,
      chromium: browser.version(),
      library: {
        listedExercises: library.listedExercises,
        visibleExercises: library.visibleExercises,
        generated: library.generated.reduce((sum, g) => sum + g.exercises, 0),
        seconds: library.generationMs / 1000,
      },
      rendererScriptBytes: await rendererScriptBytes(),
      firstSignIn: signedIn,
      coldStarts,
      pbkdf2: { iterations: offlineKeyIterations, ms: pbkdf2Ms },
      indexWaitMs,
      keystrokes,
    },
    loadAverageBefore,
  );
  console.log(`\n${formatUiReport(report)}`);
  console.log(`written to ${(await writeUiReport(report)).join(' and ')}`);
}

try {
  await main();
} catch (error) {
  console.error('bench failed:', error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
