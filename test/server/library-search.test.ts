import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let specialist: string;

async function search(query: string): Promise<any> {
  const response = await server.call('GET', `/v1/exercises?${query}`, {
    token: specialist,
  });
  expect(response.status).toBe(200);
  return response.body;
}

const names = (body: any): string[] => body.exercises.map((e: any) => e.name);

/** The ids of every exercise a query finds, page by page. */
async function everyId(query: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let page = 1; ; page += 1) {
    const body = await search(`${query}&limit=100&page=${page}`);
    for (const exercise of body.exercises) ids.add(exercise.id);
    if (page >= body.total_pages) return ids;
  }
}

beforeAll(async () => {
  server = await startTestServer();
  specialist = await server.signIn('specialist@northside.test');
});

afterAll(async () => {
  await server.close();
});

describe('text search', () => {
  it('puts the exercise named exactly what was typed first', async () => {
    expect(names(await search('q=bird%20dog'))[0]).toBe('Bird Dog');
    expect(names(await search('q=clamshell'))[0]).toBe('Clamshell');
  });

  it('forgives a typo', async () => {
    expect(names(await search('q=clamshel'))).toContain('Clamshell');
    expect(names(await search('q=shoudler'))).toContain(
      'Shoulder External Rotation',
    );
    expect(names(await search('q=brid%20dog'))[0]).toBe('Bird Dog');
  });

  it('ranks a whole word above a word that merely starts with it', async () => {
    const superadmin = await server.signIn('superadmin@motus.test');
    for (const name of ['Kneeler Kneeling Kneel', 'Knee Circles']) {
      const created = await server.call('POST', '/v1/exercises', {
        token: superadmin,
        body: {
          name,
          difficulty: 'beginner',
          status: 'published',
          scope: 'global',
        },
      });
      expect(created.status).toBe(201);
    }
    const ranked = names(await search('q=knee&limit=100'));
    expect(ranked.indexOf('Knee Circles')).toBeGreaterThanOrEqual(0);
    expect(ranked.indexOf('Knee Circles')).toBeLessThan(
      ranked.indexOf('Kneeler Kneeling Kneel'),
    );
  });

  it('finds a word while it is still being typed', async () => {
    expect(names(await search('q=shoul')).length).toBeGreaterThan(3);
  });

  it('matches plural and singular forms alike', async () => {
    const singular = await search('q=squat');
    const plural = await search('q=squats');
    expect(plural.total).toBe(singular.total);
    expect(singular.total).toBeGreaterThan(0);
  });

  it('finds a hyphenated name however the hyphen is typed', async () => {
    const superadmin = await server.signIn('superadmin@motus.test');
    const created = await server.call('POST', '/v1/exercises', {
      token: superadmin,
      body: {
        name: 'Assisted Pull-Up',
        difficulty: 'advanced',
        status: 'published',
        scope: 'global',
      },
    });
    expect(created.status).toBe(201);
    for (const typed of ['pullup', 'pull-up', 'pull%20up', 'pullups']) {
      expect(names(await search(`q=${typed}`))).toContain('Assisted Pull-Up');
    }
  });

  it('searches descriptions and instructions, ranking name matches higher', async () => {
    const body = await search('q=towel&limit=100');
    expect(body.total).toBeGreaterThan(0);
    const ranked = body.exercises.map((e: any) =>
      e.name.toLowerCase().includes('towel'),
    );
    const firstNonName = ranked.indexOf(false);
    if (firstNonName >= 0)
      expect(ranked.slice(firstNonName)).not.toContain(true);
  });

  it('returns nothing, not an error, for words the library does not know', async () => {
    const body = await search('q=xylophone');
    expect(body.total).toBe(0);
    expect(body.exercises).toEqual([]);
  });

  it('treats SQL and query syntax as plain words', async () => {
    for (const typed of [
      "'; DROP TABLE exercises; --",
      'knee & | ! :* ( )',
      '%_\\',
    ]) {
      const response = await server.call(
        'GET',
        `/v1/exercises?q=${encodeURIComponent(typed)}`,
        {
          token: specialist,
        },
      );
      expect(response.status).toBe(200);
    }
    expect((await search('q=bird%20dog')).total).toBeGreaterThan(0);
  });
});

