import { isDeepStrictEqual } from 'node:util';
import type pg from 'pg';
import type { ExerciseStatus } from '../../shared/domain';
import type { LibraryExercise } from '../../shared/library/library-exercise';
import type { MovementProfile } from '../../shared/schemas/exercises';
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

/** The profile as the API and the database spell it. */
function storedProfile(
  profile: LibraryExercise['movementProfile'],
): MovementProfile | null {
  if (!profile) return null;
  return {
    from: profile.from,
    vertex: profile.vertex,
    to: profile.to,
    start_angle_degrees: profile.startAngleDegrees,
    end_angle_degrees: profile.endAngleDegrees,
    sides: profile.sides,
  };
}

interface StoredExercise {
  id: string;
  content: unknown;
}

/** Everything the authored file decides, in a form that compares equal. */
const storedContent = `json_build_object(
  'name', e.name, 'description', e.description, 'difficulty', e.difficulty,
  'estimated_duration_seconds', e.estimated_duration_seconds,
  'movement_profile', e.movement_profile, 'tag_ids', to_json(e.tag_ids),
  'instructions', coalesce((SELECT json_agg(json_build_object('type', i.type,
      'text', i.text, 'image_url', i.image_url) ORDER BY i.sort_order)
    FROM exercise_instructions i WHERE i.exercise_id = e.id), '[]'),
  'contraindications', coalesce((SELECT json_agg(json_build_object(
      'condition', c.condition, 'severity', c.severity, 'note', c.note)
      ORDER BY c.sort_order)
    FROM exercise_contraindications c WHERE c.exercise_id = e.id), '[]'))`;

export type LibraryChange = 'added' | 'updated' | 'unchanged';

/**
 * Brings one authored exercise into a library, matched by slug: added when
 * missing; with `update`, rewritten in place when its content differs
 * (a second run changes nothing). Without `update` an existing exercise is
 * left as its curators edited it. Status is set on insert only, so a
 * curator's archiving survives. Runs as the owner, in the caller's
 * transaction.
 */
export async function syncLibraryExercise(
  owner: pg.ClientBase,
  target: {
    organizationId: string | null;
    status: ExerciseStatus;
    createdBy: string | null;
  },
  terms: TermIds,
  exercise: LibraryExercise,
  update: boolean,
): Promise<LibraryChange> {
  const parts = {
    instructions: exercise.instructions.map(({ type, text, imageUrl }) => ({
      type,
      text,
      image_url: imageUrl ?? null,
    })),
    contraindications: exercise.contraindications.map((c) => ({ ...c })),
    category_ids: idsOf(terms.category, exercise.categories),
    body_region_ids: idsOf(terms.body_region, exercise.bodyRegions),
    equipment_ids: idsOf(terms.equipment, exercise.equipment),
  };
  const fields = {
    name: exercise.name,
    description: exercise.description,
    difficulty: exercise.difficulty,
    estimated_duration_seconds: exercise.estimatedDurationSeconds,
    movement_profile: storedProfile(exercise.movementProfile),
  };
  const wanted = {
    ...fields,
    tag_ids: [
      ...parts.category_ids,
      ...parts.body_region_ids,
      ...parts.equipment_ids,
    ].sort(),
    instructions: parts.instructions,
    contraindications: parts.contraindications,
  };

  const { rows } = await owner.query<StoredExercise>(
    `SELECT e.id, ${storedContent} AS content FROM exercises e
     WHERE e.organization_id IS NOT DISTINCT FROM $1 AND e.slug = $2
       AND e.deleted_at IS NULL`,
    [target.organizationId, exercise.slug],
  );
  const stored = rows[0];
  if (stored && !update) return 'unchanged';
  if (
    stored &&
    isDeepStrictEqual(normalise(stored.content), normalise(wanted))
  ) {
    return 'unchanged';
  }

  let id = stored?.id;
  if (id) {
    await owner.query(
      `UPDATE exercises SET name = $2, description = $3, difficulty = $4,
         estimated_duration_seconds = $5, movement_profile = $6,
         updated_at = now()
       WHERE id = $1`,
      [id, ...Object.values(fields)],
    );
  } else {
    const inserted = await owner.query<{ id: string }>(
      `INSERT INTO exercises (organization_id, slug, status, created_by, name,
         description, difficulty, estimated_duration_seconds, movement_profile)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        target.organizationId,
        exercise.slug,
        target.status,
        target.createdBy,
        ...Object.values(fields),
      ],
    );
    id = inserted.rows[0]?.id;
    if (!id) throw new Error(`insert of ${exercise.slug} returned no id`);
  }
  await replaceExerciseParts(owner, id, parts);
  return stored ? 'updated' : 'added';
}

/** JSON round trip, so that numbers, nulls and key order compare alike. */
function normalise(value: unknown): unknown {
  const sortKeys = (input: unknown): unknown => {
    if (Array.isArray(input)) return input.map(sortKeys);
    if (input && typeof input === 'object') {
      return Object.fromEntries(
        Object.entries(input)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, inner]) => [key, sortKeys(inner)]),
      );
    }
    return input;
  };
  return sortKeys(JSON.parse(JSON.stringify(value)));
}
