import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { startEmbeddedPostgres } from '../server/db/embedded-postgres';
import { appRole, ensureLoginRole } from '../server/db/roles';

/** A throw-away cluster holding one Motus database, for one bench run. */
export interface BenchDatabase {
  /** The schema owner: migrations, seeding, generation. */
  ownerUrl: string;
  /** The runtime role the server's pool uses, subject to RLS. */
  appUrl: string;
  /** Stops the cluster and removes its directory. */
  destroy(): Promise<void>;
}

const databaseName = 'motus_bench';

function withRole(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  return parsed.toString();
}

/**
 * Starts a fresh embedded PostgreSQL under the OS temp directory (never
 * the dev cluster) and creates the owner and runtime roles and an empty
 * database; the server migrates it on start.
 */
export async function createBenchDatabase(log: Logger): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'motus-bench-'));
  // As root PostgreSQL runs as its own OS user, which must reach the dir.
  await chmod(dataDir, 0o755);
  const removeDir = () => rm(dataDir, { recursive: true, force: true });

  const cluster = await startEmbeddedPostgres(dataDir, log).catch(
    async (error: unknown) => {
      await removeDir();
      throw error;
    },
  );
  const destroy = async () => {
    try {
      await cluster.stop();
    } finally {
      await removeDir();
    }
  };

  try {
    const passwords = {
      owner: randomBytes(18).toString('base64url'),
      app: randomBytes(18).toString('base64url'),
    };
    const superuser = new pg.Client(cluster.superuserUrl('postgres'));
    await superuser.connect();
    try {
      await ensureLoginRole(superuser, 'motus_owner', passwords.owner);
      await ensureLoginRole(superuser, appRole, passwords.app);
      await superuser.query(
        `CREATE DATABASE ${databaseName} OWNER motus_owner`,
      );
    } finally {
      await superuser.end();
    }
    const base = cluster.superuserUrl(databaseName);
    return {
      ownerUrl: withRole(base, 'motus_owner', passwords.owner),
      appUrl: withRole(base, appRole, passwords.app),
      destroy,
    };
  } catch (error) {
    await destroy();
    throw error;
  }
}
