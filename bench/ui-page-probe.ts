import type { BrowserContext, Page } from 'playwright-core';

/**
 * What the UI bench records inside the page, on the page's own clock
 * (`performance.now()`, milliseconds since navigation start): when the
 * lock screen could first be used, when Unlock was clicked, every
 * keydown with the search box's value after it, and the library's
 * `motus:library-results` / `motus:library-painted` marks.
 *
 * The functions below run in the page, so they must not declare named
 * functions (tsx would wrap them in a helper the page lacks) and reach
 * the DOM through `globalThis`, as the bench is compiled without DOM
 * types.
 */

/** One keydown: its `event.timeStamp`, and the input's value after it. */
export interface KeyRecord {
  key: string;
  at: number;
  /** Null when the key changed no value (Control, select all). */
  value: string | null;
}

interface BenchProbe {
  /** First frame in which an enabled "Unlock" button was rendered. */
  lockScreenAt: number | null;
  lastClickAt: number | null;
  /** First `role=option` in the document after `watchFirstOption`. */
  firstOptionAt: number | null;
  keys: KeyRecord[];
}

interface ProbeEvent {
  timeStamp: number;
  key?: string;
  target: { value?: unknown } | null;
}

interface ProbeElement {
  textContent: string | null;
  disabled?: boolean;
  getClientRects(): { length: number };
}

interface ProbeGlobals {
  motusBench: BenchProbe;
  document: {
    addEventListener(
      type: string,
      listener: (event: ProbeEvent) => void,
      capture: boolean,
    ): void;
    querySelector(selector: string): ProbeElement | null;
    querySelectorAll(selector: string): Iterable<ProbeElement>;
  };
  requestAnimationFrame(callback: () => void): number;
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: object): void;
    disconnect(): void;
  };
}

/** A library mark as read back from the page. */
export interface LibraryMark {
  at: number;
  query: string | null;
  count: number | null;
}

export const resultsMark = 'motus:library-results';
export const paintedMark = 'motus:library-painted';

/** Installed before any of the app's scripts, in every page of `context`. */
export async function installProbe(context: BrowserContext): Promise<void> {
  // tsx keeps function names with an `__name` helper that it defines
  // only in Node; the page gets a no-op one, in case one slips through.
  await context.addInitScript({
    content: 'globalThis.__name = globalThis.__name || ((f) => f);',
  });
  await context.addInitScript(() => {
    const page = globalThis as unknown as ProbeGlobals;
    const probe: BenchProbe = {
      lockScreenAt: null,
      lastClickAt: null,
      firstOptionAt: null,
      keys: [],
    };
    page.motusBench = probe;
    page.document.addEventListener(
      'keydown',
      (event) => {
        probe.keys.push({
          key: event.key ?? '',
          at: event.timeStamp,
          value: null,
        });
      },
      true,
    );
    // `input` follows its keydown in the same task, before any other key.
    page.document.addEventListener(
      'input',
      (event) => {
        const last = probe.keys.at(-1);
        const value = event.target?.value;
        if (last && last.value === null && typeof value === 'string') {
          last.value = value;
        }
      },
      true,
    );
    page.document.addEventListener(
      'click',
      (event) => {
        probe.lastClickAt = event.timeStamp;
      },
      true,
    );
    // Checked once a frame, for a minute at most. A method rather than
    // a named function: see the note at the top of this file.
    const lockScreen = {
      frames: 0,
      check(): void {
        lockScreen.frames += 1;
        for (const button of page.document.querySelectorAll('button')) {
          if (
            button.textContent?.trim() === 'Unlock' &&
            button.disabled !== true &&
            button.getClientRects().length > 0
          ) {
            probe.lockScreenAt = performance.now();
            return;
          }
        }
        if (lockScreen.frames < 3600) {
          page.requestAnimationFrame(() => {
            lockScreen.check();
          });
        }
      },
    };
    page.requestAnimationFrame(() => {
      lockScreen.check();
    });
  });
}

/** The probe's record of the current document. */
export function readProbe(page: Page): Promise<BenchProbe> {
  return page.evaluate(
    () => (globalThis as unknown as ProbeGlobals).motusBench,
  );
}

/** Notes the moment the first result row enters the document. */
export function watchFirstOption(page: Page): Promise<void> {
  return page.evaluate(() => {
    const page = globalThis as unknown as ProbeGlobals;
    page.motusBench.firstOptionAt = null;
    const observer = new page.MutationObserver(() => {
      if (page.document.querySelector('[role="option"]') === null) return;
      page.motusBench.firstOptionAt = performance.now();
      observer.disconnect();
    });
    observer.observe(page.document, { childList: true, subtree: true });
  });
}

/** Keydowns at or after `since` (page milliseconds). */
export function keysSince(page: Page, since: number): Promise<KeyRecord[]> {
  return page.evaluate(
    (after) =>
      (globalThis as unknown as ProbeGlobals).motusBench.keys.filter(
        (key) => key.at >= after,
      ),
    since,
  );
}

/** The page's marks called `name`, at or after `since`, oldest first. */
export function marksSince(
  page: Page,
  name: string,
  since: number,
): Promise<LibraryMark[]> {
  return page.evaluate(
    ([markName, after]) =>
      performance
        .getEntriesByName(markName, 'mark')
        .filter((entry) => entry.startTime >= after)
        .map((entry) => {
          const detail = (entry as unknown as { detail?: unknown }).detail as {
            query?: unknown;
            count?: unknown;
          } | null;
          return {
            at: entry.startTime,
            query: typeof detail?.query === 'string' ? detail.query : null,
            count: typeof detail?.count === 'number' ? detail.count : null,
          };
        }),
    [name, since] as const,
  );
}

/**
 * Milliseconds from navigation start to the end of DOMContentLoaded:
 * the app's module script fetched and run (module scripts are deferred).
 */
export function domContentLoadedAt(page: Page): Promise<number> {
  return page.evaluate(() => {
    // Node's types, which the bench compiles with, know no navigation
    // entries; the page's `performance` has them.
    const timeline = performance as unknown as {
      getEntriesByType(type: string): { domContentLoadedEventEnd?: number }[];
    };
    const [navigation] = timeline.getEntriesByType('navigation');
    return navigation?.domContentLoadedEventEnd ?? Number.NaN;
  });
}

/** The page's `performance.now()`. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * Milliseconds one PBKDF2-SHA-256 derivation of 256 bits with
 * `iterations` takes in the page: the local password check's cost.
 */
export function timePbkdf2(page: Page, iterations: number): Promise<number> {
  return page.evaluate(async (rounds) => {
    const material = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode('a password of ordinary length'),
      'PBKDF2',
      false,
      ['deriveBits'],
    );
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const started = performance.now();
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: rounds },
      material,
      256,
    );
    return performance.now() - started;
  }, iterations);
}
