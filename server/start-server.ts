import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from './app';
import { drainConnectionsOnClose } from './connection-drain';
import type { ServerConfig } from './config';
import { openDatabase, withOwner, type Database } from './db/database';
import { withinTransaction } from './db/transaction';
import { loggerOptions } from './logger';
import { demoAccounts, demoPassword } from './seed/demo-accounts';
import { seedDemoData } from './seed/demo-data';
import { seedGlobalTaxonomy } from './seed/global-taxonomy';
import { loadSigningKey } from './signing-key';

export const version = '0.1.0';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  /** The address it listens on, e.g. http://127.0.0.1:8787. */
  url: string;
  /** Stops taking requests, finishes those in flight, then the database. */
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the database, seeds what the configuration asks
 * for, and listens. The embedded database is seeded with the demo clinics
 * unless told otherwise; an external one only when asked.
 */
export async function startServer(
  config: ServerConfig,
  logDestination?: NodeJS.WritableStream,
): Promise<RunningServer> {
  const log = pino(
    loggerOptions(config.logLevel, logDestination) as pino.LoggerOptions,
  );
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    appDatabaseUrl: config.appDatabaseUrl,
    dataDir: config.dataDir,
    log,
  });

  try {
    const signingKey = await withOwner(database.ownerUrl, async (owner) => {
      await seedGlobalTaxonomy(owner);
      if (config.demoData) {
        const seeded = await withinTransaction(owner, seedDemoData);
        if (seeded.accountsCreated) {
          log.info(
            {
              accounts: demoAccounts.map((account) => account.email),
              // Public by design (README); not under a redacted key.
              demoPassword,
            },
            `demo accounts created, each with the password ${demoPassword}`,
          );
        }
      }
      return loadSigningKey(owner);
    });

    const app = await buildApp({
      pool: database.pool,
      appConnection: database.appConnection,
      syncHeartbeatMs: config.syncHeartbeatMs,
      signingKey,
      version,
      logLevel: config.logLevel,
      logDestination,
      rendererDir: config.rendererDir,
      mediaDir: config.mediaDir,
    });
    const url = await app.listen({ port: config.port, host: config.host });
    const connections = drainConnectionsOnClose(app.server, 10_000);
    return {
      app,
      database,
      url,
      close: async () => {
        const stopped = connections.stopping();
        await app.close();
        stopped();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
