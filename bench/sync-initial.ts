import type { Page } from 'playwright-core';
import { demoPassword } from '../server/seed/demo-accounts';
import {
  buildHarness,
  serveHarness,
  type HarnessBuild,
} from '../test/browser/build-harness';
import {
  openHarnessPage,
  type RemoteHarness,
} from '../test/browser/harness-page';
import { launchChromium, type ChromiumSession } from '../test/support/chromium';
import { replayInitialSync } from './sync-replay';

/** One initial sync into an empty Dexie replica; times in milliseconds. */
export interface InitialSyncRun {
  exercises: number;
  /** Opening the IndexedDB database and its collections. */
  openMs: number;
  /** From the start of sync until every collection's first pull ended. */
  syncMs: number;
  exercisesPerSecond: number;
  /** Exercise pull requests, and their summed request-to-last-byte time. */
  exercisePulls: number;
  exercisePullWaitMs: number;
}

const exercisePullPath = '/v1/sync/exercises/pull';

/** A browser that ran an initial sync, kept open for the next benches. */
export interface SyncedBrowser {
  chromium: ChromiumSession;
  page: Page;
  harness: RemoteHarness;
}

/**
 * Launches Chromium on a fresh profile, signs `email` in on the harness
 * page and times the first sync. The caller closes `chromium`.
 */
export async function runInitialSync(
  serverUrl: string,
  harnessBuild: HarnessBuild,
  email: string,
  pullBatchSize: number | undefined,
): Promise<{ run: InitialSyncRun; browser: SyncedBrowser }> {
  const chromium = await launchChromium();
  try {
    await serveHarness(chromium.context, serverUrl, harnessBuild);
    const { page, harness } = await openHarnessPage(
      chromium.context,
      serverUrl,
    );
    // Pulls of one collection run one after the other, so their summed
    // durations are the part of the sync spent waiting on the server.
    const pullWaits: number[] = [];
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname !== exercisePullPath) return;
      pullWaits.push(request.timing().responseEnd);
    });
    const started = await harness.start(serverUrl, email, demoPassword, {
      ...(pullBatchSize === undefined ? {} : { pullBatchSize }),
    });
    const syncMs = await harness.initialSync();
    const exercises = await harness.count();
    const failures = (await harness.status()).errorCodes;
    if (failures.length > 0) {
      throw new Error(`the initial sync reported ${failures.join(', ')}`);
    }
    return {
      run: {
        exercises,
        openMs: started.openMs,
        syncMs,
        exercisesPerSecond: exercises / (syncMs / 1000),
        exercisePulls: pullWaits.length,
        exercisePullWaitMs: pullWaits.reduce((sum, ms) => sum + ms, 0),
      },
      browser: { chromium, page, harness },
    };
  } catch (error) {
    await chromium.close();
    throw error;
  }
}

/**
 * Bundles the harness, then runs `count` initial syncs, each in a
 * browser of its own, and one more from recorded pages (the browser's
 * share alone). The last browser is kept; the caller closes it.
 */
export async function runInitialSyncs(
  serverUrl: string,
  email: string,
  accessToken: string,
  count: number,
  pullBatchSize: number | undefined,
) {
  const harnessBuild = await buildHarness();
  console.log(`harness bundled in ${harnessBuild.buildMs.toFixed(0)} ms`);
  const runs: InitialSyncRun[] = [];
  let kept: SyncedBrowser | undefined;
  for (let run = 1; run <= count; run += 1) {
    const synced = await runInitialSync(
      serverUrl,
      harnessBuild,
      email,
      pullBatchSize,
    );
    runs.push(synced.run);
    console.log(
      `initial sync ${run}: ${synced.run.exercises} exercises in ` +
        `${(synced.run.syncMs / 1000).toFixed(2)} s`,
    );
    if (run < count) await synced.browser.chromium.close();
    else kept = synced.browser;
  }
  if (!kept) throw new Error('no initial sync ran');
  const browser = kept;
  const replay = await replayInitialSync(
    serverUrl,
    harnessBuild,
    email,
    accessToken,
    // The replica's own default when none was chosen.
    pullBatchSize ?? 200,
  ).catch(async (error: unknown) => {
    await browser.chromium.close();
    throw error;
  });
  console.log(`replayed initial sync: ${(replay.syncMs / 1000).toFixed(2)} s`);
  return {
    runs,
    replay,
    browser,
    harnessBuildMs: harnessBuild.buildMs,
  };
}
