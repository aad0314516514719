import pg from 'pg';
import pino from 'pino';
import { createBenchDatabase } from './bench-database';
import { generateLibrary } from './generate-library';
import { startBenchServer } from './bench-server';
import { signIn } from './verify-responses';
import { sessionIdOf } from './explain-search';
import { writeFileSync } from 'node:fs';

const log = pino({ level: 'warn' });
const database = await createBenchDatabase(log);
const server = await startBenchServer(database, 'in-process', 'warn');
const owner = new pg.Client({ connectionString: database.ownerUrl, options: '-c search_path=motus,public' });
await owner.connect();
await generateLibrary(owner, 10000, 20240611);
const token = await signIn(server.url, 'specialist@northside.test', 'motus-demo');
writeFileSync('/tmp/bench-env.json', JSON.stringify({ url: server.url, appUrl: database.appUrl, ownerUrl: database.ownerUrl, sid: sessionIdOf(token), token }));
console.log('ready', server.url);
await new Promise(() => {});
