import { createServer } from 'node:net';
import fc from 'fast-check';
import { inject, afterAll, describe, expect, it } from 'vitest';
import { toWire } from '../../src-renderer/replica/replica-documents';
import { createTestDatabase, type TestDatabase } from '../support/cluster';
import { pullUntilEmpty, type Document } from '../support/sync-calls';
import { startTestServer, type TestServer } from '../support/test-server';
import { openWorkstation, type Workstation } from './sync-workstation';
import {
  notesIn,
  operationArbitrary,
  perform,
  TypedNotes,
  type Operation,
} from './workstation-operations';

// Reproduce a run with MOTUS_CONVERGENCE_SEED=<seed printed on failure>.
const seed = Number(process.env.MOTUS_CONVERGENCE_SEED ?? 20_261_203);
const operationCount = Number(process.env.MOTUS_CONVERGENCE_OPERATIONS ?? 1200);
const accounts = [
  ['superadmin', 'superadmin@motus.test'],
  ['northside-admin', 'admin@northside.test'],
  ['northside-specialist', 'specialist@northside.test'],
  ['lakeview-admin', 'admin@lakeview.test'],
] as const;

let database: TestDatabase;
let server: TestServer;
let stations: Workstation[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(async () => {
  await Promise.all(stations.map((station) => station.close()));
  await server.close();
  await database.drop();
});

/** The server's view for one workstation's user, soft deletes included. */
async function serverView(
  station: Workstation,
): Promise<Map<string, Document>> {
  return (await pullUntilEmpty(server, station.accessToken(), 'exercises'))
    .documents;
}

async function replicaView(
  station: Workstation,
): Promise<Map<string, Document>> {
  const documents = await station.exercises();
  return new Map(
    documents.map((document) => [
      document.id,
      { ...toWire({ ...document }), deleted: false } as Document,
    ]),
  );
}

/** Waits until every replica equals the server's view of its user. */
async function settle(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await Promise.all(stations.map((station) => station.sync.inSync()));
    const differences: string[] = [];
    for (const station of stations) {
      const [expected, actual] = [
        await serverView(station),
        await replicaView(station),
      ];
      try {
        expect(Object.fromEntries(actual)).toEqual(
          Object.fromEntries(expected),
        );
      } catch (error) {
        differences.push(`${station.name}: ${String(error).slice(0, 2000)}`);
      }
    }
    if (differences.length === 0) return;
    if (Date.now() > deadline) throw new Error(differences.join('\n'));
    for (const station of stations) station.sync.resync();
    await sleep(250);
  }
}

describe('sync convergence', () => {
  it(`workstations that go offline, edit at random and meet a server restart all end equal to the server, losing nothing acknowledged (seed ${seed})`, async () => {
    database = await createTestDatabase(inject('clusterUrl'));
    const port = await freePort();
    server = await startTestServer({ sharedDatabase: database, port });
    stations = await Promise.all(
      accounts.map(([name, email]) => openWorkstation(server.url, name, email)),
    );
    await Promise.all(stations.map((station) => station.sync.initialSync()));

    // A note counts as acknowledged once the server accepted a push of
    // its exercise that carried it (a clone copies notes: other id).
    const acknowledged = new Set<string>();
    for (const station of stations) {
      station.sync.replications.exercises.sent$.subscribe((document) => {
        for (const note of notesIn(document.description)) {
          acknowledged.add(`${document.id}:${note}`);
        }
      });
    }

    const arbitrary = fc.array(operationArbitrary(stations.length), {
      minLength: operationCount,
      maxLength: operationCount,
    });
    const [plan = []] = fc.sample(arbitrary, { seed, numRuns: 1 });
    const restartAt = new Set([
      Math.floor(operationCount / 3),
      Math.floor((operationCount * 2) / 3),
    ]);
    const notes = new TypedNotes();
    const tally = new Map<string, number>();

    for (const [index, operation] of plan.entries()) {
      tally.set(operation.kind, (tally.get(operation.kind) ?? 0) + 1);
      if (restartAt.has(index)) await restartServer(port);
      await run(operation, notes, port);
    }

    for (const station of stations) station.goOnline();
    await settle(60_000);

    // Nothing typed disappears: every note reached the server, or was
    // set aside for review at the workstation that typed it.
    const views = await Promise.all(stations.map(serverView));
    for (const [note, { who, exerciseId }] of notes.typed) {
      const station = stations[who];
      if (!station) continue;
      const onServer = notesIn(views[who]?.get(exerciseId)?.description);
      if (acknowledged.has(`${exerciseId}:${note}`)) {
        expect(onServer, `acknowledged ${note}`).toContain(note);
        continue;
      }
      const setAside = await station.replica.collections.sync_conflicts
        .find()
        .exec();
      const kept = setAside.some((conflict) =>
        JSON.stringify(conflict.toJSON()).includes(note),
      );
      expect(onServer.includes(note) || kept, `typed ${note}`).toBe(true);
    }
    expect(plan.length).toBeGreaterThanOrEqual(1000);
    expect(notes.typed.size).toBeGreaterThan(50);
    expect(acknowledged.size).toBeGreaterThan(0);
  }, 300_000);
});

async function restartServer(port: number): Promise<void> {
  await server.close();
  await sleep(200);
  server = await startTestServer({ sharedDatabase: database, port });
}

async function run(
  operation: Operation,
  notes: TypedNotes,
  port: number,
): Promise<void> {
  if (operation.kind === 'pause') {
    await sleep(operation.ms);
    return;
  }
  if (operation.kind === 'restart-server') {
    await restartServer(port);
    return;
  }
  const station = stations[operation.who];
  if (station) await perform(station, operation, notes);
}
