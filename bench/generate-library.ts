import type pg from 'pg';
import type { ExerciseStatus } from '../shared/domain';
import type { LibraryExercise } from '../shared/library/library-exercise';
import { demoClinics } from '../server/seed/demo-accounts';
import { composeExercise } from './exercise-composer';
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

// Share of the generated exercises per library: the global one, the two
// demo clinics (the bench signs in at Northside), the rest spread evenly.
const globalShare = 0.4;
const northsideShare = 0.15;
const lakeviewShare = 0.1;
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

interface Library {
  key: string;
  organizationId: string | null;
  createdBy: string | null;
}

interface PlannedExercise {
  id: string;
  library: Library;
  exercise: LibraryExercise;
  status: ExerciseStatus;
  deleted: boolean;
  video: boolean;
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
): Promise<GeneratedLibrary> {
  const started = performance.now();
  const random = new SeededRandom(seed);
  const libraries = await prepareLibraries(owner);
  const terms = await loadGlobalTerms(owner);
  const takenSlugs = await loadTakenSlugs(owner);

  const planned: PlannedExercise[] = [];
  for (let index = 0; index < count; index += 1) {
    const library = pickLibrary(random, libraries);
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

  await owner.query('BEGIN');
  const counts = { instructions: 0, contraindications: 0, tags: 0 };
  for (let start = 0; start < planned.length; start += batchSize) {
    const batch = planned.slice(start, start + batchSize);
    const written = await insertBatch(owner, batch, terms);
    counts.instructions += written.instructions;
    counts.contraindications += written.contraindications;
    counts.tags += written.tags;
  }
  await owner.query('COMMIT');
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

function pickLibrary(random: SeededRandom, libraries: Library[]): Library {
  const [global, northside, lakeview, ...others] = libraries;
  if (!global || !northside || !lakeview) throw new Error('libraries missing');
  const roll = random.next();
  if (roll < globalShare) return global;
  if (roll < globalShare + northsideShare) return northside;
  if (roll < globalShare + northsideShare + lakeviewShare) return lakeview;
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

/**
 * One multi-row INSERT per table for the batch: exercises first, so that
 * the statement-level instruction trigger indexes their text afterwards.
 */
async function insertBatch(
  owner: pg.ClientBase,
  batch: PlannedExercise[],
  terms: Map<string, string>,
) {
  await owner.query(
    `INSERT INTO exercises (id, organization_id, slug, name, description,
       difficulty, status, estimated_duration_seconds, created_by,
       video_url, video_provider, video_duration_seconds, deleted_at)
     SELECT x.id, x.organization_id, x.slug, x.name, x.description,
       x.difficulty, x.status, x.seconds, x.created_by, x.video_url,
       CASE WHEN x.video_url IS NULL THEN NULL ELSE 'bunny_stream' END,
       CASE WHEN x.video_url IS NULL THEN NULL ELSE x.seconds / 4 END,
       CASE WHEN x.deleted THEN now() END
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[],
       $6::text[], $7::text[], $8::int[], $9::uuid[], $10::text[],
       $11::boolean[])
       AS x(id, organization_id, slug, name, description, difficulty,
         status, seconds, created_by, video_url, deleted)`,
    [
      batch.map((p) => p.id),
      batch.map((p) => p.library.organizationId),
      batch.map((p) => p.exercise.slug),
      batch.map((p) => p.exercise.name),
      batch.map((p) => p.exercise.description),
      batch.map((p) => p.exercise.difficulty),
      batch.map((p) => p.status),
      batch.map((p) => p.exercise.estimatedDurationSeconds),
      batch.map((p) => p.library.createdBy),
      batch.map((p) =>
        p.video ? `https://video.motus.test/library/${p.id}.m3u8` : null,
      ),
      batch.map((p) => p.deleted),
    ],
  );

  const steps = batch.flatMap((p) =>
    p.exercise.instructions.map((step, index) => ({ id: p.id, index, step })),
  );
  await owner.query(
    `INSERT INTO exercise_instructions (exercise_id, sort_order, type, text)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[])`,
    [
      steps.map((s) => s.id),
      steps.map((s) => s.index + 1),
      steps.map((s) => s.step.type),
      steps.map((s) => s.step.text),
    ],
  );

  const warnings = batch.flatMap((p) =>
    p.exercise.contraindications.map((c, index) => ({ id: p.id, index, c })),
  );
  await owner.query(
    `INSERT INTO exercise_contraindications
       (exercise_id, sort_order, condition, severity, note)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[],
       $5::text[])`,
    [
      warnings.map((w) => w.id),
      warnings.map((w) => w.index + 1),
      warnings.map((w) => w.c.condition),
      warnings.map((w) => w.c.severity),
      warnings.map((w) => w.c.note),
    ],
  );

  const tags = batch.flatMap((p) => tagsOf(p, terms));
  await owner.query(
    `INSERT INTO exercise_tags (exercise_id, tag_type, tag_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[])`,
    [tags.map((t) => t.id), tags.map((t) => t.type), tags.map((t) => t.term)],
  );
  return {
    instructions: steps.length,
    contraindications: warnings.length,
    tags: tags.length,
  };
}

function tagsOf(planned: PlannedExercise, terms: Map<string, string>) {
  const { exercise } = planned;
  const wanted = [
    ...exercise.categories.map((slug) => ['category', slug] as const),
    ...exercise.bodyRegions.map((slug) => ['body_region', slug] as const),
    ...exercise.equipment.map((slug) => ['equipment', slug] as const),
  ];
  return [...new Set(wanted.map(([type, slug]) => `${type}/${slug}`))].map(
    (key) => {
      const term = terms.get(key);
      if (!term) throw new Error(`unknown taxonomy term ${key}`);
      return { id: planned.id, type: key.split('/')[0], term };
    },
  );
}
