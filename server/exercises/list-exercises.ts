import { createHash } from 'node:crypto';
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

/** Sort keys over the columns `matched` carries (`m`). */
function orderBy(sort: string, ranked: boolean): string {
  switch (sort) {
    case 'relevance':
      return ranked ? 'm.rank DESC, m.name_key, m.id' : 'm.name_key, m.id';
    case '-name':
      return 'm.name_key DESC, m.id';
    case 'created_at':
      return 'm.created_at, m.id';
    case '-created_at':
      return 'm.created_at DESC, m.id';
    default:
      return 'm.name_key, m.id';
  }
}

/**
 * The WHERE conditions (and any CTE they need) for the query's filters.
 * Term filters test `e.tag_ids`, the exercise's mirror of its tags.
 */
function filterConditions(
  query: ExerciseListQuery,
  params: Parameters,
): { conditions: string[]; ctes: string[] } {
  const conditions = ['e.deleted_at IS NULL'];
  const ctes: string[] = [];
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
      SELECT id FROM exercise_categories
      WHERE id = ${params.add(query.category_id)}
      UNION
      SELECT c.id FROM exercise_categories c
      JOIN category_tree tree ON c.parent_id = tree.id)`);
    conditions.push('e.tag_ids && ARRAY(SELECT id FROM category_tree)');
  }
  for (const termId of [query.body_region_id, query.equipment_id]) {
    if (termId)
      conditions.push(`e.tag_ids @> ARRAY[${params.add(termId)}::uuid]`);
  }
  if (query.body_area) {
    conditions.push(`e.tag_ids && ARRAY(SELECT r.id FROM exercise_body_regions r
      WHERE r.body_area = ${params.add(query.body_area)})`);
  }
  return { conditions, ctes };
}

/**
 * Runs a statement prepared once per connection and shape: planning an
 * RLS-guarded search costs more than running it.
 */
async function prepared<T extends pg.QueryResultRow>(
  client: pg.ClientBase,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const name = `list-${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  const { rows } = await client.query<T>({ name, text, values });
  return rows;
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
  const { conditions, ctes } = filterConditions(query, params);

  let rank = '0::real';
  const textQuery = query.q ? await buildTextQuery(client, query.q) : undefined;
  if (query.q !== undefined && textQuery === undefined)
    conditions.push('false');
  if (textQuery !== undefined && query.q !== undefined) {
    const matching = `to_tsquery('english', ${params.add(textQuery.matching)})`;
    const whole = `to_tsquery('english', ${params.add(textQuery.wholeWords)})`;
    const typed = params.add(query.q.trim().toLowerCase());
    conditions.push(`e.search_vector @@ ${matching}`);
    // Text relevance (names weigh most, whole words more than prefixes),
    // then the name as typed, then a name that starts with it: "bird dog"
    // puts Bird Dog at the top, "knee" puts knee before kneeling.
    rank = `ts_rank_cd(e.search_vector, ${matching}, 1)
      + 4 * ts_rank_cd(e.search_vector, ${whole}, 1)
      + CASE WHEN lower(e.name) = ${typed} THEN 2
             WHEN starts_with(lower(e.name), ${typed}) THEN 1 ELSE 0 END`;
  }

  const matched = `
    WITH RECURSIVE ${ctes.map((cte) => `${cte},`).join('\n')}
    matched AS (
      SELECT e.id, lower(e.name) AS name_key, e.created_at, ${rank} AS rank
      FROM exercises e WHERE ${conditions.join('\n AND ')}
    )`;
  const countValues = [...params.values];
  const sort = query.sort ?? (textQuery ? 'relevance' : 'name');
  const sql = `${matched},
    page AS (
      SELECT m.id, count(*) OVER () AS total,
        row_number() OVER (ORDER BY ${orderBy(sort, textQuery !== undefined)})
          AS position
      FROM matched m
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

  const rows = await prepared<ExerciseSummary & { total: number }>(
    client,
    sql,
    params.values,
  );
  // A page past the end has no row to carry the total: count it alone.
  const counted = `${matched} SELECT count(*)::int AS total FROM matched`;
  const total =
    rows[0]?.total ??
    (page > 1
      ? ((await prepared<{ total: number }>(client, counted, countValues))[0]
          ?.total ?? 0)
      : 0);
  return {
    exercises: rows.map(({ total: _total, ...exercise }) => exercise),
    total,
    page,
    limit,
    total_pages: Math.ceil(total / limit),
  };
}
