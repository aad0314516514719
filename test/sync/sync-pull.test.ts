import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ExerciseDocument,
  syncCollectionNames,
} from '../../shared/schemas/sync';
import { clinicSlugs } from '../support/demo-staff';
import {
  emptyReplica,
  pullPage,
  pullUntilEmpty,
  push,
} from '../support/sync-calls';
import { startTestServer, type TestServer } from '../support/test-server';

let api: TestServer;
let specialist: string;
let lakeview: string;
let superadmin: string;
let owner: pg.Client;

/** What a clinic's staff may see, counted past row-level security. */
async function visibleToClinic(slug: string): Promise<number> {
  const { rows } = await owner.query<{ count: string }>(
    `SELECT count(*) FROM exercises e
     WHERE (e.organization_id IS NULL AND e.status <> 'draft')
       OR e.organization_id = (SELECT id FROM organizations WHERE slug = $1)`,
    [slug],
  );
  return Number(rows[0]?.count);
}

beforeAll(async () => {
  api = await startTestServer();
  specialist = await api.signIn('specialist@northside.test');
  lakeview = await api.signIn('admin@lakeview.test');
  superadmin = await api.signIn('superadmin@motus.test');
  owner = new pg.Client({
    connectionString: api.database.ownerUrl,
    options: '-c search_path=motus',
  });
  await owner.connect();
});

afterAll(async () => {
  await owner.end();
  await api.close();
});

describe('pulling exercises', () => {
  it('pages through everything a Northside specialist may see, every page full while more remain', async () => {
    const replica = await pullUntilEmpty(
      api,
      specialist,
      'exercises',
      emptyReplica(),
      50,
    );

    expect(replica.documents.size).toBe(
      await visibleToClinic(clinicSlugs.northside),
    );
    const pages = replica.pageSizes;
    expect(pages.slice(0, -1).every((size) => size === 50)).toBe(true);
    expect(pages.at(-1)).toBeGreaterThan(0);
    expect(pages.at(-1)).toBeLessThanOrEqual(50);
  });

  it('says how many changes remain after each page, for the progress bar', async () => {
    const total = await visibleToClinic(clinicSlugs.northside);
    const first = await pullPage(api, specialist, 'exercises', undefined, 40);
    expect(first.documents).toHaveLength(40);
    expect(first.remaining).toBe(total - 40);
  });

  it('sends documents in the replica form, with no server-only fields', async () => {
    const page = await pullPage(api, specialist, 'exercises', undefined, 20);
    const fields = Object.keys(ExerciseDocument.properties).sort();
    for (const document of page.documents) {
      expect(Object.keys(document).sort()).toEqual(fields);
      expect(document.deleted).toBe(false);
    }
    expect(JSON.stringify(page)).not.toMatch(
      /search_vector|tag_ids|created_by/,
    );
  });

  it('hands out a change once, after the checkpoint it was made behind', async () => {
    const replica = await pullUntilEmpty(api, specialist, 'exercises');
    const settled = await pullPage(
      api,
      specialist,
      'exercises',
      replica.checkpoint,
    );
    expect(settled.documents).toHaveLength(0);
    expect(settled.checkpoint).toEqual(replica.checkpoint);

    const created = await api.call('POST', '/v1/exercises', {
      token: specialist,
      body: { name: 'Towel Scrunches', difficulty: 'beginner' },
    });
    const next = await pullUntilEmpty(api, specialist, 'exercises', {
      documents: new Map(),
      checkpoint: replica.checkpoint,
      pageSizes: [],
    });
    expect([...next.documents.keys()]).toEqual([created.body.id]);
    const after = await pullPage(api, specialist, 'exercises', next.checkpoint);
    expect(after.documents).toHaveLength(0);
  });

  it('never sends one clinic a change made in another', async () => {
    const lakeviewReplica = await pullUntilEmpty(api, lakeview, 'exercises');
    const created = await api.call('POST', '/v1/exercises', {
      token: specialist,
      body: { name: 'Northside Heel Raise', difficulty: 'beginner' },
    });
    expect(created.status).toBe(201);

    const checkpoint = lakeviewReplica.checkpoint;
    await pullUntilEmpty(api, lakeview, 'exercises', lakeviewReplica);
    expect(lakeviewReplica.checkpoint).toEqual(checkpoint);
    expect(lakeviewReplica.documents.has(created.body.id)).toBe(false);
  });

  it('gives the superadmin the platform library only', async () => {
    const replica = await pullUntilEmpty(api, superadmin, 'exercises');
    const organizations = new Set(
      [...replica.documents.values()].map((d) => d.organization_id),
    );
    expect([...organizations]).toEqual([null]);
  });
});

describe('pulling taxonomy', () => {
  it('gives clinic staff the platform terms and their own clinic terms', async () => {
    const category = await api.call('POST', '/v1/exercise-categories', {
      token: await api.signIn('admin@lakeview.test'),
      body: { name: 'Lakeview Hydrotherapy' },
    });
    expect(category.status).toBe(201);

    for (const collection of syncCollectionNames.slice(1)) {
      const northside = await pullUntilEmpty(api, specialist, collection);
      expect(northside.documents.size).toBeGreaterThan(0);
      expect(northside.documents.has(category.body.id)).toBe(false);
    }
    const lakeviewTerms = await pullUntilEmpty(
      api,
      lakeview,
      'exercise-categories',
    );
    expect(lakeviewTerms.documents.get(category.body.id)?.name).toBe(
      'Lakeview Hydrotherapy',
    );
  });
});

describe('refusing bad pulls', () => {
  it.each([
    ['not JSON', 'checkpoint=%7Bnope', 'sync-checkpoint-invalid'],
    [
      'a checkpoint of the wrong shape',
      `checkpoint=${encodeURIComponent('{"sequence":1}')}`,
      'sync-checkpoint-invalid',
    ],
    ['a limit of zero', 'limit=0', 'validation-failed'],
    ['a limit past 1000', 'limit=5000', 'validation-failed'],
  ])('refuses %s with 400', async (_name, query, code) => {
    const response = await api.call('GET', `/v1/sync/exercises/pull?${query}`, {
      token: specialist,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe(code);
  });

  it('refuses a collection that does not exist', async () => {
    const response = await api.call('GET', '/v1/sync/patients/pull', {
      token: specialist,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation-failed');
  });

  it('refuses a push that is not a list of rows', async () => {
    const response = await api.call('POST', '/v1/sync/exercises/push', {
      token: specialist,
      body: { newDocumentState: {} },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation-failed');
    await expect(push(api, specialist, 'exercises', [])).rejects.toThrow(/400/);
  });
});
