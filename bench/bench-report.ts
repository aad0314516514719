import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  machineFacts,
  measuredCommit,
  uncommittedUnder,
  type MachineFacts,
} from './bench-run';
import type { BenchServer } from './bench-server';
import type { GeneratedLibrary } from './generate-library';
import type { LoadFigures } from './load-run';

/** p95 of the whole mix, in milliseconds, that the search must stay under. */
export const targetP95Ms = 25;

export type RunName =
  | 'mix'
  | 'text'
  | 'filters'
  | 'both'
  | 'serviceTime'
  | 'shoulder'
  | 'typo'
  | 'threeFilters';

export interface BenchReport {
  ranAt: string;
  machine: MachineFacts;
  /** The code measured: commit, and files under server/ not committed. */
  source: { commit: string; uncommittedServerFiles: string[] };
  server: BenchServer['placement'];
  seed: number;
  library: GeneratedLibrary & { generationMs: number };
  runs: Record<RunName, LoadFigures>;
  target: { p95Ms: number; measuredP95Ms: number; met: boolean };
}

export function buildReport(
  parts: Omit<BenchReport, 'ranAt' | 'machine' | 'source' | 'target'>,
  loadAverageBefore: number,
): BenchReport {
  const measured = parts.runs.mix.latencyMs.p95;
  return {
    ranAt: new Date().toISOString(),
    machine: machineFacts(loadAverageBefore),
    source: {
      commit: measuredCommit(),
      uncommittedServerFiles: uncommittedUnder(['server']),
    },
    ...parts,
    target: {
      p95Ms: targetP95Ms,
      measuredP95Ms: measured,
      met: measured < targetP95Ms,
    },
  };
}

const columns = ['requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'];

function row(label: string, figures: LoadFigures): string {
  const cells = [
    figures.requests,
    figures.requestsPerSecond.toFixed(1),
    figures.latencyMs.p50.toFixed(1),
    figures.latencyMs.p95.toFixed(1),
    figures.latencyMs.p99.toFixed(1),
    figures.latencyMs.max.toFixed(1),
    figures.non2xx,
    figures.errors + figures.timeouts,
  ].map((cell) => String(cell).padStart(9));
  return `${label.padEnd(22)}${cells.join('')}`;
}

/** The block printed at the end of a run. */
export function formatReport(report: BenchReport): string {
  const { library, machine, runs, source, target } = report;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const header = [...columns, 'non-2xx', 'errors']
    .map((c) => c.padStart(9))
    .join('');
  const label = (name: string, figures: LoadFigures) =>
    `${name} (${figures.connections}c, ${figures.durationSeconds} s)`;
  const dirty = source.uncommittedServerFiles.length;
  return [
    '',
    '=== Motus library search bench ===',
    `machine   ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, load average ${machine.loadAverage.before} before (${machine.loadAverage.after} after, the bench's own load included)`,
    `source    ${source.commit}${dirty ? ` + ${dirty} uncommitted file(s) under server/` : ''}`,
    `library   ${library.exercises} generated exercises (seed ${report.seed}) in ${seconds(library.generationMs)}: insert ${seconds(library.insertMs)}, vacuum analyze ${seconds(library.analyzeMs)}`,
    `          ${library.instructions} instructions, ${library.contraindications} contraindications, ${library.tags} tags`,
    `server    ${report.server}; GET /v1/exercises as specialist@northside.test`,
    '',
    `${''.padEnd(22)}${header}`,
    row(label('mix', runs.mix), runs.mix),
    row(label('text', runs.text), runs.text),
    row(label('filters', runs.filters), runs.filters),
    row(label('both', runs.both), runs.both),
    row(label('mix, no queue', runs.serviceTime), runs.serviceTime),
    row(label('q=shoulder', runs.shoulder), runs.shoulder),
    row(label('q=shoudler', runs.typo), runs.typo),
    row(label('3 filters', runs.threeFilters), runs.threeFilters),
    '',
    `target    p95 < ${target.p95Ms} ms on the mix: ${target.met ? 'MET' : 'NOT MET'} (measured ${target.measuredP95Ms.toFixed(1)} ms)`,
    // Little's law: with every connection always waiting on a response,
    // mean latency is connections / throughput, however fast one query.
    `queueing  ${runs.mix.connections} connections / ${runs.mix.requestsPerSecond.toFixed(1)} req/s = ${((1000 * runs.mix.connections) / runs.mix.requestsPerSecond).toFixed(0)} ms mean latency; a ${target.p95Ms} ms p95 needs over ${Math.round((1000 * runs.mix.connections) / target.p95Ms)} req/s`,
    ...(machine.loadAverage.before > 1
      ? [
          `warning   load average ${machine.loadAverage.before} before the run: other work shared the CPUs, so these figures are pessimistic`,
        ]
      : []),
    '',
  ].join('\n');
}

export async function writeReport(report: BenchReport): Promise<string> {
  const dir = path.join(import.meta.dirname, 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'library-search.json');
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
