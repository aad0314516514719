import type pg from 'pg';
import type { ExerciseDetail } from '../../shared/schemas/exercises';
import { exerciseNotFound } from '../errors';
import { exerciseColumns, taxonomyColumns } from './taxonomy-columns';

/**
 * One exercise with everything a clinician reads: ordered instructions,
 * contraindications, taxonomy and where it was cloned from. Deleted
 * exercises are still returned (plans reference them), with `deleted_at`.
 * Throws 404 when the caller cannot see it.
 */
export async function loadExercise(
  client: pg.ClientBase,
  exerciseId: string,
): Promise<ExerciseDetail> {
  const { rows } = await client.query<ExerciseDetail>(
    `SELECT ${exerciseColumns}, ${taxonomyColumns},
       coalesce((SELECT json_agg(json_build_object('id', i.id,
           'sort_order', i.sort_order, 'type', i.type, 'text', i.text,
           'image_url', i.image_url) ORDER BY i.sort_order)
         FROM exercise_instructions i WHERE i.exercise_id = e.id), '[]')
         AS instructions,
       coalesce((SELECT json_agg(json_build_object('id', c.id,
           'condition', c.condition, 'severity', c.severity, 'note', c.note)
           ORDER BY c.sort_order)
         FROM exercise_contraindications c WHERE c.exercise_id = e.id), '[]')
         AS contraindications,
       (SELECT json_build_object('id', s.id, 'name', s.name, 'scope',
           CASE WHEN s.organization_id IS NULL THEN 'global' ELSE 'org' END)
         FROM exercises s WHERE s.id = e.cloned_from_id) AS cloned_from
     FROM exercises e WHERE e.id = $1`,
    [exerciseId],
  );
  const exercise = rows[0];
  if (!exercise) throw exerciseNotFound();
  return {
    ...exercise,
    tags: {
      category_ids: exercise.categories.map((term) => term.id),
      body_region_ids: exercise.body_regions.map((term) => term.id),
      equipment_ids: exercise.equipment.map((term) => term.id),
    },
  };
}
