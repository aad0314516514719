import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullPage, pullUntilEmpty, type Replica } from '../support/sync-calls';
import { startTestServer, type TestServer } from '../support/test-server';

let api: TestServer;
let admin: string;
let replica: Replica;
const exerciseIds: string[] = [];

/** A writer that holds its transaction open until told to commit. */
async function slowWriter(): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: api.database.ownerUrl,
    options: '-c search_path=motus',
  });
  await client.connect();
  await client.query('BEGIN');
  return client;
}

async function rename(id: string, name: string): Promise<void> {
  const response = await api.call('PATCH', `/v1/exercises/${id}`, {
    token: admin,
    body: { name },
  });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  api = await startTestServer();
  admin = await api.signIn('admin@northside.test');
  for (const name of ['Race One', 'Race Two', 'Race Three']) {
    const created = await api.call('POST', '/v1/exercises', {
      token: admin,
      body: { name, difficulty: 'beginner' },
    });
    exerciseIds.push(created.body.id);
  }
  replica = await pullUntilEmpty(api, admin, 'exercises');
});

afterAll(async () => {
  await api.close();
});

describe('a pull racing a slow write transaction', () => {
  it('does not move past a write that started first and commits last', async () => {
    const [slowId = '', fastId = ''] = exerciseIds;
    const writer = await slowWriter();
    await writer.query(`UPDATE exercises SET name = 'Slow' WHERE id = $1`, [
      slowId,
    ]);
    await rename(fastId, 'Fast');

    // The fast write committed, but its change waits behind the open one.
    const during = await pullPage(api, admin, 'exercises', replica.checkpoint);
    expect(during.documents).toEqual([]);

    await writer.query('COMMIT');
    await writer.end();
    await pullUntilEmpty(api, admin, 'exercises', replica);
    expect(replica.documents.get(slowId)?.name).toBe('Slow');
    expect(replica.documents.get(fastId)?.name).toBe('Fast');
  });

  it('does not skip a write that started last and commits last', async () => {
    const [, fastId = '', slowId = ''] = exerciseIds;
    await rename(fastId, 'Fast again');
    const writer = await slowWriter();
    await writer.query(
      `UPDATE exercises SET name = 'Slow again' WHERE id = $1`,
      [slowId],
    );

    await pullUntilEmpty(api, admin, 'exercises', replica);
    expect(replica.documents.get(fastId)?.name).toBe('Fast again');

    await writer.query('COMMIT');
    await writer.end();
    await pullUntilEmpty(api, admin, 'exercises', replica);
    expect(replica.documents.get(slowId)?.name).toBe('Slow again');
  });

  it('converges while pulls and many interleaved writers run at once', async () => {
    const writers = Array.from({ length: 12 }, async (_, round) => {
      const writer = await slowWriter();
      const id = exerciseIds[round % exerciseIds.length] ?? '';
      await writer.query(
        `UPDATE exercises SET description = $2 WHERE id = $1`,
        [id, `round ${round}`],
      );
      await new Promise((resolve) => setTimeout(resolve, 20 * (round % 4)));
      await writer.query('COMMIT');
      await writer.end();
    });
    const pulls = Array.from({ length: 12 }, () =>
      pullUntilEmpty(api, admin, 'exercises', replica),
    );
    await Promise.all([...writers, ...pulls]);
    await pullUntilEmpty(api, admin, 'exercises', replica);

    const server = await api.call('GET', '/v1/exercises?q=race&limit=10', {
      token: admin,
    });
    for (const exercise of server.body.exercises) {
      expect(replica.documents.get(exercise.id)?.description).toBe(
        exercise.description,
      );
    }
  });
});
