import { mkdtemp, rm, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres';
import { ensureLoginRole } from '../../server/db/roles';
import { migrate } from '../../server/db/migrate';
import { seedDemoData } from '../../server/seed/demo-data';
import { seedGlobalTaxonomy } from '../../server/seed/global-taxonomy';
import { testRoles, templateDatabase } from './cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test cluster, without a database name. */
    clusterUrl: string;
  }
}

/**
 * One embedded PostgreSQL for the whole run, with a migrated and seeded
 * template database; each test file clones it (see `cluster.ts`).
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'motus-test-'));
  // PostgreSQL runs as its own OS user and must reach the directory.
  await chmod(dataDir, 0o755);
  const log = pino({ level: 'warn' });
  const cluster = await startEmbeddedPostgres(dataDir, log);

  const superuser = new pg.Client(cluster.superuserUrl('postgres'));
  await superuser.connect();
  await ensureLoginRole(superuser, 'motus_owner', testRoles.ownerPassword);
  await ensureLoginRole(superuser, 'motus_app', testRoles.appPassword);
  await superuser.query(
    `CREATE DATABASE ${templateDatabase} OWNER motus_owner`,
  );
  await superuser.end();

  const ownerUrl = cluster
    .superuserUrl(templateDatabase)
    .replace(
      /\/\/postgres:[^@]*@/,
      `//motus_owner:${testRoles.ownerPassword}@`,
    );
  await migrate(ownerUrl, log);
  const owner = new pg.Client({
    connectionString: ownerUrl,
    options: '-c search_path=motus,public',
  });
  await owner.connect();
  await seedGlobalTaxonomy(owner);
  await seedDemoData(owner);
  await owner.end();

  project.provide('clusterUrl', cluster.superuserUrl('postgres'));

  return async () => {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
