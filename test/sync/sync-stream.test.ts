import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStream } from '../support/sync-calls';
import { startTestServer, type TestServer } from '../support/test-server';

let api: TestServer;
let second: TestServer;
let admin: string;
let lakeview: string;

const exercisesChanged = (data: string) =>
  (JSON.parse(data) as { collection: string }).collection === 'exercises';

async function createExercise(server: TestServer, name: string) {
  const response = await server.call('POST', '/v1/exercises', {
    token: admin,
    body: { name, difficulty: 'beginner' },
  });
  expect(response.status).toBe(201);
  return response.body as { id: string };
}

beforeAll(async () => {
  api = await startTestServer({ syncHeartbeatMs: 100 });
  second = await startTestServer({ sharedDatabase: api.database });
  admin = await api.signIn('admin@northside.test');
  lakeview = await api.signIn('admin@lakeview.test');
});

afterAll(async () => {
  await second.close();
  await api.close();
});

describe('the live change stream', () => {
  it('needs a token', async () => {
    const response = await api.call('GET', '/v1/sync/stream');
    expect(response.status).toBe(401);
  });

  it('says it is ready, then which collection changed after each commit', async () => {
    const stream = await openStream(api, admin);
    expect(stream.status).toBe(200);
    await stream.waitFor('ready');

    await createExercise(api, 'Stream Squat');
    await stream.waitFor('change', exercisesChanged);
    stream.close();
  });

  it('says nothing of a change until its transaction commits', async () => {
    const stream = await openStream(api, admin);
    await stream.waitFor('ready');
    const writer = new pg.Client({
      connectionString: api.database.ownerUrl,
      options: '-c search_path=motus',
    });
    await writer.connect();
    await writer.query('BEGIN');
    await writer.query(
      `UPDATE exercises SET description = 'uncommitted'
       WHERE organization_id IS NULL AND slug = 'bird-dog'`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stream.events.filter((e) => e.event === 'change')).toEqual([]);

    await writer.query('COMMIT');
    await writer.end();
    await stream.waitFor('change', exercisesChanged);
    stream.close();
  });

  it('keeps an idle stream open with heartbeats', async () => {
    const stream = await openStream(api, admin);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(stream.comments.length).toBeGreaterThanOrEqual(2);
    stream.close();
  });

  it('tells another clinic nothing of a clinic change', async () => {
    const stream = await openStream(api, lakeview);
    await stream.waitFor('ready');
    await createExercise(api, 'Private Lunge');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stream.events.filter((e) => e.event === 'change')).toEqual([]);
    stream.close();
  });

  it('reaches a stream held by another server instance', async () => {
    const stream = await openStream(second, admin);
    await stream.waitFor('ready');
    await createExercise(api, 'Instance Hop');
    await stream.waitFor('change', exercisesChanged);
    stream.close();
  });

  it('ends open streams when the server shuts down, without waiting for them', async () => {
    const third = await startTestServer({ sharedDatabase: api.database });
    const stream = await openStream(third, admin);
    await stream.waitFor('ready');
    // A stream that held the server open would time this test out.
    await third.close();
    stream.close();
  });
});
