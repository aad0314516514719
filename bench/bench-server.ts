import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { readConfig } from '../server/config';
import { startServer } from '../server/start-server';
import type { BenchDatabase } from './bench-database';

export type ServerPlacement = 'child-process' | 'in-process';

export interface BenchServer {
  url: string;
  placement: ServerPlacement;
  stop(): Promise<void>;
}

const readyTimeoutMs = 120_000;
const stopTimeoutMs = 15_000;

function serverEnv(database: BenchDatabase, logLevel: string) {
  return {
    DATABASE_URL: database.ownerUrl,
    MOTUS_APP_DATABASE_URL: database.appUrl,
    MOTUS_DEMO_DATA: '1',
    LOG_LEVEL: logLevel,
  };
}

/**
 * Starts the Motus server on the bench database with the demo data, on a
 * free loopback port. By default in a child process (`node --import tsx
 * bench/server-entry.ts`), so that the load generator and the server do
 * not share one event loop; `in-process` is kept to compare the two.
 */
export async function startBenchServer(
  database: BenchDatabase,
  placement: ServerPlacement,
  logLevel: string,
): Promise<BenchServer> {
  const env = serverEnv(database, logLevel);
  if (placement === 'in-process') {
    const server = await startServer({
      ...readConfig(env),
      port: 0,
      host: '127.0.0.1',
    });
    return { url: server.url, placement, stop: () => server.close() };
  }

  // Node itself rather than `npx tsx`: no wrapper process stands between
  // the bench and the server it must stop.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'server-entry.ts')],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const url = await waitUntilReady(child);
  return { url, placement, stop: () => stopChild(child) };
}

function waitUntilReady(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the bench server did not start in time'));
    }, readyTimeoutMs);
    child.on('message', (message: { type?: string; url?: string }) => {
      clearTimeout(timer);
      if (message.type === 'ready' && message.url) resolve(message.url);
      else
        reject(
          new Error(`the bench server failed: ${JSON.stringify(message)}`),
        );
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench server exited early (code ${code})`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  child.send({ type: 'stop' });
  const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
  await exited;
  clearTimeout(timer);
}
