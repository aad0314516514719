// `npm run bench:search`: load-tests GET /v1/exercises on a generated
// library of 10,000 exercises. Starts its own embedded PostgreSQL in a
// temp dir, runs the server in a child process, drives it with autocannon
// and prints (and writes to bench/results/) p50/p95/p99 and throughput.
//
//   --in-process  run the server in this process, beside autocannon
//   --explain     print EXPLAIN ANALYZE of one request per group at the end
//   --quick       short runs, to check the bench itself
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import pg from 'pg';
import pino from 'pino';
import { withinTransaction } from '../server/db/transaction';
import {
  importLibrary,
  readLibraryUpload,
} from '../server/library-transfer/library-transfer';
import { demoPassword } from '../server/seed/demo-accounts';
import { createBenchDatabase } from './bench-database';
import { buildReport, formatReport, writeReport } from './bench-report';
import { startBenchServer } from './bench-server';
import { explainListQueries, sessionIdOf } from './explain-search';
import { generateLibrary } from './generate-library';
import { runLoad } from './load-run';
import {
  buildRequestMix,
  requestGroups,
  type RequestGroup,
} from './request-mix';
import { signIn, verifyRequests } from './verify-responses';
import { cleanUp, onTeardown } from './bench-run';

const seed = 20_240_611;
const exerciseCount = 10_000;
const connections = 32;
const specialist = 'specialist@northside.test';

const flags = new Set(process.argv.slice(2));
const quick = flags.has('--quick');
const seconds = {
  warmUp: quick ? 1 : 3,
  mix: quick ? 3 : 20,
  group: quick ? 2 : 8,
  serviceTime: quick ? 2 : 6,
};

async function main(): Promise<void> {
  const loadAverageBefore = os.loadavg()[0] ?? 0;
  const log = pino({ level: 'warn' });
  console.log('starting a fresh embedded PostgreSQL…');
  const database = await createBenchDatabase(log);
  onTeardown(() => database.destroy());

  const placement = flags.has('--in-process') ? 'in-process' : 'child-process';
  const server = await startBenchServer(database, placement, 'warn');
  onTeardown(() => server.stop());
  console.log(`server (${placement}) listening at ${server.url}`);

  const owner = new pg.Client({
    connectionString: database.ownerUrl,
    options: '-c search_path=motus,public',
  });
  await owner.connect();
  onTeardown(() => owner.end());

  const started = performance.now();
  const library = await generateLibrary(owner, exerciseCount, seed);
  const generationMs = performance.now() - started;
  console.log(
    `generated ${library.exercises} exercises in ` +
      `${(generationMs / 1000).toFixed(1)} s`,
    library.perLibrary,
  );

  // The real exercise data set too: free-exercise-db into Northside, as a
  // clinic admin would import it (drafts the specialist also sees).
  const fixture = await readFile(
    new URL(
      '../test/fixtures/free-exercise-db/exercises.json',
      import.meta.url,
    ),
    'utf8',
  );
  const northside = await owner.query<{ id: string }>(
    "SELECT id FROM organizations WHERE slug = 'northside-physio'",
  );
  const upload = readLibraryUpload('free-exercise-db', fixture);
  const imported = await withinTransaction(owner, () =>
    importLibrary(
      owner,
      { organizationId: northside.rows[0]?.id ?? null, createdBy: null },
      upload.exercises,
      upload.status,
    ),
  );
  await owner.query('VACUUM ANALYZE motus.exercises');
  console.log(`imported free-exercise-db into Northside:`, imported);

  const mix = await buildRequestMix(owner);
  const accessToken = await signIn(server.url, specialist, demoPassword);
  const verified = await verifyRequests(server.url, accessToken, mix);
  console.log(`verified ${verified.length} requests (all 200, none empty):`);
  for (const request of verified) {
    console.log(
      `  ${request.group.padEnd(8)} ${String(request.total).padStart(5)}` +
        `  ${request.path.replace('/v1/exercises?', '')}  → ${request.firstName}`,
    );
  }

  const load = (
    title: string,
    paths: string[],
    duration: number,
    connectionCount = connections,
  ) =>
    runLoad({
      title,
      url: server.url,
      accessToken,
      paths,
      connections: connectionCount,
      durationSeconds: duration,
    }).then((figures) => {
      console.log(
        `${title}: ${figures.requests} requests, p95 ` +
          `${figures.latencyMs.p95} ms`,
      );
      return figures;
    });
  const allPaths = mix.map((request) => request.path);
  await load('warm-up', allPaths, seconds.warmUp);
  const mixFigures = await load('mix', allPaths, seconds.mix);
  const pathsOf = (group: RequestGroup) =>
    mix.filter((r) => r.group === group).map((r) => r.path);
  const text = await load('text', pathsOf('text'), seconds.group);
  const filters = await load('filters', pathsOf('filters'), seconds.group);
  const both = await load('both', pathsOf('both'), seconds.group);
  // One connection never queues: its latency is the service time, which
  // bounds what 32 connections can reach (latency ≈ connections / req/s).
  const serviceTime = await load(
    'service time',
    allPaths,
    seconds.serviceTime,
    1,
  );

  // The three queries issue 3 asks about, each alone at 32 connections.
  const knee = await owner.query<{ id: string }>(
    "SELECT id FROM exercise_body_regions WHERE slug = 'knee' AND organization_id IS NULL",
  );
  const band = await owner.query<{ id: string }>(
    "SELECT id FROM exercise_equipment WHERE slug = 'resistance-band' AND organization_id IS NULL",
  );
  const shoulder = await load(
    'q=shoulder',
    ['/v1/exercises?q=shoulder'],
    seconds.group,
  );
  const typo = await load(
    'q=shoudler',
    ['/v1/exercises?q=shoudler'],
    seconds.group,
  );
  const threeFilters = await load(
    '3 filters',
    [
      `/v1/exercises?body_region_id=${knee.rows[0]?.id ?? ''}` +
        `&equipment_id=${band.rows[0]?.id ?? ''}&difficulty=beginner`,
    ],
    seconds.group,
  );

  const report = buildReport(
    {
      server: placement,
      seed,
      library: { ...library, generationMs },
      runs: {
        mix: mixFigures,
        text,
        filters,
        both,
        serviceTime,
        shoulder,
        typo,
        threeFilters,
      },
    },
    loadAverageBefore,
  );
  console.log(formatReport(report));
  console.log(`written to ${await writeReport(report)}`);

  if (flags.has('--explain')) {
    const shapes = requestGroups.map((group) => pathsOf(group)[0] ?? '/');
    const explained = await explainListQueries(
      database.appUrl,
      sessionIdOf(accessToken),
      shapes,
    );
    for (const { path, plans } of explained) {
      console.log(`\n--- EXPLAIN ANALYZE ${path}\n${plans.join('\n\n')}`);
    }
  }
}

try {
  await main();
} catch (error) {
  console.error('bench failed:', error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
