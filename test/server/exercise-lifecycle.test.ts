import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let admin: string;
let specialist: string;
let lakeview: string;
let terms: { categoryId: string; regionId: string; equipmentId: string };

async function globalExercise(name: string): Promise<any> {
  const list = await server.call(
    'GET',
    `/v1/exercises?q=${encodeURIComponent(name)}`,
    {
      token: admin,
    },
  );
  const found = list.body.exercises.find((e: any) => e.name === name);
  if (!found) throw new Error(`no global exercise named ${name}`);
  return (
    await server.call('GET', `/v1/exercises/${found.id}`, { token: admin })
  ).body;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin@northside.test');
  specialist = await server.signIn('specialist@northside.test');
  lakeview = await server.signIn('admin@lakeview.test');
  const regions = await server.call('GET', '/v1/exercise-body-regions', {
    token: admin,
  });
  const equipment = await server.call('GET', '/v1/exercise-equipment', {
    token: admin,
  });
  const categories = await server.call('GET', '/v1/exercise-categories', {
    token: admin,
  });
  terms = {
    categoryId: categories.body.categories.find(
      (c: any) => c.slug === 'strengthening',
    ).children[0].id,
    regionId: regions.body.body_regions.find((r: any) => r.slug === 'knee').id,
    equipmentId: equipment.body.equipment.find(
      (q: any) => q.slug === 'resistance-band',
    ).id,
  };
});

afterAll(async () => {
  await server.close();
});

