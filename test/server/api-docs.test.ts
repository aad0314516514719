import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

it('serves OpenAPI documents built from the route schemas, without a token', async () => {
  const spec = await server.call('GET', '/docs/json');
  expect(spec.status).toBe(200);
  expect(spec.body.openapi).toMatch(/^3\./);
  for (const route of [
    '/v1/auth/login',
    '/v1/me',
    '/v1/exercises',
    '/v1/exercises/{id}',
    '/v1/exercises/{id}/clone',
    '/v1/exercise-categories',
    '/v1/exercise-body-regions',
    '/v1/exercise-equipment',
  ]) {
    expect(Object.keys(spec.body.paths)).toContain(route);
  }
  const list = spec.body.paths['/v1/exercises'].get;
  expect(list.parameters.map((p: any) => p.name)).toContain('body_region_id');
  expect(spec.body.components.securitySchemes.bearer.scheme).toBe('bearer');

  const page = await server.call('GET', '/docs');
  expect([200, 302]).toContain(page.status);
});

it('answers health without a token and sends a request id', async () => {
  const health = await server.call('GET', '/v1/health');
  expect(health.status).toBe(200);
  expect(health.body).toMatchObject({ status: 'ok', database: 'ok' });
  expect(health.body.exercises.global).toBeGreaterThanOrEqual(40);
  expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});
