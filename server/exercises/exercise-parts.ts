import type pg from 'pg';
import type { ExercisePatchBody } from '../../shared/schemas/exercises';

type Parts = Pick<
  ExercisePatchBody,
  | 'instructions'
  | 'contraindications'
  | 'category_ids'
  | 'body_region_ids'
  | 'equipment_ids'
>;

const tagLists = [
  ['category', 'category_ids'],
  ['body_region', 'body_region_ids'],
  ['equipment', 'equipment_ids'],
] as const;

/**
 * Replaces each part of the exercise that `parts` names (a list given is
 * the whole new list; a list left out is kept). Runs inside the caller's
 * transaction; order in the arrays is the order shown to patients.
 */
export async function replaceExerciseParts(
  client: pg.ClientBase,
  exerciseId: string,
  parts: Parts,
): Promise<void> {
  if (parts.instructions) {
    await client.query(
      'DELETE FROM exercise_instructions WHERE exercise_id = $1',
      [exerciseId],
    );
    await client.query(
      `INSERT INTO exercise_instructions
         (exercise_id, sort_order, type, text, image_url)
       SELECT $1, x.position, x.type, x.text, x.image_url
       FROM unnest($2::text[], $3::text[], $4::text[])
         WITH ORDINALITY AS x(type, text, image_url, position)`,
      [
        exerciseId,
        parts.instructions.map((step) => step.type),
        parts.instructions.map((step) => step.text),
        parts.instructions.map((step) => step.image_url ?? null),
      ],
    );
  }

  if (parts.contraindications) {
    await client.query(
      'DELETE FROM exercise_contraindications WHERE exercise_id = $1',
      [exerciseId],
    );
    await client.query(
      `INSERT INTO exercise_contraindications
         (exercise_id, sort_order, condition, severity, note)
       SELECT $1, x.position, x.condition, x.severity, x.note
       FROM unnest($2::text[], $3::text[], $4::text[])
         WITH ORDINALITY AS x(condition, severity, note, position)`,
      [
        exerciseId,
        parts.contraindications.map((c) => c.condition),
        parts.contraindications.map((c) => c.severity),
        parts.contraindications.map((c) => c.note ?? ''),
      ],
    );
  }

  for (const [tagType, field] of tagLists) {
    const termIds = parts[field];
    if (!termIds) continue;
    await client.query(
      'DELETE FROM exercise_tags WHERE exercise_id = $1 AND tag_type = $2',
      [exerciseId, tagType],
    );
    await client.query(
      `INSERT INTO exercise_tags (exercise_id, tag_type, tag_id)
       SELECT $1, $2, unnest($3::uuid[])`,
      [exerciseId, tagType, termIds],
    );
  }
}

/** Copies every part of `sourceId` onto the new exercise `cloneId`. */
export async function copyExerciseParts(
  client: pg.ClientBase,
  sourceId: string,
  cloneId: string,
): Promise<void> {
  // TODO(media): copy instruction images in the blob store once uploads
  // exist, because a clone must not share files its source may delete.
  await client.query(
    `INSERT INTO exercise_instructions
       (exercise_id, sort_order, type, text, image_url)
     SELECT $2, sort_order, type, text, image_url
     FROM exercise_instructions WHERE exercise_id = $1`,
    [sourceId, cloneId],
  );
  await client.query(
    `INSERT INTO exercise_contraindications
       (exercise_id, sort_order, condition, severity, note)
     SELECT $2, sort_order, condition, severity, note
     FROM exercise_contraindications WHERE exercise_id = $1`,
    [sourceId, cloneId],
  );
  await client.query(
    `INSERT INTO exercise_tags (exercise_id, tag_type, tag_id)
     SELECT $2, tag_type, tag_id FROM exercise_tags WHERE exercise_id = $1`,
    [sourceId, cloneId],
  );
}
