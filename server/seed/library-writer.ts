import type pg from 'pg';
import type { ExerciseStatus } from '../../shared/domain';
import type { LibraryExercise } from '../../shared/library/library-exercise';
import { replaceExerciseParts } from '../exercises/exercise-parts';

/** Slug → id of the terms one organization can use (its own and global). */
export interface TermIds {
  category: Map<string, string>;
  body_region: Map<string, string>;
  equipment: Map<string, string>;
}

export async function loadTermIds(
  owner: pg.ClientBase,
  organizationId: string | null,
): Promise<TermIds> {
  const load = async (table: string) => {
    // Clinic terms come last so that they win over a global term's slug.
    const { rows } = await owner.query<{ slug: string; id: string }>(
      `SELECT slug, id FROM ${table}
       WHERE organization_id IS NULL OR organization_id = $1
       ORDER BY organization_id NULLS FIRST`,
      [organizationId],
    );
    return new Map(rows.map((row) => [row.slug, row.id]));
  };
  return {
    category: await load('exercise_categories'),
    body_region: await load('exercise_body_regions'),
    equipment: await load('exercise_equipment'),
  };
}

function idsOf(terms: Map<string, string>, slugs: readonly string[]): string[] {
  return slugs.map((slug) => {
    const id = terms.get(slug);
    if (!id) throw new Error(`unknown taxonomy slug "${slug}"`);
    return id;
  });
}

/**
 * Adds an authored exercise to a library unless one with its slug is
 * already there. Runs as the owner (seeding), in the caller's transaction.
 * Returns true when it inserted.
 */
export async function addLibraryExercise(
  owner: pg.ClientBase,
  target: {
    organizationId: string | null;
    status: ExerciseStatus;
    createdBy: string | null;
  },
  terms: TermIds,
  exercise: LibraryExercise,
): Promise<boolean> {
  const { rows } = await owner.query<{ id: string }>(
    `INSERT INTO exercises (organization_id, slug, name, description,
       difficulty, status, estimated_duration_seconds, created_by)
     SELECT $1, $2, $3, $4, $5, $6, $7, $8
     WHERE NOT EXISTS (SELECT 1 FROM exercises
       WHERE organization_id IS NOT DISTINCT FROM $1 AND slug = $2
         AND deleted_at IS NULL)
     RETURNING id`,
    [
      target.organizationId,
      exercise.slug,
      exercise.name,
      exercise.description,
      exercise.difficulty,
      target.status,
      exercise.estimatedDurationSeconds,
      target.createdBy,
    ],
  );
  const id = rows[0]?.id;
  if (!id) return false;
  await replaceExerciseParts(owner, id, {
    instructions: exercise.instructions.map((step) => ({ ...step })),
    contraindications: exercise.contraindications.map((c) => ({ ...c })),
    category_ids: idsOf(terms.category, exercise.categories),
    body_region_ids: idsOf(terms.body_region, exercise.bodyRegions),
    equipment_ids: idsOf(terms.equipment, exercise.equipment),
  });
  return true;
}
