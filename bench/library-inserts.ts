import type pg from 'pg';
import type { ExerciseStatus } from '../shared/domain';
import type { LibraryExercise } from '../shared/library/library-exercise';

/** A library exercises are generated into: global or one clinic's. */
export interface Library {
  /** `global` or the clinic's slug. */
  key: string;
  organizationId: string | null;
  createdBy: string | null;
}

/** One generated exercise, with where it goes and in what state. */
export interface PlannedExercise {
  id: string;
  library: Library;
  exercise: LibraryExercise;
  status: ExerciseStatus;
  deleted: boolean;
  video: boolean;
}

/**
 * One multi-row INSERT per table for the batch: exercises first, so that
 * the statement-level instruction trigger indexes their text afterwards.
 */
export async function insertBatch(
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
