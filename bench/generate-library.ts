import type pg from 'pg';
import { withinTransaction } from '../server/db/transaction';
import { demoClinics } from '../server/seed/demo-accounts';
import { composeExercise } from './exercise-composer';
import {
  insertBatch,
  type Library,
  type PlannedExercise,
} from './library-inserts';
import { SeededRandom } from './seeded-random';

/** Clinics besides the two demo ones, so that RLS has rows to hide. */
const extraClinics = [
  'Harbourside Physiotherapy',
  'Riverbend Sports Clinic',
  'Oakfield Rehab',
  'Summit Spine and Joint',
  'Meadowbrook Physio',
  'Eastgate Hand Therapy',
  'Westcliff Movement Clinic',
  'Pinecrest Rehabilitation',
];

/**
 * Share of the generated exercises per library: the global one, the two
 * demo clinics (the benches sign in at Northside), the rest spread evenly
 * over the extra clinics.
 */
export interface LibraryShares {
  global: number;
  northside: number;
  lakeview: number;
}
const searchBenchShares: LibraryShares = {
  global: 0.4,
  northside: 0.15,
  lakeview: 0.1,
};
const batchSize = 500;

export interface GeneratedLibrary {
  exercises: number;
  instructions: number;
  contraindications: number;
  tags: number;
  /** Exercises per library: `global` or the clinic's slug. */
  perLibrary: Record<string, number>;
  /** Inserting, then VACUUM ANALYZE, in milliseconds. */
  insertMs: number;
  analyzeMs: number;
}

/**
 * Adds `count` generated exercises, drawn from `seed`, to a database that
 * holds the demo data. Runs as the schema owner; the library triggers
 * (search vector, lexicon, tag checks) run as for any insert.
 */
export async function generateLibrary(
  owner: pg.ClientBase,
  count: number,
  seed: number,
  shares: LibraryShares = searchBenchShares,
): Promise<GeneratedLibrary> {
  const started = performance.now();
  const random = new SeededRandom(seed);
  const libraries = await prepareLibraries(owner);
  const terms = await loadGlobalTerms(owner);
  const takenSlugs = await loadTakenSlugs(owner);

  const planned: PlannedExercise[] = [];
  for (let index = 0; index < count; index += 1) {
    const library = pickLibrary(random, libraries, shares);
    const exercise = composeExercise(random);
    const slug = uniqueSlug(takenSlugs, library.key, exercise.slug);
    const roll = random.next();
    planned.push({
      id: random.uuid(),
      library,
      exercise: { ...exercise, slug },
      status: roll < 0.78 ? 'published' : roll < 0.92 ? 'draft' : 'archived',
      deleted: random.chance(0.02),
      video: random.chance(0.3),
    });
  }

  const counts = { instructions: 0, contraindications: 0, tags: 0 };
  await withinTransaction(owner, async () => {
    for (let start = 0; start < planned.length; start += batchSize) {
      const batch = planned.slice(start, start + batchSize);
      const written = await insertBatch(owner, batch, terms);
      counts.instructions += written.instructions;
      counts.contraindications += written.contraindications;
      counts.tags += written.tags;
    }
  });
  const inserted = performance.now();

  // A live library is vacuumed and analysed by autovacuum; the bench does
  // it at once so the planner has statistics from the first request.
  await owner.query(
    `VACUUM ANALYZE exercises, exercise_instructions,
       exercise_contraindications, exercise_tags, search_lexicon`,
  );

  const perLibrary: Record<string, number> = {};
  for (const { library } of planned) {
    perLibrary[library.key] = (perLibrary[library.key] ?? 0) + 1;
  }
  return {
    exercises: planned.length,
    ...counts,
    perLibrary,
    insertMs: inserted - started,
    analyzeMs: performance.now() - inserted,
  };
}

function pickLibrary(
  random: SeededRandom,
  libraries: Library[],
  shares: LibraryShares,
): Library {
  const [global, northside, lakeview, ...others] = libraries;
  if (!global || !northside || !lakeview) throw new Error('libraries missing');
  const roll = random.next();
  if (roll < shares.global) return global;
  if (roll < shares.global + shares.northside) return northside;
  if (roll < shares.global + shares.northside + shares.lakeview) {
    return lakeview;
  }
  return random.pick(others);
}

function uniqueSlug(taken: Set<string>, libraryKey: string, slug: string) {
  let candidate = slug;
  for (let suffix = 2; taken.has(`${libraryKey}/${candidate}`); suffix += 1) {
    candidate = `${slug}-${suffix}`;
  }
  taken.add(`${libraryKey}/${candidate}`);
  return candidate;
}

const demoSlugs = [demoClinics.northside.slug, demoClinics.lakeview.slug];

/** The global library, Northside, Lakeview, then the extra clinics. */
async function prepareLibraries(owner: pg.ClientBase): Promise<Library[]> {
  const { rows: demo } = await owner.query<{
    slug: string;
    id: string;
    admin_id: string | null;
  }>(
    `SELECT o.slug, o.id, (SELECT m.user_id FROM organization_memberships m
       WHERE m.organization_id = o.id AND m.role = 'admin' LIMIT 1) AS admin_id
     FROM organizations o
     WHERE o.slug = ANY($1::text[])`,
    [demoSlugs],
  );
  const demoRows = demoSlugs.map((slug) => {
    const clinic = demo.find((row) => row.slug === slug);
    if (!clinic) throw new Error(`demo clinic ${slug} is not seeded`);
    return clinic;
  });
  const { rows: extra } = await owner.query<{ slug: string; id: string }>(
    `INSERT INTO organizations (name, slug)
     SELECT name, lower(regexp_replace(name, '[^A-Za-z0-9]+', '-', 'g'))
     FROM unnest($1::text[]) AS name
     ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name
     RETURNING slug, id`,
    [extraClinics],
  );
  return [
    { key: 'global', organizationId: null, createdBy: null },
    ...demoRows.map((clinic) => ({
      key: clinic.slug,
      organizationId: clinic.id,
      createdBy: clinic.admin_id,
    })),
    // RETURNING has no order; the draw of clinics must not depend on it.
    ...extra
      .sort((a, b) => a.slug.localeCompare(b.slug))
      .map((clinic) => ({
        key: clinic.slug,
        organizationId: clinic.id,
        createdBy: null,
      })),
  ];
}

/** Slug → id of every global term, across the three taxonomies. */
async function loadGlobalTerms(owner: pg.ClientBase) {
  const { rows } = await owner.query<{ key: string; id: string }>(
    `SELECT 'category/' || slug AS key, id FROM exercise_categories
       WHERE organization_id IS NULL
     UNION ALL SELECT 'body_region/' || slug, id FROM exercise_body_regions
       WHERE organization_id IS NULL
     UNION ALL SELECT 'equipment/' || slug, id FROM exercise_equipment
       WHERE organization_id IS NULL`,
  );
  return new Map(rows.map((row) => [row.key, row.id]));
}

async function loadTakenSlugs(owner: pg.ClientBase): Promise<Set<string>> {
  const { rows } = await owner.query<{ key: string }>(
    `SELECT coalesce(o.slug, 'global') || '/' || e.slug AS key
     FROM exercises e LEFT JOIN organizations o ON o.id = e.organization_id
     WHERE e.deleted_at IS NULL`,
  );
  return new Set(rows.map((row) => row.key));
}
