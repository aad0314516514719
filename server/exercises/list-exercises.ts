import type pg from 'pg';
import type {
  ExerciseListQuery,
  ExerciseListResponse,
  ExerciseSummary,
} from '../../shared/schemas/exercises';
import { buildTextQuery } from './search-terms';
import { exerciseColumns, taxonomyColumns } from './taxonomy-columns';

/** Collects the query's parameters and hands back their placeholders. */
class Parameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function tagged(tagType: string, termId: string): string {
  return `EXISTS (SELECT 1 FROM exercise_tags t WHERE t.exercise_id = e.id
    AND t.tag_type = '${tagType}' AND t.tag_id = ${termId})`;
}

/** Sort keys over the matched exercise `x` and its text rank `m.rank`. */
function orderBy(sort: string, ranked: boolean): string {
  switch (sort) {
    case 'relevance':
      return ranked
        ? 'm.rank DESC, lower(x.name), x.id'
        : 'lower(x.name), x.id';
    case '-name':
      return 'lower(x.name) DESC, x.id';
    case 'created_at':
      return 'x.created_at, x.id';
    case '-created_at':
      return 'x.created_at DESC, x.id';
    default:
      return 'lower(x.name), x.id';
  }
}

/**
 * Browse and search the library as the caller sees it. Soft-deleted
 * exercises never appear; archived ones only when asked for by status.
 * A category includes its descendants.
 */
export async function listExercises(
  client: pg.ClientBase,
  query: ExerciseListQuery,
): Promise<ExerciseListResponse> {
  const page = query.page ?? 1;
  const limit = query.limit ?? 20;
  const params = new Parameters();
  const conditions = ['e.deleted_at IS NULL'];
  const ctes: string[] = [];
  let rank = '0::real';

  conditions.push(
    query.status
      ? `e.status = ${params.add(query.status)}`
      : `e.status <> 'archived'`,
  );
  if (query.scope === 'global') conditions.push('e.organization_id IS NULL');
  if (query.scope === 'org') conditions.push('e.organization_id IS NOT NULL');
  if (query.difficulty) {
    conditions.push(`e.difficulty = ${params.add(query.difficulty)}`);
  }
  if (query.has_video !== undefined) {
    conditions.push(
      query.has_video ? 'e.video_url IS NOT NULL' : 'e.video_url IS NULL',
    );
  }
  if (query.category_id) {
    ctes.push(`category_tree AS (
      SELECT id FROM exercise_categories WHERE id = ${params.add(query.category_id)}
      UNION
      SELECT c.id FROM exercise_categories c
      JOIN category_tree tree ON c.parent_id = tree.id)`);
    conditions.push(`EXISTS (SELECT 1 FROM exercise_tags t
      WHERE t.exercise_id = e.id AND t.tag_type = 'category'
        AND t.tag_id IN (SELECT id FROM category_tree))`);
  }
  if (query.body_region_id) {
    conditions.push(tagged('body_region', params.add(query.body_region_id)));
  }
  if (query.equipment_id) {
    conditions.push(tagged('equipment', params.add(query.equipment_id)));
  }
  if (query.body_area) {
    conditions.push(`EXISTS (SELECT 1 FROM exercise_tags t
      JOIN exercise_body_regions r ON r.id = t.tag_id
      WHERE t.exercise_id = e.id AND t.tag_type = 'body_region'
        AND r.body_area = ${params.add(query.body_area)})`);
  }

  const textQuery = query.q ? await buildTextQuery(client, query.q) : undefined;
  if (query.q && !textQuery) conditions.push('false');
  if (textQuery && query.q) {
    const tsquery = `to_tsquery('english', ${params.add(textQuery)})`;
    const phrase = params.add(query.q.trim().toLowerCase());
    conditions.push(`e.search_vector @@ ${tsquery}`);
    // Text relevance, then how close the name is to what was typed, with
    // the exact name first ("bird dog" puts Bird Dog at the top).
    rank = `ts_rank_cd(e.search_vector, ${tsquery}, 1)
      + similarity(lower(e.name), ${phrase})
      + CASE WHEN lower(e.name) = ${phrase} THEN 1 ELSE 0 END`;
  }

  const sort = query.sort ?? (textQuery ? 'relevance' : 'name');
  const order = orderBy(sort, textQuery !== undefined);
  const matched = `
    WITH RECURSIVE ${ctes.map((cte) => `${cte},`).join('\n')}
    matched AS (
      SELECT e.id, ${rank} AS rank
      FROM exercises e WHERE ${conditions.join('\n AND ')}
    )`;
  const countParams = [...params.values];
  const sql = `${matched},
    page AS (
      SELECT m.id, count(*) OVER () AS total,
        row_number() OVER (ORDER BY ${order}) AS position
      FROM matched m JOIN exercises x ON x.id = m.id
      ORDER BY position
      LIMIT ${params.add(limit)} OFFSET ${params.add((page - 1) * limit)}
    )
    SELECT ${exerciseColumns}, ${taxonomyColumns},
      (SELECT count(*)::int FROM exercise_instructions i
        WHERE i.exercise_id = e.id) AS instruction_count,
      (SELECT count(*)::int FROM exercise_contraindications ci
        WHERE ci.exercise_id = e.id) AS contraindication_count,
      page.total::int AS total
    FROM page JOIN exercises e ON e.id = page.id
    ORDER BY page.position`;

  const { rows } = await client.query<ExerciseSummary & { total: number }>(
    sql,
    params.values,
  );
  // A page past the end has no row to carry the total: count it alone.
  const total =
    rows[0]?.total ??
    (page > 1
      ? await countMatched(
          client,
          `${matched} SELECT count(*)::int AS total FROM matched`,
          countParams,
        )
      : 0);
  return {
    exercises: rows.map(({ total: _total, ...exercise }) => exercise),
    total,
    page,
    limit,
    total_pages: Math.ceil(total / limit),
  };
}

async function countMatched(
  client: pg.ClientBase,
  sql: string,
  values: unknown[],
): Promise<number> {
  const { rows } = await client.query<{ total: number }>(sql, values);
  return rows[0]?.total ?? 0;
}
