import type pg from 'pg';
import type { ExerciseDocument } from '../../shared/schemas/sync';

/** An exercise document before its revision is attached. */
export type ExerciseContent = Omit<ExerciseDocument, 'revision' | 'deleted'>;

function tagIds(tagType: string): string {
  return `coalesce((SELECT array_agg(t.tag_id ORDER BY t.tag_id)
      FROM exercise_tags t
      WHERE t.exercise_id = e.id AND t.tag_type = '${tagType}'), '{}')`;
}

const documentSql = `
  SELECT e.id, e.organization_id, e.cloned_from_id, e.name, e.slug,
    e.description, e.difficulty, e.status, e.estimated_duration_seconds,
    e.video_url, e.video_provider, e.video_thumbnail_url,
    e.video_duration_seconds, e.movement_profile,
    coalesce((SELECT json_agg(json_build_object('type', i.type,
        'text', i.text, 'image_url', i.image_url) ORDER BY i.sort_order)
      FROM exercise_instructions i WHERE i.exercise_id = e.id), '[]')
      AS instructions,
    coalesce((SELECT json_agg(json_build_object('condition', c.condition,
        'severity', c.severity, 'note', c.note) ORDER BY c.sort_order)
      FROM exercise_contraindications c WHERE c.exercise_id = e.id), '[]')
      AS contraindications,
    ${tagIds('category')} AS category_ids,
    ${tagIds('body_region')} AS body_region_ids,
    ${tagIds('equipment')} AS equipment_ids,
    e.created_at, e.updated_at, e.deleted_at
  FROM exercises e WHERE e.id = ANY ($1::uuid[])`;

interface ExerciseRow extends Omit<
  ExerciseContent,
  'created_at' | 'updated_at' | 'deleted_at'
> {
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

/**
 * The exercises among `ids` that the caller can see, as replica
 * documents, by id. Row-level security decides; the rest are missing.
 */
export async function loadExerciseContents(
  client: pg.ClientBase,
  ids: readonly string[],
): Promise<Map<string, ExerciseContent>> {
  const { rows } = await client.query<ExerciseRow>({
    name: 'sync-exercise-documents',
    text: documentSql,
    values: [ids],
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        ...row,
        created_at: row.created_at.toISOString(),
        updated_at: row.updated_at.toISOString(),
        deleted_at: row.deleted_at?.toISOString() ?? null,
      },
    ]),
  );
}
