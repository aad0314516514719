import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';

// What a Northside specialist finds in the platform library on day one.
let server: TestServer;
let token: string;

async function search(query: string): Promise<any> {
  const response = await server.call('GET', `/v1/exercises?${query}`, {
    token,
  });
  expect(response.status).toBe(200);
  return response.body;
}

beforeAll(async () => {
  server = await startTestServer();
  token = await server.signIn('specialist@northside.test');
});

afterAll(async () => {
  await server.close();
});

it('finds fifty and more shoulder exercises', async () => {
  expect((await search('q=shoulder')).total).toBeGreaterThanOrEqual(50);
});

it('offers forty and more knee exercises', async () => {
  const regions = await server.call('GET', '/v1/exercise-body-regions', {
    token,
  });
  const knee = regions.body.body_regions.find((r: any) => r.slug === 'knee');
  expect(
    (await search(`body_region_id=${knee.id}`)).total,
  ).toBeGreaterThanOrEqual(40);
});

it('puts Bird Dog first for "bird dog" and still finds Clamshell misspelt', async () => {
  expect((await search('q=bird%20dog')).exercises[0].name).toBe('Bird Dog');
  const typo = await search('q=clamshel');
  expect(typo.exercises.map((e: any) => e.name)).toContain('Clamshell');
});

it('includes isometric and isotonic work under Strengthening', async () => {
  const tree = await server.call('GET', '/v1/exercise-categories', { token });
  const strengthening = tree.body.categories.find(
    (c: any) => c.slug === 'strengthening',
  );
  const body = await search(`category_id=${strengthening.id}&limit=100`);
  const childSlugs = new Set(
    body.exercises.flatMap((e: any) => e.categories.map((c: any) => c.slug)),
  );
  expect(childSlugs).toContain('isometric');
  expect(childSlugs).toContain('isotonic');
  expect(body.total).toBeGreaterThanOrEqual(100);
});