describe('filters', () => {
  it('includes the descendants of a parent category', async () => {
    const tree = await server.call('GET', '/v1/exercise-categories', {
      token: specialist,
    });
    const strengthening = tree.body.categories.find(
      (c: any) => c.slug === 'strengthening',
    );
    const isometric = strengthening.children.find(
      (c: any) => c.slug === 'isometric',
    );
    const isotonic = strengthening.children.find(
      (c: any) => c.slug === 'isotonic',
    );

    const parent = await everyId(`category_id=${strengthening.id}`);
    const inIsometric = await everyId(`category_id=${isometric.id}`);
    const inIsotonic = await everyId(`category_id=${isotonic.id}`);
    expect(inIsometric.size).toBeGreaterThan(0);
    expect(inIsotonic.size).toBeGreaterThan(0);
    for (const id of [...inIsometric, ...inIsotonic]) {
      expect(parent.has(id)).toBe(true);
    }
  });

  it('combines text, body region, equipment and difficulty', async () => {
    const regions = await server.call('GET', '/v1/exercise-body-regions', {
      token: specialist,
    });
    const knee = regions.body.body_regions.find((r: any) => r.slug === 'knee');
    const body = await search(
      `body_region_id=${knee.id}&difficulty=beginner&limit=100`,
    );
    expect(body.total).toBeGreaterThan(0);
    for (const exercise of body.exercises) {
      expect(exercise.difficulty).toBe('beginner');
      expect(exercise.body_regions.map((r: any) => r.slug)).toContain('knee');
      expect(exercise.instruction_count).toBeGreaterThan(0);
    }
  });

  it('filters by body area', async () => {
    const body = await search('body_area=lower_body&limit=100');
    expect(body.total).toBeGreaterThan(0);
    for (const exercise of body.exercises) {
      expect(exercise.body_regions.map((r: any) => r.body_area)).toContain(
        'lower_body',
      );
    }
  });

  it('separates the platform library from the clinic’s', async () => {
    const global = await search('scope=global&limit=100');
    const clinic = await search('scope=org&limit=100');
    expect(global.exercises.every((e: any) => e.scope === 'global')).toBe(true);
    expect(clinic.exercises.every((e: any) => e.scope === 'org')).toBe(true);
    expect(clinic.total).toBeGreaterThan(0);
    const all = await search('scope=all&limit=1');
    expect(all.total).toBe(global.total + clinic.total);
  });

  it('sorts by name either way and by creation time', async () => {
    const ascending = names(await search('sort=name&limit=100'));
    expect(
      [...ascending].sort((a, b) =>
        a.localeCompare(b, 'en', { sensitivity: 'base' }),
      ),
    ).toEqual(ascending);
    const descending = names(await search('sort=-name&limit=5'));
    expect(descending[0]!.toLowerCase() >= descending[4]!.toLowerCase()).toBe(
      true,
    );
    const newest = await search('sort=-created_at&limit=100');
    const times = newest.exercises.map((e: any) => Date.parse(e.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('shows archived exercises only when asked for', async () => {
    const admin = await server.signIn('admin@northside.test');
    const created = await server.call('POST', '/v1/exercises', {
      token: admin,
      body: {
        name: 'Archived Heel Raise Variant',
        difficulty: 'beginner',
        status: 'published',
      },
    });
    await server.call('PATCH', `/v1/exercises/${created.body.id}`, {
      token: admin,
      body: { status: 'archived' },
    });
    expect(names(await search('q=archived%20heel'))).not.toContain(
      'Archived Heel Raise Variant',
    );
    expect(names(await search('q=archived%20heel&status=archived'))).toContain(
      'Archived Heel Raise Variant',
    );
  });
});
