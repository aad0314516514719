import type { BrowserContext } from 'playwright-core';
import { syncCollectionNames } from '../shared/schemas/sync';
import { demoPassword } from '../server/seed/demo-accounts';
import { serveHarness, type HarnessBuild } from '../test/browser/build-harness';
import { openHarnessPage } from '../test/browser/harness-page';
import { launchChromium } from '../test/support/chromium';

/**
 * The browser's share of an initial sync: the pull pages are fetched
 * beforehand and answered by Playwright, so the server does no work
 * while the replica takes them in. What remains is the replica, RxDB and
 * IndexedDB on this machine's CPUs.
 */

export interface ReplayRun {
  exercises: number;
  /** Bytes of JSON in the recorded exercise pages. */
  exerciseBytes: number;
  syncMs: number;
}

/** Recorded answers by collection and the checkpoint asked after. */
type Recording = Map<string, string>;
const keyOf = (collection: string, checkpoint: string | null) =>
  `${collection}|${checkpoint ?? ''}`;

async function recordPulls(
  serverUrl: string,
  accessToken: string,
  limit: number,
): Promise<{ recording: Recording; exerciseBytes: number }> {
  const recording: Recording = new Map();
  let exerciseBytes = 0;
  for (const collection of syncCollectionNames) {
    let checkpoint: string | null = null;
    for (;;) {
      const query = new URLSearchParams({ limit: String(limit) });
      if (checkpoint !== null) query.set('checkpoint', checkpoint);
      const response = await fetch(
        `${serverUrl}/v1/sync/${collection}/pull?${query.toString()}`,
        { headers: { authorization: `Bearer ${accessToken}` } },
      );
      const text = await response.text();
      recording.set(keyOf(collection, checkpoint), text);
      if (collection === 'exercises') exerciseBytes += text.length;
      const page = JSON.parse(text) as {
        documents: unknown[];
        checkpoint: unknown;
        remaining: number;
      };
      // The replica sends the checkpoint back as JSON of the same object.
      checkpoint = JSON.stringify(page.checkpoint);
      if (page.documents.length === 0 && page.remaining === 0) break;
    }
  }
  return { recording, exerciseBytes };
}

async function answerPulls(context: BrowserContext, recording: Recording) {
  await context.route(/\/v1\/sync\/[a-z-]+\/pull\?/, (route) => {
    const url = new URL(route.request().url());
    const collection = url.pathname.split('/')[3] ?? '';
    const checkpoint = url.searchParams.get('checkpoint');
    const recorded = recording.get(keyOf(collection, checkpoint));
    // Past the recording: nothing new, as the server would say.
    const body =
      recorded ??
      JSON.stringify({
        documents: [],
        checkpoint: JSON.parse(checkpoint ?? 'null') as unknown,
        remaining: 0,
      });
    return route.fulfill({ contentType: 'application/json', body });
  });
}

/** One initial sync in a fresh browser from pages recorded just before. */
export async function replayInitialSync(
  serverUrl: string,
  harnessBuild: HarnessBuild,
  email: string,
  accessToken: string,
  pullBatchSize: number,
): Promise<ReplayRun> {
  const { recording, exerciseBytes } = await recordPulls(
    serverUrl,
    accessToken,
    pullBatchSize,
  );
  const chromium = await launchChromium();
  try {
    await serveHarness(chromium.context, serverUrl, harnessBuild);
    await answerPulls(chromium.context, recording);
    const { harness } = await openHarnessPage(chromium.context, serverUrl);
    await harness.start(serverUrl, email, demoPassword, {
      pullBatchSize,
      liveStream: false,
    });
    const syncMs = await harness.initialSync();
    return { exercises: await harness.count(), exerciseBytes, syncMs };
  } finally {
    await chromium.close();
  }
}
