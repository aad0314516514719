import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalExercises } from '../../shared/library/global';
import { startTestServer, type TestServer } from '../support/test-server';

const fixture = readFileSync(
  new URL('../fixtures/free-exercise-db/exercises.json', import.meta.url),
  'utf8',
);

let server: TestServer;
let northside: string;
let lakeview: string;

async function exportLibrary(
  token: string,
  query = 'format=json',
): Promise<string> {
  const response = await server.call('GET', `/v1/library/export?${query}`, {
    token,
  });
  expect(response.status).toBe(200);
  return typeof response.body === 'string'
    ? response.body
    : JSON.stringify(response.body);
}

async function importLibrary(
  token: string,
  body: string,
  query = 'format=json',
) {
  const csv = query.includes('format=csv');
  return server.call('POST', `/v1/library/import?${query}`, {
    token,
    rawBody: body,
    headers: { 'content-type': csv ? 'text/csv' : 'application/json' },
  });
}

const exercisesOf = (json: string) => JSON.parse(json).exercises as any[];

beforeAll(async () => {
  server = await startTestServer();
  northside = await server.signIn('admin@northside.test');
  lakeview = await server.signIn('admin@lakeview.test');
});

afterAll(async () => {
  await server.close();
});

describe('moving a clinic library', () => {
  it('carries every field, instruction, contraindication and tag across (JSON)', async () => {
    const northsideLibrary = await exportLibrary(northside);
    const result = await importLibrary(lakeview, northsideLibrary);
    expect(result.status).toBe(200);
    expect(result.body.added).toBe(exercisesOf(northsideLibrary).length);

    const lakeviewLibrary = exercisesOf(await exportLibrary(lakeview));
    for (const exercise of exercisesOf(northsideLibrary)) {
      expect(lakeviewLibrary).toContainEqual(exercise);
    }
  });

  it('reads back its own CSV unchanged, and a second import changes nothing', async () => {
    const csv = await exportLibrary(lakeview, 'format=csv');
    const again = await importLibrary(lakeview, csv, 'format=csv');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ added: 0, updated: 0 });
    expect(again.body.unchanged).toBeGreaterThan(0);
  });

  it('exports the platform library exactly as it is authored', async () => {
    const superadmin = await server.signIn('superadmin@motus.test');
    const exported = exercisesOf(
      await exportLibrary(superadmin, 'format=json&scope=global'),
    );
    const bySlug = new Map(exported.map((e) => [e.slug, e]));
    for (const authored of globalExercises) {
      const sorted = (slugs: readonly string[]) => [...slugs].sort();
      expect(bySlug.get(authored.slug)).toEqual({
        ...authored,
        categories: sorted(authored.categories),
        bodyRegions: sorted(authored.bodyRegions),
        equipment: sorted(authored.equipment),
        status: 'published',
      });
    }
  });

  it('is for admins: a specialist, or a clinic asking for the global library, is refused', async () => {
    const specialist = await server.signIn('specialist@northside.test');
    for (const [token, query] of [
      [specialist, 'format=json'],
      [northside, 'format=json&scope=global'],
    ] as const) {
      const exported = await server.call('GET', `/v1/library/export?${query}`, {
        token,
      });
      expect(exported.status).toBe(403);
      expect(exported.body.error.code).toBe('library-transfer-forbidden');
    }
  });
});

describe('a file that cannot be imported', () => {
  async function lakeviewCount(): Promise<number> {
    return exercisesOf(await exportLibrary(lakeview)).length;
  }

  it('names the line of a syntax error and writes nothing', async () => {
    const before = await lakeviewCount();
    const refused = await importLibrary(
      lakeview,
      '{\n  "format": "motus-library",\n  "version": 1,,\n}',
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('library-file-invalid');
    expect(refused.body.error.problems[0].line).toBe(3);
    expect(await lakeviewCount()).toBe(before);
  });

  it('lists every bad row and writes none of the good ones', async () => {
    const before = await lakeviewCount();
    const good = exercisesOf(await exportLibrary(northside))[0];
    const file = JSON.stringify({
      format: 'motus-library',
      version: 1,
      exercises: [
        { ...good, slug: 'fresh-one' },
        { ...good, slug: 'fresh-two', difficulty: 'heroic' },
        { ...good, slug: 'fresh-three', equipment: ['trampoline'] },
      ],
    });
    const refused = await importLibrary(lakeview, file);
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems.map((p: any) => p.row)).toEqual([2]);
    const unknownTerm = await importLibrary(
      lakeview,
      JSON.stringify({
        ...JSON.parse(file),
        exercises: [
          JSON.parse(file).exercises[0],
          JSON.parse(file).exercises[2],
        ],
      }),
    );
    expect(unknownTerm.status).toBe(400);
    expect(unknownTerm.body.error.problems).toEqual([
      { row: 2, message: 'unknown equipment trampoline' },
    ]);
    expect(await lakeviewCount()).toBe(before);
  });
});

describe('importing free-exercise-db', () => {
  it('brings all 873 exercises into the clinic as drafts, reports what it could not map, and can be repeated', async () => {
    const imported = await importLibrary(
      northside,
      fixture,
      'format=free-exercise-db',
    );

    expect(imported.status).toBe(200);
    expect(imported.body.added).toBe(873);
    expect(imported.body.report.length).toBeGreaterThan(0);
    expect(imported.body.report[0]).toMatchObject({
      row: expect.any(Number),
      unmapped: expect.any(Array),
    });

    const again = await importLibrary(
      northside,
      fixture,
      'format=free-exercise-db',
    );
    expect(again.body).toMatchObject({ added: 0, updated: 0, unchanged: 873 });

    for (const word of ['squat', 'band']) {
      const found = await server.call(
        'GET',
        `/v1/exercises?q=${word}&scope=org&status=draft&limit=100`,
        { token: northside },
      );
      expect(found.body.total).toBeGreaterThan(5);
      expect(found.body.exercises.every((e: any) => e.status === 'draft')).toBe(
        true,
      );
    }
  });
});