describe('cloning', () => {
  it('copies a platform exercise into the clinic as an independent draft', async () => {
    const source = await globalExercise('Shoulder External Rotation');
    const cloned = await server.call(
      'POST',
      `/v1/exercises/${source.id}/clone`,
      {
        token: specialist,
      },
    );
    expect(cloned.status).toBe(201);
    const clone = cloned.body;
    expect(clone.id).not.toBe(source.id);
    expect(clone.scope).toBe('org');
    expect(clone.status).toBe('draft');
    expect(clone.cloned_from_id).toBe(source.id);
    expect(clone.cloned_from).toEqual({
      id: source.id,
      name: source.name,
      scope: 'global',
    });
    expect(clone.name).toBe(source.name);
    expect(clone.description).toBe(source.description);
    expect(clone.difficulty).toBe(source.difficulty);
    const strip = (rows: any[]) => rows.map(({ id: _id, ...rest }) => rest);
    expect(strip(clone.instructions)).toEqual(strip(source.instructions));
    expect(strip(clone.contraindications)).toEqual(
      strip(source.contraindications),
    );
    expect(clone.tags).toEqual(source.tags);

    // Editing the clone leaves the platform exercise as it was.
    const edited = await server.call('PATCH', `/v1/exercises/${clone.id}`, {
      token: specialist,
      body: {
        name: 'Shoulder ER, Northside technique',
        instructions: [
          {
            type: 'preparation',
            text: 'Sit with the elbow supported on a pillow.',
          },
          { type: 'step', text: 'Turn the forearm outwards slowly.' },
        ],
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.instructions).toHaveLength(2);
    const after = await server.call('GET', `/v1/exercises/${source.id}`, {
      token: admin,
    });
    expect(after.body).toEqual(source);
  });

  it('gives a second clone in the same clinic its own slug', async () => {
    const source = await globalExercise('Bird Dog');
    const first = await server.call(
      'POST',
      `/v1/exercises/${source.id}/clone`,
      { token: admin },
    );
    const second = await server.call(
      'POST',
      `/v1/exercises/${source.id}/clone`,
      { token: admin },
    );
    expect(first.body.slug).toBe(source.slug);
    expect(second.body.slug).toBe(`${source.slug}-2`);
  });

  it('keeps a clone when its source is later edited by the platform', async () => {
    const superadmin = await server.signIn('superadmin@motus.test');
    const source = await globalExercise('Wall Slide');
    const clone = (
      await server.call('POST', `/v1/exercises/${source.id}/clone`, {
        token: admin,
      })
    ).body;
    const changed = await server.call('PATCH', `/v1/exercises/${source.id}`, {
      token: superadmin,
      body: { description: 'Platform wording, revised.' },
    });
    expect(changed.status).toBe(200);
    const reread = await server.call('GET', `/v1/exercises/${clone.id}`, {
      token: admin,
    });
    expect(reread.body.description).toBe(source.description);
  });
});

describe('status transitions', () => {
  async function newDraft(token = admin): Promise<string> {
    const created = await server.call('POST', '/v1/exercises', {
      token,
      body: {
        name: `Knee drill ${Math.random().toString(36).slice(2, 8)}`,
        difficulty: 'beginner',
        category_ids: [terms.categoryId],
        body_region_ids: [terms.regionId],
        equipment_ids: [terms.equipmentId],
      },
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  it('moves draft → published → archived → draft for a clinic admin', async () => {
    const id = await newDraft();
    for (const status of ['published', 'archived', 'draft']) {
      const moved = await server.call('PATCH', `/v1/exercises/${id}`, {
        token: admin,
        body: { status },
      });
      expect(moved.status).toBe(200);
      expect(moved.body.status).toBe(status);
    }
  });

  it.each([
    ['draft', 'archived'],
    ['published', 'draft'],
    ['archived', 'published'],
  ])('refuses %s → %s with 422 and changes nothing', async (from, to) => {
    const id = await newDraft();
    const path = {
      draft: [],
      published: ['published'],
      archived: ['published', 'archived'],
    }[from as 'draft'];
    for (const status of path) {
      await server.call('PATCH', `/v1/exercises/${id}`, {
        token: admin,
        body: { status },
      });
    }
    const refused = await server.call('PATCH', `/v1/exercises/${id}`, {
      token: admin,
      body: { status: to, name: 'Renamed in the same request' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('invalid-status-transition');
    const reread = await server.call('GET', `/v1/exercises/${id}`, {
      token: admin,
    });
    expect(reread.body.status).toBe(from);
    expect(reread.body.name).not.toBe('Renamed in the same request');
  });

  it('lets a specialist write drafts but not publish them', async () => {
    const id = await newDraft(specialist);
    const published = await server.call('PATCH', `/v1/exercises/${id}`, {
      token: specialist,
      body: { status: 'published' },
    });
    expect(published.status).toBe(403);
    expect(published.body.error.code).toBe('status-change-forbidden');
    const createdPublished = await server.call('POST', '/v1/exercises', {
      token: specialist,
      body: {
        name: 'Straight to published',
        difficulty: 'beginner',
        status: 'published',
      },
    });
    expect(createdPublished.status).toBe(403);
  });
});

describe('soft delete', () => {
  it('hides a deleted exercise from browse and search but keeps it readable for plans', async () => {
    const created = await server.call('POST', '/v1/exercises', {
      token: admin,
      body: {
        name: 'Temporary Quadriceps Drill',
        difficulty: 'beginner',
        status: 'published',
      },
    });
    const id = created.body.id as string;
    const deleted = await server.call('DELETE', `/v1/exercises/${id}`, {
      token: admin,
    });
    expect(deleted.status).toBe(204);

    const search = await server.call(
      'GET',
      '/v1/exercises?q=temporary%20quadriceps',
      {
        token: admin,
      },
    );
    expect(search.body.exercises.map((e: any) => e.id)).not.toContain(id);
    const browse = await server.call(
      'GET',
      '/v1/exercises?scope=org&limit=100',
      { token: admin },
    );
    expect(browse.body.exercises.map((e: any) => e.id)).not.toContain(id);

    const direct = await server.call('GET', `/v1/exercises/${id}`, {
      token: admin,
    });
    expect(direct.status).toBe(200);
    expect(direct.body.deleted_at).not.toBeNull();

    const again = await server.call('PATCH', `/v1/exercises/${id}`, {
      token: admin,
      body: { name: 'Back from the dead' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('exercise-deleted');
  });

  it('gives the slug of a deleted exercise back to the library', async () => {
    const body = {
      name: 'Reusable Slug Drill',
      slug: 'reusable-slug-drill',
      difficulty: 'beginner',
    };
    const first = await server.call('POST', '/v1/exercises', {
      token: admin,
      body,
    });
    const taken = await server.call('POST', '/v1/exercises', {
      token: admin,
      body,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('slug-taken');
    await server.call('DELETE', `/v1/exercises/${first.body.id}`, {
      token: admin,
    });
    const reused = await server.call('POST', '/v1/exercises', {
      token: admin,
      body,
    });
    expect(reused.status).toBe(201);
  });

  it('lets another clinic use the same slug', async () => {
    const body = {
      name: 'Shared Name Drill',
      slug: 'shared-name-drill',
      difficulty: 'beginner',
    };
    expect(
      (await server.call('POST', '/v1/exercises', { token: admin, body }))
        .status,
    ).toBe(201);
    expect(
      (await server.call('POST', '/v1/exercises', { token: lakeview, body }))
        .status,
    ).toBe(201);
  });
});

describe('the aggregate write', () => {
  it('writes fields, instructions, contraindications and tags in one transaction', async () => {
    const created = await server.call('POST', '/v1/exercises', {
      token: admin,
      body: { name: 'Aggregate Drill', difficulty: 'intermediate' },
    });
    const id = created.body.id as string;
    const refused = await server.call('PATCH', `/v1/exercises/${id}`, {
      token: admin,
      body: {
        description: 'Should not stick',
        instructions: [{ type: 'step', text: 'One' }],
        category_ids: ['00000000-0000-4000-8000-000000000000'],
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('tag-not-found');

    const owner = new pg.Client({ connectionString: server.database.ownerUrl });
    await owner.connect();
    const { rows } = await owner.query(
      `SELECT e.description, (SELECT count(*)::int FROM motus.exercise_instructions i
         WHERE i.exercise_id = e.id) AS steps
       FROM motus.exercises e WHERE e.id = $1`,
      [id],
    );
    await owner.end();
    expect(rows[0]).toEqual({ description: '', steps: 0 });
  });

  it('refuses another clinic’s taxonomy term on a clinic exercise', async () => {
    const lakeviewTerm = await server.call('POST', '/v1/exercise-equipment', {
      token: lakeview,
      body: { name: 'Lakeview Wobble Cushion' },
    });
    expect(lakeviewTerm.status).toBe(201);
    const refused = await server.call('POST', '/v1/exercises', {
      token: admin,
      body: {
        name: 'Cushion Balance',
        difficulty: 'beginner',
        equipment_ids: [lakeviewTerm.body.id],
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('tag-not-found');
  });
});

describe('pagination', () => {
  it('pages through the library with totals', async () => {
    const first = await server.call('GET', '/v1/exercises?limit=5&page=1', {
      token: admin,
    });
    const second = await server.call('GET', '/v1/exercises?limit=5&page=2', {
      token: admin,
    });
    expect(first.body.exercises).toHaveLength(5);
    expect(first.body.total).toBeGreaterThan(40);
    expect(first.body.total_pages).toBe(Math.ceil(first.body.total / 5));
    const ids = new Set(
      [...first.body.exercises, ...second.body.exercises].map((e: any) => e.id),
    );
    expect(ids.size).toBe(10);
  });

  it('answers a page past the end with no exercises and the real total', async () => {
    const past = await server.call('GET', '/v1/exercises?limit=100&page=50', {
      token: admin,
    });
    expect(past.status).toBe(200);
    expect(past.body.exercises).toEqual([]);
    expect(past.body.total).toBeGreaterThan(40);
  });

  it.each(['limit=101', 'limit=0', 'page=0', 'limit=ten'])(
    'refuses %s',
    async (query) => {
      const refused = await server.call('GET', `/v1/exercises?${query}`, {
        token: admin,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('validation-failed');
    },
  );
});
