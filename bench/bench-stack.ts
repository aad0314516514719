import pg from 'pg';
import pino from 'pino';
import { demoPassword } from '../server/seed/demo-accounts';
import { createBenchDatabase, type BenchDatabase } from './bench-database';
import { onTeardown } from './bench-run';
import { startBenchServer, type BenchServer } from './bench-server';
import { signIn } from './verify-responses';

/** What the browser benches run against: nothing shared with dev data. */
export interface BenchStack {
  database: BenchDatabase;
  server: BenchServer;
  /** The schema owner's connection, for generating exercises. */
  owner: pg.Client;
  /** `email`'s access token. */
  token: string;
}

/**
 * A fresh embedded PostgreSQL with the demo data, the server on it in a
 * child process, and `email` signed in. Each part is undone at teardown
 * (`onTeardown`), also when a later step fails.
 */
export async function startBenchStack(email: string): Promise<BenchStack> {
  console.log('starting a fresh embedded PostgreSQL…');
  const database = await createBenchDatabase(pino({ level: 'warn' }));
  onTeardown(() => database.destroy());
  const server = await startBenchServer(database, 'child-process', 'warn');
  onTeardown(() => server.stop());
  console.log(`server (child process) listening at ${server.url}`);

  const owner = new pg.Client({
    connectionString: database.ownerUrl,
    options: '-c search_path=motus,public',
  });
  await owner.connect();
  onTeardown(() => owner.end());
  const token = await signIn(server.url, email, demoPassword);
  return { database, server, owner, token };
}
