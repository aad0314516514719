import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import {
  startEmbeddedPostgres,
  type EmbeddedCluster,
} from './embedded-postgres';
import { migrate } from './migrate';
import {
  appRole,
  assertSubjectToRowLevelSecurity,
  ensureAppRoleReachable,
  ensureLoginRole,
} from './roles';

const searchPath = '-c search_path=motus,public';

/** The server's connections, opened and migrated. */
export interface Database {
  /** Runs as `motus_app`: every query is subject to row-level security. */
  pool: pg.Pool;
  /** How the pool connects, for a connection of its own (LISTEN). */
  appConnection: pg.ClientConfig;
  /** The schema owner, for migrations and seeding; see `withOwner`. */
  ownerUrl: string;
  /** True when the database is the embedded cluster. */
  embedded: boolean;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl: string | undefined;
  appDatabaseUrl?: string | undefined;
  dataDir: string;
  log: Logger;
  poolSize?: number;
}

interface EmbeddedRoles {
  ownerPassword: string;
  appPassword: string;
}

async function loadEmbeddedRoles(dataDir: string): Promise<EmbeddedRoles> {
  const file = path.join(dataDir, 'motus-roles.json');
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, 'utf8')) as EmbeddedRoles;
  }
  const roles = {
    ownerPassword: randomBytes(24).toString('base64url'),
    appPassword: randomBytes(24).toString('base64url'),
  };
  await writeFile(file, JSON.stringify(roles), { mode: 0o600 });
  return roles;
}

function urlFor(base: string, user: string, password: string): string {
  const url = new URL(base);
  url.username = encodeURIComponent(user);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** Creates the owner and runtime roles and the `motus` database. */
async function prepareEmbedded(
  cluster: EmbeddedCluster,
  roles: EmbeddedRoles,
): Promise<{ ownerUrl: string; appUrl: string }> {
  const superuser = new pg.Client(cluster.superuserUrl('postgres'));
  await superuser.connect();
  try {
    await ensureLoginRole(superuser, 'motus_owner', roles.ownerPassword);
    await ensureLoginRole(superuser, appRole, roles.appPassword);
    const { rowCount } = await superuser.query(
      "SELECT 1 FROM pg_database WHERE datname = 'motus'",
    );
    if (rowCount === 0) {
      await superuser.query('CREATE DATABASE motus OWNER motus_owner');
    }
  } finally {
    await superuser.end();
  }
  const base = cluster.superuserUrl('motus');
  return {
    ownerUrl: urlFor(base, 'motus_owner', roles.ownerPassword),
    appUrl: urlFor(base, appRole, roles.appPassword),
  };
}

/**
 * Opens the database: the embedded cluster under `dataDir` when no URL is
 * given, else the external server, whose URL names the schema owner.
 * Migrations run as the owner; the returned pool runs as `motus_app`.
 */
export async function openDatabase(
  options: OpenDatabaseOptions,
): Promise<Database> {
  const { log } = options;
  let cluster: EmbeddedCluster | undefined;
  let ownerUrl: string;
  let poolConfig: pg.PoolConfig;

  if (options.databaseUrl === undefined) {
    cluster = await startEmbeddedPostgres(options.dataDir, log);
    const roles = await loadEmbeddedRoles(options.dataDir);
    const urls = await prepareEmbedded(cluster, roles);
    ownerUrl = urls.ownerUrl;
    poolConfig = { connectionString: urls.appUrl, options: searchPath };
  } else {
    ownerUrl = options.databaseUrl;
    // With a login role of its own the operator has set roles up;
    // otherwise the owner must be able to switch to motus_app.
    if (!options.appDatabaseUrl) {
      const owner = new pg.Client(ownerUrl);
      await owner.connect();
      try {
        await ensureAppRoleReachable(owner);
      } finally {
        await owner.end();
      }
    }
    // The role is a connection default, so even RESET ROLE stays on it.
    poolConfig = options.appDatabaseUrl
      ? { connectionString: options.appDatabaseUrl, options: searchPath }
      : {
          connectionString: ownerUrl,
          options: `-c role=${appRole} ${searchPath}`,
        };
  }

  try {
    await migrate(ownerUrl, log);
    const pool = new pg.Pool({ ...poolConfig, max: options.poolSize ?? 16 });
    pool.on('error', (error) => {
      log.error({ err: error }, 'idle database connection failed');
    });
    await assertSubjectToRowLevelSecurity(pool);
    return {
      pool,
      appConnection: poolConfig,
      ownerUrl,
      embedded: cluster !== undefined,
      close: async () => {
        await pool.end();
        await cluster?.stop();
      },
    };
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
}

/** Runs `work` on a short-lived owner connection (seeding, secrets). */
export async function withOwner<T>(
  ownerUrl: string,
  work: (owner: pg.Client) => Promise<T>,
): Promise<T> {
  const owner = new pg.Client({
    connectionString: ownerUrl,
    options: searchPath,
  });
  await owner.connect();
  try {
    return await work(owner);
  } finally {
    await owner.end();
  }
}
