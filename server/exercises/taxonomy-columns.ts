/**
 * Columns that fold an exercise's tags (its `tag_ids` mirror) into JSON
 * arrays of terms, for the exercise aliased `e`. Row-level security still
 * applies to each term.
 */
export const taxonomyColumns = `
  coalesce((SELECT json_agg(json_build_object('id', c.id, 'slug', c.slug,
      'name', c.name, 'parent_id', c.parent_id) ORDER BY c.sort_order, c.name)
    FROM exercise_categories c WHERE c.id = ANY (e.tag_ids)), '[]')
    AS categories,
  coalesce((SELECT json_agg(json_build_object('id', r.id, 'slug', r.slug,
      'name', r.name, 'body_area', r.body_area) ORDER BY r.sort_order, r.name)
    FROM exercise_body_regions r WHERE r.id = ANY (e.tag_ids)), '[]')
    AS body_regions,
  coalesce((SELECT json_agg(json_build_object('id', q.id, 'slug', q.slug,
      'name', q.name) ORDER BY q.sort_order, q.name)
    FROM exercise_equipment q WHERE q.id = ANY (e.tag_ids)), '[]')
    AS equipment`;

/** The exercise's own columns, for the exercise aliased `e`. */
export const exerciseColumns = `
  e.id, e.organization_id,
  CASE WHEN e.organization_id IS NULL THEN 'global' ELSE 'org' END AS scope,
  e.cloned_from_id, e.name, e.slug, e.description, e.difficulty, e.status,
  e.estimated_duration_seconds, e.video_url, e.video_provider,
  e.video_thumbnail_url, e.video_duration_seconds, e.movement_profile,
  e.created_by,
  e.created_at, e.updated_at, e.deleted_at`;
