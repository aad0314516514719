import { setTimeout as sleep } from 'node:timers/promises';
import type { Locator, Page } from 'playwright-core';
import { marksSince, type LibraryMark } from './ui-page-probe';

/**
 * The Motus screens as the UI bench drives them: by role and accessible
 * name only, as the end-to-end tests do, and every wait bounded by a
 * step name that the error repeats.
 */

export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search exercises' });
}

export function resultList(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Exercises' });
}

export function unlockButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Unlock' });
}

export function passwordField(page: Page): Locator {
  // The label reads "Password *" when the field is required; "Show
  // password" (the visibility toggle) must not match.
  return page.getByLabel(/^Password\b/);
}

function syncStatus(page: Page): Locator {
  return page.getByRole('status', { name: 'Sync status' });
}

// A read inside a poll must not wait long for an element that is not
// there yet: the poll comes back 100 ms later.
const briefly = { timeout: 1000 };

const countPattern = /^(\d[\d,]*|No) exercises?$/;

/** The library's result count ("10,000 exercises"); null when absent. */
export async function resultCount(page: Page): Promise<number | null> {
  const status = page.getByRole('status').filter({ hasText: countPattern });
  if ((await status.count()) !== 1) return null;
  const text = ((await status.textContent(briefly)) ?? '').trim();
  return text.startsWith('No') ? 0 : Number(text.replace(/\D/g, ''));
}

/**
 * Runs `work` as the bench step `name`; an error, or still running
 * after `timeoutMs`, fails with the step's name in the message.
 */
export async function step<T>(
  name: string,
  timeoutMs: number,
  work: () => Promise<T>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const overdue = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(
        new Error(`UI bench step "${name}" took over ${timeoutMs / 1000} s`),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([work(), overdue]);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('UI bench step')) {
      throw error;
    }
    throw new Error(`UI bench step "${name}" failed: ${String(error)}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls `check` every 100 ms until it holds; after `timeoutMs` throws
 * with `describe()`, which should say what was seen last.
 */
export async function pollUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  describe: () => string,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) {
      throw new Error(`gave up after ${timeoutMs / 1000} s: ${describe()}`);
    }
    await sleep(100);
  }
}

export async function signInThroughForm(
  page: Page,
  email: string,
  password: string,
): Promise<void> {
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await passwordField(page).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Waits until the header says Online and the library lists at least
 * `minimum` exercises: the first download is done. Returns the count.
 */
export async function waitUntilSynced(
  page: Page,
  minimum: number,
  timeoutMs: number,
): Promise<number> {
  let seen = { status: '', count: null as number | null };
  await pollUntil(
    async () => {
      seen = {
        status:
          (await syncStatus(page)
            .textContent(briefly)
            .catch(() => '')) ?? '',
        count: await resultCount(page).catch(() => null),
      };
      return seen.status.includes('Online') && (seen.count ?? 0) >= minimum;
    },
    timeoutMs,
    () =>
      `wanted Sync status "Online" and at least ${minimum} exercises; ` +
      `last saw status ${JSON.stringify(seen.status)}, ` +
      `count ${seen.count ?? 'not shown'}`,
  );
  return seen.count ?? 0;
}

/**
 * The first mark `name` at or after `since` (page milliseconds) that
 * `accept` takes. When none comes within `timeoutMs`, the error says
 * whether the list is on screen regardless, i.e. the marks are missing.
 */
export async function waitForMark(
  page: Page,
  name: string,
  since: number,
  accept: (mark: LibraryMark) => boolean,
  timeoutMs: number,
): Promise<LibraryMark> {
  let found: LibraryMark | undefined;
  let seen = 0;
  try {
    await pollUntil(
      async () => {
        const marks = await marksSince(page, name, since);
        seen = marks.length;
        found = marks.find(accept);
        return found !== undefined;
      },
      timeoutMs,
      () => `${seen} "${name}" mark(s) since ${since.toFixed(0)} ms, none fit`,
    );
  } catch (error) {
    const rows = await resultList(page)
      .getByRole('option')
      .count()
      .catch(() => 0);
    if (seen === 0 && rows > 0) {
      throw new Error(
        `the result list shows ${rows} rows, but the page made no ` +
          `"${name}" mark: LibraryPage does not emit the bench marks yet`,
        { cause: error },
      );
    }
    throw error;
  }
  if (!found) throw new Error(`no "${name}" mark`);
  return found;
}

export { sleep };
