import type { BrowserContext, Page } from 'playwright-core';
import { harnessPagePath } from './build-harness';
import type { ReplicaHarness } from './harness-api';

/** The harness's API as seen from Node: every call is a round trip. */
export type RemoteHarness = {
  [Method in keyof ReplicaHarness]: (
    ...args: Parameters<ReplicaHarness[Method]>
  ) => Promise<Awaited<ReturnType<ReplicaHarness[Method]>>>;
};

type Callable = Record<string, (...args: unknown[]) => unknown>;

/**
 * Calls into `window.motusReplica` of `page`. The page must have loaded
 * the harness (see `openHarnessPage`); a reload keeps this handle valid,
 * though the replica must then be started again.
 */
export function remoteHarness(page: Page): RemoteHarness {
  return new Proxy({} as RemoteHarness, {
    get:
      (_target, method) =>
      (...args: unknown[]) =>
        page.evaluate(
          ([name, values]) => {
            // Runs in the page; only JSON crosses.
            const api = (globalThis as unknown as { motusReplica: Callable })
              .motusReplica;
            return api[name]?.(...values);
          },
          [String(method), args] as const,
        ),
  });
}

/** Loads the harness page (served by `serveHarness`) in a new tab. */
export async function openHarnessPage(
  context: BrowserContext,
  serverUrl: string,
): Promise<{ page: Page; harness: RemoteHarness }> {
  const page = await context.newPage();
  await loadHarness(page, serverUrl);
  return { page, harness: remoteHarness(page) };
}

/** (Re)loads the harness page and waits for its API. */
export async function loadHarness(page: Page, serverUrl: string) {
  await page.goto(`${serverUrl}${harnessPagePath}`);
  await page.waitForFunction(() => 'motusReplica' in globalThis);
}
