import {
  machineFacts,
  measuredCommit,
  uncommittedUnder,
  writeBenchResults,
  type MachineFacts,
} from './bench-run';
import { formatSummary, summarize, type LatencySummary } from './latency-stats';
import type { ColdStartRun } from './ui-cold-start';
import { frameMs, type KeystrokeFigures } from './ui-keystrokes';

/** The targets of issue 5, in milliseconds. */
export const uiTargets = {
  /** Median (a)+(c): relaunch to an interactive library. */
  coldStartMs: 1500,
  /** p95 keydown → painted list: within one 60 Hz frame. */
  keystrokeP95Ms: frameMs,
};

export interface UiBenchFigures {
  quick: boolean;
  seed: number;
  email: string;
  chromium: string;
  library: {
    /** Listed by the library page (soft-deleted ones left out). */
    listedExercises: number;
    /** In the replica, soft-deleted ones included. */
    visibleExercises: number;
    generated: number;
    seconds: number;
  };
  /** JavaScript in out/renderer/assets, bytes. */
  rendererScriptBytes: number;
  /** Fresh profile: "Sign in" clicked → Online, whole library listed. */
  firstSignIn: { syncedMs: number; listed: number };
  coldStarts: ColdStartRun[];
  /** One PBKDF2 derivation in the page: the local password check. */
  pbkdf2: { iterations: number; ms: number };
  /** Milliseconds waited after Unlock for the search index. */
  indexWaitMs: number;
  keystrokes: KeystrokeFigures;
}

export interface UiBenchReport extends UiBenchFigures {
  ranAt: string;
  machine: MachineFacts;
  source: { commit: string; uncommitted: string[] };
  coldStart: Record<Exclude<keyof ColdStartRun, 'listed'>, LatencySummary>;
  verdicts: Record<keyof typeof uiTargets, boolean>;
}

function summarizeColdStarts(runs: readonly ColdStartRun[]) {
  const of = (pick: (run: ColdStartRun) => number | null) =>
    summarize(runs.flatMap((run) => pick(run) ?? []));
  return {
    lockScreenMs: of((run) => run.lockScreenMs),
    scriptLoadedMs: of((run) => run.scriptLoadedMs),
    unlockToResultsMs: of((run) => run.unlockToResultsMs),
    unlockToPaintedMs: of((run) => run.unlockToPaintedMs),
    coldStartMs: of((run) => run.coldStartMs),
    unlockToFirstRowMs: of((run) => run.unlockToFirstRowMs),
  };
}

export function buildUiReport(
  figures: UiBenchFigures,
  loadAverageBefore: number,
): UiBenchReport {
  const coldStart = summarizeColdStarts(figures.coldStarts);
  return {
    ranAt: new Date().toISOString(),
    machine: machineFacts(loadAverageBefore),
    source: {
      commit: measuredCommit(),
      uncommitted: uncommittedUnder(['src-renderer', 'server']),
    },
    ...figures,
    coldStart,
    verdicts: {
      coldStartMs: coldStart.coldStartMs.p50 < uiTargets.coldStartMs,
      keystrokeP95Ms: figures.keystrokes.all.p95 <= uiTargets.keystrokeP95Ms,
    },
  };
}

const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');
const ms = (value: number) => `${value.toFixed(0)} ms`;
const row = (label: string, summary: LatencySummary) =>
  `  ${label.padEnd(32)} median ${ms(summary.p50).padStart(7)}, p95 ${ms(summary.p95).padStart(7)}, max ${ms(summary.max).padStart(7)}`;

