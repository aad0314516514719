import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { globalExercises } from '../../shared/library/global';
import { updateGlobalLibrary } from '../../server/seed/global-library';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let owner: pg.Client;

beforeAll(async () => {
  server = await startTestServer();
  owner = new pg.Client({
    connectionString: server.database.ownerUrl,
    options: '-c search_path=motus,public',
  });
  await owner.connect();
});

afterAll(async () => {
  await owner.end();
  await server.close();
});

const bySlug = (slug: string) =>
  owner.query<{
    description: string;
    steps: number;
    movement_profile: unknown;
  }>(
    `SELECT description, movement_profile, (SELECT count(*)::int
       FROM exercise_instructions i WHERE i.exercise_id = e.id) AS steps
     FROM exercises e WHERE organization_id IS NULL AND slug = $1`,
    [slug],
  );

it('changes nothing when the library is already up to date', async () => {
  const counts = await updateGlobalLibrary(owner);
  expect(counts).toEqual({
    added: 0,
    updated: 0,
    unchanged: globalExercises.length,
  });
});

it('rewrites an exercise whose stored content drifted, and only that one', async () => {
  const authored = globalExercises.find((e) => e.slug === 'bird-dog')!;
  await owner.query(
    `UPDATE exercises SET description = 'edited by hand' WHERE organization_id IS NULL AND slug = 'bird-dog'`,
  );
  await owner.query(
    `DELETE FROM exercise_instructions WHERE exercise_id =
       (SELECT id FROM exercises WHERE organization_id IS NULL AND slug = 'bird-dog')`,
  );
  const counts = await updateGlobalLibrary(owner);
  expect(counts).toEqual({
    added: 0,
    updated: 1,
    unchanged: globalExercises.length - 1,
  });
  const { rows } = await bySlug('bird-dog');
  expect(rows[0]!.description).toBe(authored.description);
  expect(rows[0]!.steps).toBe(authored.instructions.length);
  expect((await updateGlobalLibrary(owner)).updated).toBe(0);
});

it('adds an authored exercise that is missing, without duplicates', async () => {
  await owner.query(
    `UPDATE exercises SET deleted_at = now() WHERE organization_id IS NULL AND slug = 'clamshell'`,
  );
  const counts = await updateGlobalLibrary(owner);
  expect(counts.added).toBe(1);
  const { rows } = await owner.query<{ live: number }>(
    `SELECT count(*)::int AS live FROM exercises
     WHERE organization_id IS NULL AND slug = 'clamshell' AND deleted_at IS NULL`,
  );
  expect(rows[0]!.live).toBe(1);
});

it('stores movement profiles and serves them', async () => {
  const profiled = globalExercises.find((e) => e.movementProfile);
  expect(profiled).toBeDefined();
  if (!profiled) return;
  const { rows } = await bySlug(profiled.slug);
  expect(rows[0]!.movement_profile).toMatchObject({
    vertex: profiled.movementProfile!.vertex,
    start_angle_degrees: profiled.movementProfile!.startAngleDegrees,
  });
  const token = await server.signIn('specialist@northside.test');
  const list = await server.call(
    'GET',
    `/v1/exercises?q=${encodeURIComponent(profiled.name)}`,
    {
      token,
    },
  );
  const found = list.body.exercises.find((e: any) => e.slug === profiled.slug);
  expect(found.movement_profile.sides).toBe(profiled.movementProfile!.sides);
});
