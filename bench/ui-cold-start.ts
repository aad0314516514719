import type { Page } from 'playwright-core';
import type { ProfileBrowser } from './ui-browser';
import {
  domContentLoadedAt,
  paintedMark,
  readProbe,
  resultsMark,
  watchFirstOption,
} from './ui-page-probe';
import {
  passwordField,
  pollUntil,
  searchBox,
  step,
  unlockButton,
  waitForMark,
  waitUntilSynced,
} from './ui-screens';

/**
 * Cold starts: the browser is closed and launched again on the same
 * profile, so the renderer starts from nothing while IndexedDB still
 * holds the kept session and the replica. The lock screen comes first;
 * the password typed, the replica opens and the library lists it.
 */

/** One cold start, in milliseconds on the page's clock. */
export interface ColdStartRun {
  /** (a) Navigation start → the first frame with a usable Unlock. */
  lockScreenMs: number;
  /** Of which: navigation start → the app's script fetched and run. */
  scriptLoadedMs: number;
  /** (b) Unlock clicked → the first result list rendered (layout). */
  unlockToResultsMs: number;
  /** (c) Unlock clicked → that list painted (the next frame). */
  unlockToPaintedMs: number;
  /** (a) + (c): cold start, less the time spent typing the password. */
  coldStartMs: number;
  /** Unlock clicked → the first row in the document, marks aside. */
  unlockToFirstRowMs: number | null;
  /** Exercises in the first result list. */
  listed: number;
}

async function reachLockScreen(page: Page, serverUrl: string) {
  await step('load the app after the relaunch', 30_000, () =>
    page.goto(serverUrl),
  );
  await step('lock screen after the relaunch', 30_000, async () => {
    await unlockButton(page).or(searchBox(page)).first().waitFor();
    if (await searchBox(page).isVisible()) {
      throw new Error(
        'the relaunched browser opened the library without a lock screen',
      );
    }
    await page.getByRole('heading', { name: /^Welcome back/ }).waitFor();
  });
  // The probe checks once a frame, so it may see the button a frame
  // after Playwright did.
  await step('lock screen timing from the page', 5000, () =>
    pollUntil(
      async () => (await readProbe(page)).lockScreenAt !== null,
      4000,
      () => 'the probe saw no usable Unlock button',
    ),
  );
  const { lockScreenAt } = await readProbe(page);
  if (lockScreenAt === null) throw new Error('no lock screen timing');
  return lockScreenAt;
}

/**
 * Relaunches `browser` and times one cold start. Leaves the library
 * open and in sync (at least `exercises` listed) for the next step.
 */
export async function measureColdStart(
  browser: ProfileBrowser,
  serverUrl: string,
  password: string,
  exercises: number,
): Promise<ColdStartRun> {
  const page = await step('relaunch Chromium on the same profile', 90_000, () =>
    browser.relaunch(),
  );
  const lockScreenMs = await reachLockScreen(page, serverUrl);
  const scriptLoadedMs = await domContentLoadedAt(page);

  await passwordField(page).fill(password);
  await watchFirstOption(page);
  await unlockButton(page).click();
  const clickedAt = (await readProbe(page)).lastClickAt;
  if (clickedAt === null) throw new Error('the probe missed the Unlock click');

  const results = await step('first result list after Unlock', 60_000, () =>
    waitForMark(
      page,
      resultsMark,
      clickedAt,
      (mark) => (mark.count ?? 0) > 0,
      55_000,
    ),
  );
  const painted = await step('first painted list after Unlock', 10_000, () =>
    waitForMark(
      page,
      paintedMark,
      results.at,
      (mark) => (mark.count ?? 0) > 0,
      9000,
    ),
  );
  const firstRowAt = (await readProbe(page)).firstOptionAt;

  // The catch-up pull ends before the next close, so that every run
  // starts from the same replica.
  await step('back in sync after Unlock', 90_000, () =>
    waitUntilSynced(page, exercises, 85_000),
  );
  return {
    lockScreenMs,
    scriptLoadedMs,
    unlockToResultsMs: results.at - clickedAt,
    unlockToPaintedMs: painted.at - clickedAt,
    coldStartMs: lockScreenMs + painted.at - clickedAt,
    unlockToFirstRowMs: firstRowAt === null ? null : firstRowAt - clickedAt,
    listed: results.count ?? 0,
  };
}

/** `runs` cold starts in a row; the last leaves the library open. */
export async function runColdStarts(
  browser: ProfileBrowser,
  serverUrl: string,
  password: string,
  exercises: number,
  runs: number,
): Promise<ColdStartRun[]> {
  const measured: ColdStartRun[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const figures = await measureColdStart(
      browser,
      serverUrl,
      password,
      exercises,
    );
    measured.push(figures);
    console.log(
      `cold start ${run}: lock screen ${figures.lockScreenMs.toFixed(0)} ms, ` +
        `Unlock → list ${figures.unlockToResultsMs.toFixed(0)} ms, ` +
        `painted ${figures.unlockToPaintedMs.toFixed(0)} ms ` +
        `(${figures.listed} exercises)`,
    );
  }
  return measured;
}
