import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchServer } from './bench-server';
import type { GeneratedLibrary } from './generate-library';
import type { LoadFigures } from './load-run';

/** p95 of the whole mix, in milliseconds, that the search must stay under. */
export const targetP95Ms = 25;

export interface BenchReport {
  ranAt: string;
  machine: { cpus: number; cpuModel: string; node: string };
  server: BenchServer['placement'];
  seed: number;
  library: GeneratedLibrary & { generationMs: number };
  runs: Record<'mix' | 'text' | 'filters' | 'both', LoadFigures>;
  target: { p95Ms: number; measuredP95Ms: number; met: boolean };
}

export function buildReport(
  parts: Omit<BenchReport, 'ranAt' | 'machine' | 'target'>,
): BenchReport {
  const measured = parts.runs.mix.latencyMs.p95;
  return {
    ranAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
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
  return `${label.padEnd(16)}${cells.join('')}`;
}

/** The block printed at the end of a run. */
export function formatReport(report: BenchReport): string {
  const { library, runs, target } = report;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const header = [...columns, 'non-2xx', 'errors']
    .map((c) => c.padStart(9))
    .join('');
  const verdict = target.met ? 'MET' : 'NOT MET';
  return [
    '',
    '=== Motus library search bench ===',
    `machine   ${report.machine.cpus} CPUs (${report.machine.cpuModel}), Node ${report.machine.node}`,
    `library   ${library.exercises} generated exercises (seed ${report.seed}) in ${seconds(library.generationMs)}: insert ${seconds(library.insertMs)}, vacuum analyze ${seconds(library.analyzeMs)}`,
    `          ${library.instructions} instructions, ${library.contraindications} contraindications, ${library.tags} tags`,
    `server    ${report.server}; ${runs.mix.connections} connections; GET /v1/exercises as specialist@northside.test`,
    '',
    `${''.padEnd(16)}${header}`,
    row(`mix (${Math.round(runs.mix.durationSeconds)} s)`, runs.mix),
    row(`text (${Math.round(runs.text.durationSeconds)} s)`, runs.text),
    row(
      `filters (${Math.round(runs.filters.durationSeconds)} s)`,
      runs.filters,
    ),
    row(`both (${Math.round(runs.both.durationSeconds)} s)`, runs.both),
    '',
    `target    p95 < ${target.p95Ms} ms on the mix: ${verdict} (measured ${target.measuredP95Ms.toFixed(1)} ms)`,
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