function coldStartLines(report: UiBenchReport): string[] {
  const { coldStart, coldStarts, pbkdf2 } = report;
  return [
    `cold start: Chromium relaunched on the same profile (session and replica kept in IndexedDB), ${coldStarts.length} runs`,
    ...coldStarts.map(
      (run, index) =>
        `  run ${index + 1}  (a) ${ms(run.lockScreenMs)} (script run by ${ms(run.scriptLoadedMs)})  (b) ${ms(run.unlockToResultsMs)}  (c) ${ms(run.unlockToPaintedMs)}  (a)+(c) ${ms(run.coldStartMs)}  first row in the DOM ${run.unlockToFirstRowMs === null ? '-' : ms(run.unlockToFirstRowMs)}  (${run.listed} exercises listed)`,
    ),
    row('(a) navigation → lock screen', coldStart.lockScreenMs),
    row('    of which script fetched, run', coldStart.scriptLoadedMs),
    row('(b) Unlock → result list', coldStart.unlockToResultsMs),
    row('(c) Unlock → list painted', coldStart.unlockToPaintedMs),
    row('(a)+(c) cold start', coldStart.coldStartMs),
    `  (a)+(c) is relaunch to an interactive library, less the time a person takes to type the password`,
    `  PBKDF2-SHA-256 × ${pbkdf2.iterations.toLocaleString('en')} once in the page: ${ms(pbkdf2.ms)}, ${((pbkdf2.ms / coldStart.unlockToResultsMs.p50) * 100).toFixed(0)}% of the median (b)`,
    `  target median (a)+(c) < ${uiTargets.coldStartMs} ms: ${verdict(report.verdicts.coldStartMs)}`,
  ];
}

function keystrokeLines(report: UiBenchReport): string[] {
  const { keystrokes } = report;
  return [
    `search as you type in the library page: ${keystrokes.perPhrase.length} phrases typed ${keystrokes.rounds} time(s), a key every ${keystrokes.keyIntervalMs} ms, from ${(report.indexWaitMs / 1000).toFixed(0)} s after Unlock; keydown → painted list`,
    `  every keystroke  ${formatSummary(keystrokes.all)}`,
    `  first round      ${formatSummary(keystrokes.firstRound)}`,
    ...keystrokes.perPhrase.map(
      (phrase) =>
        `  ${JSON.stringify(phrase.phrase).padEnd(34)} ${formatSummary(phrase.latencyMs)}; ${phrase.listed} listed`,
    ),
    `  ${'clearing (select all, Backspace)'.padEnd(34)} ${formatSummary(keystrokes.clearing)}`,
    `  within one frame (≤ ${frameMs.toFixed(1)} ms): ${keystrokes.withinFrame.met} of ${keystrokes.withinFrame.of} keystrokes; ${keystrokes.superseded} never painted on their own (a later key's list came first); ${keystrokes.unchanged} left the query unchanged (not counted)`,
    `  slowest keystrokes ${keystrokes.slowest.map((key) => `${JSON.stringify(key.query)} ${key.ms.toFixed(1)} ms`).join(', ')}`,
    `  target p95 ≤ ${frameMs.toFixed(1)} ms: ${verdict(report.verdicts.keystrokeP95Ms)}`,
  ];
}

/** The block printed at the end of a run (and kept as Markdown). */
export function formatUiReport(report: UiBenchReport): string {
  const { library, machine } = report;
  return [
    `=== Motus UI bench${report.quick ? ' (--quick)' : ''} ===`,
    `machine   ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, Chromium ${report.chromium} (headless, 1280×800), load average ${machine.loadAverage.before} before (${machine.loadAverage.after} after, the bench's own load included)`,
    ...(machine.loadAverage.before > 1
      ? [
          `warning   load average ${machine.loadAverage.before} before the run: other work shared the CPUs, so these figures are pessimistic`,
        ]
      : []),
    `source    ${report.source.commit}${report.source.uncommitted.length ? ` + ${report.source.uncommitted.length} uncommitted path(s) under src-renderer/ and server/` : ''}; the renderer built in out/renderer (${(report.rendererScriptBytes / 1e6).toFixed(2)} MB of JavaScript)`,
    `library   ${library.listedExercises} exercises listed for ${report.email}, ${library.visibleExercises} in the replica with the soft-deleted (${library.generated} generated, seed ${report.seed}, in ${library.seconds.toFixed(1)} s)`,
    `first sign-in on a fresh profile: Online with ${report.firstSignIn.listed} exercises listed ${(report.firstSignIn.syncedMs / 1000).toFixed(1)} s after "Sign in"`,
    '',
    ...coldStartLines(report),
    '',
    ...keystrokeLines(report),
    '',
  ].join('\n');
}

/** Writes ui.json and ui.md to bench/results/; returns their paths. */
export function writeUiReport(report: UiBenchReport): Promise<string[]> {
  return writeBenchResults(
    'ui',
    `UI bench, ${report.ranAt}`,
    report,
    formatUiReport(report),
  );
}
