import {
  machineFacts,
  measuredCommit,
  uncommittedUnder,
  writeBenchResults,
  type MachineFacts,
} from './bench-run';
import { formatSummary, median } from './latency-stats';
import type { InitialSyncRun } from './sync-initial';
import type { ReplayRun } from './sync-replay';
import type { PropagationFigures } from './sync-propagation';
import type { SearchFigures } from './sync-search';

/** The targets of issue 4, each in the unit of its figure. */
export const syncTargets = {
  initialSyncSeconds: 5,
  propagationP95Ms: 150,
  keystrokeP95Ms: 10,
};

export interface SyncBenchFigures {
  quick: boolean;
  seed: number;
  email: string;
  chromium: string;
  library: { visibleExercises: number; generated: number; seconds: number };
  harnessBuildMs: number;
  initialSync: {
    pullBatchSize: number | 'default';
    runs: InitialSyncRun[];
    /** The same full pull from Node, without a replica: milliseconds. */
    serverPull: { limit200Ms: number; limit1000Ms: number };
    /** The browser's share: the same pages replayed without the server. */
    clientAlone: ReplayRun;
  };
  propagation: PropagationFigures[];
  search: SearchFigures;
}

export interface SyncBenchReport extends SyncBenchFigures {
  ranAt: string;
  machine: MachineFacts;
  /** The code measured: the commit and the replica files not committed. */
  source: { commit: string; uncommitted: string[] };
  verdicts: Record<keyof typeof syncTargets, boolean>;
}

export function buildSyncReport(
  figures: SyncBenchFigures,
  loadAverageBefore: number,
): SyncBenchReport {
  const seconds = median(figures.initialSync.runs.map((run) => run.syncMs));
  const browser = figures.propagation[0]?.latencyMs.p95 ?? Infinity;
  return {
    ranAt: new Date().toISOString(),
    machine: machineFacts(loadAverageBefore),
    source: {
      commit: measuredCommit(),
      uncommitted: uncommittedUnder(['src-renderer', 'server']),
    },
    ...figures,
    verdicts: {
      initialSyncSeconds: seconds / 1000 < syncTargets.initialSyncSeconds,
      propagationP95Ms: browser < syncTargets.propagationP95Ms,
      keystrokeP95Ms: figures.search.all.p95 < syncTargets.keystrokeP95Ms,
    },
  };
}

const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');

/** The block printed at the end of a run (and kept as Markdown). */
export function formatSyncReport(report: SyncBenchReport): string {
  const { initialSync, library, machine, search, verdicts } = report;
  const runs = initialSync.runs;
  const medianMs = median(runs.map((run) => run.syncMs));
  const medianRate = median(runs.map((run) => run.exercisesPerSecond));
  return [
    `=== Motus sync bench${report.quick ? ' (--quick)' : ''} ===`,
    `machine   ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, Chromium ${report.chromium}, load average ${machine.loadAverage.before} before (${machine.loadAverage.after} after, the bench's own load included)`,
    ...(machine.loadAverage.before > 1
      ? [
          `warning   load average ${machine.loadAverage.before} before the run: other work shared the CPUs, so these figures are pessimistic`,
        ]
      : []),
    `source    ${report.source.commit}${report.source.uncommitted.length ? ` + ${report.source.uncommitted.length} uncommitted path(s) under src-renderer/ and server/` : ''}`,
    `library   ${library.visibleExercises} exercises seen by ${report.email} (${library.generated} generated, seed ${report.seed}, in ${library.seconds.toFixed(1)} s)`,
    '',
    `initial sync into Dexie, headless Chromium, fresh profile each, pull batch ${initialSync.pullBatchSize}`,
    ...runs.map(
      (run, index) =>
        `  run ${index + 1}   ${(run.syncMs / 1000).toFixed(2)} s  ${run.exercisesPerSecond.toFixed(0)} exercises/s  (${run.exercises} exercises; ${run.exercisePulls} exercise pulls waited ${(run.exercisePullWaitMs / 1000).toFixed(2)} s; opening IndexedDB ${run.openMs.toFixed(0)} ms)`,
    ),
    `  server alone: the same full pull from Node takes ${(initialSync.serverPull.limit200Ms / 1000).toFixed(2)} s at 200 per request, ${(initialSync.serverPull.limit1000Ms / 1000).toFixed(2)} s at 1000`,
    `  browser alone: the same pages answered by Playwright, no server work: ${(initialSync.clientAlone.syncMs / 1000).toFixed(2)} s, ${(initialSync.clientAlone.exercises / (initialSync.clientAlone.syncMs / 1000)).toFixed(0)} exercises/s (${(initialSync.clientAlone.exerciseBytes / 1e6).toFixed(1)} MB of exercise JSON)`,
    `  median  ${(medianMs / 1000).toFixed(2)} s  ${medianRate.toFixed(0)} exercises/s   target < ${syncTargets.initialSyncSeconds} s: ${verdict(verdicts.initialSyncSeconds)}`,
    '',
    'change propagation, A (Node, memory replica) edits → B has it, sequential',
    ...report.propagation.map(
      (figures) =>
        `  B ${figures.observer.padEnd(17)} ${formatSummary(figures.latencyMs)}; mean ${figures.latencyMs.mean.toFixed(1)} ms (clock offset ${figures.clockOffsetMs.toFixed(2)} ms)\n` +
        `    slowest ${figures.slowestMs.map((ms) => ms.toFixed(0)).join(', ')} ms; B pulled ${figures.pulls.pulls} times, ${figures.pulls.heldBack} held back by an open transaction`,
    ),
    `  target p95 < ${syncTargets.propagationP95Ms} ms (Chromium): ${verdict(verdicts.propagationP95Ms)}`,
    '',
    `search as you type in Chromium: ${search.indexedExercises} exercises indexed in ${search.buildMs.toFixed(0)} ms (reading them from IndexedDB alone: ${search.fullReadMs.toFixed(0)} ms), queries typed ${search.rounds} times`,
    `  every keystroke  ${formatSummary(search.all)}`,
    `  first round      ${formatSummary(search.cold)}`,
    ...search.perQuery.map(
      (query) =>
        `  ${JSON.stringify(query.query).padEnd(29)} ${formatSummary(query.latencyMs)}; ${query.hits} hits, first: ${query.firstHit ?? '-'}`,
    ),
    `  slowest keystrokes ${search.slowest.map((key) => `${JSON.stringify(key.typed)} ${key.ms.toFixed(1)} ms`).join(', ')}`,
    `  target p95 < ${syncTargets.keystrokeP95Ms} ms: ${verdict(verdicts.keystrokeP95Ms)}`,
    '',
  ].join('\n');
}

/** Writes sync.json and sync.md to bench/results/; returns their paths. */
export function writeSyncReport(report: SyncBenchReport): Promise<string[]> {
  return writeBenchResults(
    'sync',
    `Sync bench, ${report.ranAt}`,
    report,
    formatSyncReport(report),
  );
}
