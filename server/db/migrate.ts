import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import type { Logger } from 'pino';

const migrationsDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'migrations',
);

/**
 * Applies pending migrations as the schema owner. An advisory lock makes
 * concurrent starts of several server instances wait for one another.
 */
export async function migrate(ownerUrl: string, log: Logger): Promise<void> {
  const applied = await runner({
    databaseUrl: ownerUrl,
    dir: migrationsDir,
    migrationsTable: 'pgmigrations',
    schema: 'motus',
    createSchema: true,
    direction: 'up',
    checkOrder: true,
    advisoryLockMode: 'wait',
    log: (message) => {
      log.debug({ migration: message }, 'migration');
    },
  });
  if (applied.length > 0) {
    log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  }
}
