import { taxonomyEndpoints } from './taxonomy-endpoints';

// Every /v1 route as `METHOD /path`, paths written as the API description
// writes them. A test compares these lists with /docs/json, so a new route
// cannot slip past the authentication tests.

/** Reachable without an access token. */
export const publicRoutes = [
  'POST /v1/auth/login',
  'POST /v1/auth/refresh',
  'GET /v1/health',
  // Instruction images are reached by unguessable names: an <img> cannot
  // send the access token (server/routes/media.ts).
  'GET /v1/media/instruction-images/{organization}/{file}',
];

/** Everything else: refused without a valid access token. */
export const protectedRoutes = [
  'GET /v1/me',
  'POST /v1/auth/logout',
  'GET /v1/exercises',
  'POST /v1/exercises',
  'GET /v1/exercises/{id}',
  'PATCH /v1/exercises/{id}',
  'DELETE /v1/exercises/{id}',
  'POST /v1/exercises/{id}/clone',
  'GET /v1/library/export',
  'POST /v1/library/import',
  'GET /v1/sync/{collection}/pull',
  'POST /v1/sync/{collection}/push',
  'GET /v1/sync/stream',
  'POST /v1/media/instruction-images',
  ...taxonomyEndpoints.flatMap(({ path }) => [
    `GET ${path}`,
    `POST ${path}`,
    `PATCH ${path}/{id}`,
  ]),
];
