// `npm run bench:sync`: the replica's sync and search, in headless
// Chromium with the Dexie storage, against the real server in a child
// process on a fresh embedded PostgreSQL (never the dev database):
//   1. initial sync of 10,000 exercises, three times on fresh profiles;
//   2. change propagation from a Node workstation to a browser one
//      (and to a second Node one), 200 sequential edits;
//   3. search-as-you-type latency per keystroke, inside the page.
// Prints the figures and writes bench/results/sync.{json,md}.
//
//   --quick                 2,000 exercises, one run, 20 edits
//   --pull-batch-size=<n>   documents per pull (the replica's 1000 if unset)
import os from 'node:os';
import {
  chromiumMissingNotice,
  isChromiumAvailable,
} from '../test/support/chromium';
import { openNodeWorkstation } from './node-workstation';
import { countBrowserPulls } from './pull-counter';
import { runInitialSyncs, type SyncedBrowser } from './sync-initial';
import { generateVisibleLibrary, timeFullPull } from './sync-library';
import {
  browserObserver,
  measurePropagation,
  nodeObserver,
  pageClockOffset,
} from './sync-propagation';
import {
  buildSyncReport,
  formatSyncReport,
  writeSyncReport,
} from './sync-report';
import { measureSearch } from './sync-search';
import { cleanUp, onTeardown } from './bench-run';
import { startBenchStack } from './bench-stack';

const seed = 20_261_204;
const specialist = 'specialist@northside.test';
const colleague = 'admin@northside.test';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const batchArgument = args.find((arg) => arg.startsWith('--pull-batch-size='));
const pullBatchSize = batchArgument
  ? Number(batchArgument.split('=')[1])
  : undefined;
// The server takes 1 to 1000 documents per pull.
const isBatchSize = (size: number) =>
  Number.isInteger(size) && size >= 1 && size <= 1000;
if (pullBatchSize !== undefined && !isBatchSize(pullBatchSize)) {
  throw new Error('--pull-batch-size takes a whole number from 1 to 1000.');
}
const plan = {
  exercises: quick ? 2000 : 10_000,
  initialRuns: quick ? 1 : 3,
  edits: quick ? 20 : 200,
  searchRounds: quick ? 1 : 5,
};

async function propagation(serverUrl: string, browser: SyncedBrowser) {
  const writer = await openNodeWorkstation(serverUrl, colleague);
  onTeardown(() => writer.close());
  const reader = await openNodeWorkstation(serverUrl, specialist);
  onTeardown(() => reader.close());

  const candidates = await writer.replica.collections.exercises
    .find({
      selector: { organization_id: writer.clinicId, deleted_at: null },
      limit: 40,
    })
    .exec();
  const exerciseIds: string[] = [];
  for (const candidate of candidates) {
    const held = await browser.harness.description(candidate.id);
    if (held !== null) exerciseIds.push(candidate.id);
  }
  const clock = await pageClockOffset(browser.harness);
  console.log(
    `page clock offset ${clock.offsetMs.toFixed(2)} ms ` +
      `(round trip ${clock.roundTripMs.toFixed(2)} ms)`,
  );
  const observers = [
    browserObserver(
      browser.harness,
      clock.offsetMs,
      countBrowserPulls(browser.page),
    ),
    nodeObserver(reader),
  ];
  const figures = [];
  for (const observer of observers) {
    figures.push(
      await measurePropagation(writer, observer, exerciseIds, plan.edits),
    );
    console.log(`propagation to ${observer.label} measured`);
  }
  return figures;
}

async function main(): Promise<void> {
  const loadAverageBefore = os.loadavg()[0] ?? 0;
  if (!isChromiumAvailable()) throw new Error(chromiumMissingNotice.trim());
  const { server, owner, token } = await startBenchStack(specialist);
  const library = await generateVisibleLibrary(
    owner,
    server.url,
    token,
    plan.exercises,
    seed,
  );
  console.log(
    `${specialist} sees ${library.visibleExercises} exercises ` +
      `(generated in ${(library.generationMs / 1000).toFixed(1)} s)`,
  );

  const serverPull = {
    limit200Ms: await timeFullPull(server.url, token, 200),
    limit1000Ms: await timeFullPull(server.url, token, 1000),
  };

  const initial = await runInitialSyncs(
    server.url,
    specialist,
    token,
    plan.initialRuns,
    pullBatchSize,
  );
  onTeardown(() => initial.browser.chromium.close());
  const propagated = await propagation(server.url, initial.browser);
  const search = await measureSearch(
    initial.browser.harness,
    plan.searchRounds,
  );

  const report = buildSyncReport(
    {
      quick,
      seed,
      email: specialist,
      chromium: initial.browser.chromium.context.browser()?.version() ?? '?',
      library: {
        visibleExercises: library.visibleExercises,
        generated: library.generated.reduce((sum, g) => sum + g.exercises, 0),
        seconds: library.generationMs / 1000,
      },
      harnessBuildMs: initial.harnessBuildMs,
      initialSync: {
        pullBatchSize: pullBatchSize ?? 'default',
        runs: initial.runs,
        serverPull,
        clientAlone: initial.replay,
      },
      propagation: propagated,
      search,
    },
    loadAverageBefore,
  );
  console.log(`\n${formatSyncReport(report)}`);
  console.log(`written to ${(await writeSyncReport(report)).join(' and ')}`);
}

try {
  await main();
} catch (error) {
  console.error('bench failed:', error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
