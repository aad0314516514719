import type { Page } from 'playwright-core';
import { summarize, type LatencySummary } from './latency-stats';
import {
  keysSince,
  marksSince,
  pageNow,
  paintedMark,
  type KeyRecord,
  type LibraryMark,
} from './ui-page-probe';
import { searchBox, sleep, step, waitForMark } from './ui-screens';

/**
 * Search as you type in the real library page: phrases pressed one key
 * at a time at a brisk typist's pace, each key timed from its keydown
 * (`event.timeStamp`) to the first painted result list for the box's
 * new value, then cleared with select all + Backspace (timed too).
 */

/** What a clinician types, one typo among them. */
export const typedPhrases = [
  'shoulder external rotation',
  'knee',
  'hamstring stretch',
  'shoudler',
  'band row',
] as const;

/** Milliseconds between two keys: about 100 words a minute. */
export const keyIntervalMs = 120;

/** One keystroke that changed the query. */
export interface KeystrokeSample {
  phrase: string;
  round: number;
  /** The query after the key (trimmed); '' for the clearing key. */
  query: string;
  clearing: boolean;
  /** Keydown → painted list, milliseconds. */
  ms: number;
  /**
   * The page never painted this query, only a later one (it was still
   * busy when the next key came); `ms` runs to that later paint.
   */
  superseded: boolean;
}

export interface PhraseRun {
  samples: KeystrokeSample[];
  /** Keys that left the trimmed query as it was (a space, say). */
  unchanged: number;
  /** Exercises listed for the whole phrase. */
  listed: number;
}

/**
 * Pairs each key that changed the box's value with the first painted
 * list for its query, or, if the page skipped that query, for a later
 * one of the same phrase.
 */
export function pairKeystrokes(
  keys: readonly KeyRecord[],
  painted: readonly LibraryMark[],
  phrase: string,
  round: number,
  startingQuery: string,
): { samples: KeystrokeSample[]; unchanged: number } {
  const typed = keys.filter((key) => key.value !== null);
  const samples: KeystrokeSample[] = [];
  let unchanged = 0;
  let previous = startingQuery;
  typed.forEach((key, index) => {
    const query = (key.value ?? '').trim();
    if (query === previous) {
      unchanged += 1;
      return;
    }
    previous = query;
    const later = new Set(
      typed.slice(index).map((next) => (next.value ?? '').trim()),
    );
    const own = painted.find((m) => m.at >= key.at && m.query === query);
    const caughtUp = painted.find(
      (m) => m.at >= key.at && m.query !== null && later.has(m.query),
    );
    const mark = own ?? caughtUp;
    if (!mark) {
      throw new Error(
        `no "${paintedMark}" mark for ${JSON.stringify(query)} ` +
          `or any later query of ${JSON.stringify(phrase)}`,
      );
    }
    samples.push({
      phrase,
      round,
      query,
      clearing: query === '',
      ms: mark.at - key.at,
      superseded: own === undefined,
    });
  });
  return { samples, unchanged };
}

async function pressOnSchedule(page: Page, keys: readonly string[]) {
  const started = performance.now();
  for (const [index, key] of keys.entries()) {
    const due = started + index * keyIntervalMs;
    await sleep(Math.max(0, due - performance.now()));
    await page.keyboard.press(key);
  }
}

const paintedFor = (query: string) => (mark: LibraryMark) =>
  mark.query === query;

/** Types `phrase` into the (empty, focused) search box, then clears it. */
export async function typePhrase(
  page: Page,
  phrase: string,
  round: number,
): Promise<PhraseRun> {
  const since = await pageNow(page);
  const keys = Array.from(phrase, (char) => (char === ' ' ? 'Space' : char));
  await pressOnSchedule(page, keys);
  const whole = await step(`results for "${phrase}"`, 20_000, async () =>
    waitForMark(page, paintedMark, since, paintedFor(phrase.trim()), 19_000),
  );
  await sleep(300);
  const clearing = await pageNow(page);
  await pressOnSchedule(page, ['ControlOrMeta+A', 'Backspace']);
  await step(`clearing "${phrase}"`, 20_000, async () =>
    waitForMark(page, paintedMark, clearing, paintedFor(''), 19_000),
  );
  // A pause between phrases, as a clinician reads the list.
  await sleep(500);

  const [pressed, painted] = await Promise.all([
    keysSince(page, since),
    marksSince(page, paintedMark, since),
  ]);
  const paired = pairKeystrokes(pressed, painted, phrase, round, '');
  return { ...paired, listed: whole.count ?? 0 };
}

export interface KeystrokeFigures {
  rounds: number;
  keyIntervalMs: number;
  /** Every key that changed the query, the clearing ones included. */
  all: LatencySummary;
  /** The first round alone. */
  firstRound: LatencySummary;
  perPhrase: { phrase: string; listed: number; latencyMs: LatencySummary }[];
  clearing: LatencySummary;
  /** Keys whose list was painted within one 60 Hz frame. */
  withinFrame: { met: number; of: number };
  superseded: number;
  unchanged: number;
  slowest: { query: string; ms: number }[];
}

/** One 60 Hz frame, in milliseconds. */
export const frameMs = 1000 / 60;

/**
 * Types every phrase `rounds` times into the library's search box. The
 * page must show the library with its search index built.
 */
export async function measureKeystrokes(
  page: Page,
  rounds: number,
): Promise<KeystrokeFigures> {
  const box = searchBox(page);
  await step('focus the search box', 10_000, async () => {
    await box.click();
    if ((await box.inputValue()) !== '') {
      throw new Error('the search box is not empty before typing');
    }
  });
  const runs: PhraseRun[][] = [];
  for (let round = 1; round <= rounds; round += 1) {
    const phrases: PhraseRun[] = [];
    for (const phrase of typedPhrases) {
      phrases.push(await typePhrase(page, phrase, round));
    }
    runs.push(phrases);
    console.log(`search typed, round ${round} of ${rounds}`);
  }
  return summarizeKeystrokes(runs, rounds);
}

function summarizeKeystrokes(
  runs: PhraseRun[][],
  rounds: number,
): KeystrokeFigures {
  const samples = runs.flat().flatMap((run) => run.samples);
  const ms = (of: readonly KeystrokeSample[]) => of.map((sample) => sample.ms);
  return {
    rounds,
    keyIntervalMs,
    all: summarize(ms(samples)),
    firstRound: summarize(ms(samples.filter((sample) => sample.round === 1))),
    perPhrase: typedPhrases.map((phrase, index) => ({
      phrase,
      listed: runs[0]?.[index]?.listed ?? 0,
      latencyMs: summarize(
        ms(samples.filter((s) => s.phrase === phrase && !s.clearing)),
      ),
    })),
    clearing: summarize(ms(samples.filter((sample) => sample.clearing))),
    withinFrame: {
      met: samples.filter((sample) => sample.ms <= frameMs).length,
      of: samples.length,
    },
    superseded: samples.filter((sample) => sample.superseded).length,
    unchanged: runs.flat().reduce((sum, run) => sum + run.unchanged, 0),
    slowest: [...samples]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map(({ query, ms }) => ({ query, ms })),
  };
}
