import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The machine a bench ran on, for reading its figures fairly. */
export interface MachineFacts {
  cpus: number;
  cpuModel: string;
  node: string;
  /**
   * 1-minute load average before the run (other work skews the figures)
   * and after it (which includes the bench's own processes).
   */
  loadAverage: { before: number; after: number };
}

const round = (value: number) => Math.round(value * 100) / 100;

export function machineFacts(loadAverageBefore: number): MachineFacts {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadAverage: {
      before: round(loadAverageBefore),
      after: round(os.loadavg()[0] ?? 0),
    },
  };
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, {
      cwd: path.join(import.meta.dirname, '..'),
      encoding: 'utf8',
    }).trim();
  } catch {
    return '';
  }
}

/** The commit measured, short. */
export function measuredCommit(): string {
  return git(['rev-parse', '--short', 'HEAD']) || 'unknown';
}

/** Files under `folders` that differ from that commit. */
export function uncommittedUnder(folders: string[]): string[] {
  return git(['status', '--porcelain', '--', ...folders])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

// Cleanup runs in reverse order of setup, once, also on Ctrl-C.
const teardown: (() => Promise<void>)[] = [];
process.once('SIGINT', () => {
  void cleanUp().finally(() => process.exit(130));
});

/** Undoes `step` when the bench ends or is interrupted. */
export function onTeardown(step: () => Promise<void>): void {
  teardown.push(step);
}

export async function cleanUp(): Promise<void> {
  for (const step of teardown.splice(0).reverse()) {
    await step().catch((error: unknown) => {
      console.error('cleanup step failed:', error);
    });
  }
}

/**
 * Writes `<name>.json` (the figures) and `<name>.md` (`text`, as printed)
 * to bench/results/; returns their paths.
 */
export async function writeBenchResults(
  name: string,
  heading: string,
  report: unknown,
  text: string,
): Promise<string[]> {
  const dir = path.join(import.meta.dirname, 'results');
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, `${name}.json`);
  const markdown = path.join(dir, `${name}.md`);
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdown, `# ${heading}\n\n\`\`\`text\n${text}\`\`\`\n`);
  return [json, markdown];
}
