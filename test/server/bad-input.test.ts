import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let admin: string;
let exerciseId: string;
let fingerprint: () => Promise<string>;

/** A digest of every library table, to prove a refused request wrote nothing. */
async function libraryFingerprint(ownerUrl: string): Promise<string> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ digest: string }>(
      `SELECT md5(string_agg(t, '|' ORDER BY t)) AS digest FROM (
         SELECT 'e' || e::text AS t FROM motus.exercises e
         UNION ALL SELECT 'i' || i::text FROM motus.exercise_instructions i
         UNION ALL SELECT 'c' || c::text FROM motus.exercise_contraindications c
         UNION ALL SELECT 't' || g::text FROM motus.exercise_tags g
         UNION ALL SELECT 'k' || k::text FROM motus.exercise_categories k
         UNION ALL SELECT 'q' || q::text FROM motus.exercise_equipment q
       ) rows`,
    );
    return rows[0]!.digest;
  } finally {
    await owner.end();
  }
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin@northside.test');
  const created = await server.call('POST', '/v1/exercises', {
    token: admin,
    body: { name: 'Input Check Drill', difficulty: 'beginner' },
  });
  exerciseId = created.body.id as string;
  fingerprint = () => libraryFingerprint(server.database.ownerUrl);
});

afterAll(async () => {
  await server.close();
});

let before: string;
beforeEach(async () => {
  before = await fingerprint();
});

async function expectRefused(
  response: { status: number; body: any },
  status: number,
  code: string,
): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.body.error.code).toBe(code);
  expect(typeof response.body.error.message).toBe('string');
  expect(await fingerprint()).toBe(before);
}

describe('a request the server refuses changes nothing', () => {
  it.each([
    ['a number where text belongs', { name: 42, difficulty: 'beginner' }],
    [
      'text where a number belongs',
      { name: 'X', difficulty: 'beginner', estimated_duration_seconds: '60' },
    ],
    ['an unknown field', { name: 'X', difficulty: 'beginner', sets: 3 }],
    ['an unknown difficulty', { name: 'X', difficulty: 'expert' }],
    ['an empty name', { name: '', difficulty: 'beginner' }],
    [
      'a malformed slug',
      { name: 'X', slug: 'Not A Slug!', difficulty: 'beginner' },
    ],
    [
      'an instruction of unknown type',
      {
        name: 'X',
        difficulty: 'beginner',
        instructions: [{ type: 'tip', text: 'Hi' }],
      },
    ],
    [
      'a term id that is not a uuid',
      { name: 'X', difficulty: 'beginner', category_ids: ['1'] },
    ],
    ['a null body', null],
    ['an array body', [{ name: 'X', difficulty: 'beginner' }]],
  ])('refuses %s with 400', async (_what, body) => {
    await expectRefused(
      await server.call('POST', '/v1/exercises', { token: admin, body }),
      400,
      'validation-failed',
    );
  });

  it('refuses a PATCH with nothing in it', async () => {
    await expectRefused(
      await server.call('PATCH', `/v1/exercises/${exerciseId}`, {
        token: admin,
        body: {},
      }),
      400,
      'validation-failed',
    );
  });

  it('refuses malformed JSON', async () => {
    await expectRefused(
      await server.call('POST', '/v1/exercises', {
        token: admin,
        rawBody: '{"name": "X", "difficulty": ',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'validation-failed',
    );
  });

  it('refuses a body that is not JSON', async () => {
    await expectRefused(
      await server.call('POST', '/v1/exercises', {
        token: admin,
        rawBody: 'name=X',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      415,
      'unsupported-media-type',
    );
  });

  it('refuses a huge body with 413', async () => {
    const body = {
      name: 'X',
      difficulty: 'beginner',
      description: 'a'.repeat(600 * 1024),
    };
    await expectRefused(
      await server.call('POST', '/v1/exercises', { token: admin, body }),
      413,
      'payload-too-large',
    );
  });

  it('refuses too many instructions', async () => {
    const instructions = Array.from({ length: 61 }, () => ({
      type: 'step',
      text: 'Again.',
    }));
    await expectRefused(
      await server.call('POST', '/v1/exercises', {
        token: admin,
        body: { name: 'X', difficulty: 'beginner', instructions },
      }),
      400,
      'validation-failed',
    );
  });

  it.each([
    'not-a-uuid',
    '1',
    "1' OR '1'='1",
    '00000000-0000-0000-0000-00000000000g',
  ])('answers a malformed id (%s) with 400 invalid-id', async (id) => {
    for (const [method, path] of [
      ['GET', `/v1/exercises/${encodeURIComponent(id)}`],
      ['DELETE', `/v1/exercises/${encodeURIComponent(id)}`],
      ['POST', `/v1/exercises/${encodeURIComponent(id)}/clone`],
    ] as const) {
      await expectRefused(
        await server.call(method, path, { token: admin }),
        400,
        'invalid-id',
      );
    }
  });

  it('answers an unknown but well-formed id with 404', async () => {
    await expectRefused(
      await server.call(
        'GET',
        '/v1/exercises/3f1b6c2e-8a4d-4f0e-9b7a-2c5d8e1f0a3b',
        { token: admin },
      ),
      404,
      'exercise-not-found',
    );
  });

  it.each([
    'colour=blue',
    'difficulty=expert',
    'scope=everyone',
    'has_video=maybe',
    'sort=random',
    `q=${'a'.repeat(201)}`,
  ])('refuses the query %s with 400', async (query) => {
    await expectRefused(
      await server.call('GET', `/v1/exercises?${query}`, { token: admin }),
      400,
      'validation-failed',
    );
  });

  it('answers an unknown route with 404 route-not-found', async () => {
    await expectRefused(
      await server.call('GET', '/v1/nothing-here', { token: admin }),
      404,
      'route-not-found',
    );
  });
});

describe('text that looks dangerous is stored as text', () => {
  it.each([
    ['SQL', "Robert'); DROP TABLE exercises;--"],
    ['unicode', 'Étirement du trapèze — 肩 ストレッチ 🧘'],
    ['markup', '<script>alert(1)</script>'],
  ])('keeps %s exactly as typed', async (_what, text) => {
    const created = await server.call('POST', '/v1/exercises', {
      token: admin,
      body: {
        name: text,
        difficulty: 'beginner',
        instructions: [{ type: 'step', text }],
        contraindications: [
          { condition: text, severity: 'warning', note: text },
        ],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe(text);
    expect(created.body.instructions[0].text).toBe(text);
    expect(created.body.contraindications[0].condition).toBe(text);
    expect(created.body.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
