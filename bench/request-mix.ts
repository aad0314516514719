import type pg from 'pg';

export const requestGroups = ['text', 'filters', 'both'] as const;
export type RequestGroup = (typeof requestGroups)[number];

export interface BenchRequest {
  group: RequestGroup;
  path: string;
}

type Query = Record<string, string | number>;

/**
 * The GET /v1/exercises requests the bench rotates through: what a
 * clinician types (words, typos, two-word names), what they click (a
 * parent category, a region, equipment and level, a body area, their own
 * clinic's exercises) and both at once, over several pages and sizes.
 * Term ids are looked up by slug in the global taxonomy.
 */
export async function buildRequestMix(
  owner: pg.ClientBase,
): Promise<BenchRequest[]> {
  const term = await termLookup(owner);
  const strengthening = term('exercise_categories', 'strengthening');
  const stretching = term('exercise_categories', 'stretching');
  const knee = term('exercise_body_regions', 'knee');
  const shoulder = term('exercise_body_regions', 'shoulder');
  const hip = term('exercise_body_regions', 'hip');
  const lumbar = term('exercise_body_regions', 'lumbar-spine');
  const band = term('exercise_equipment', 'resistance-band');
  const swissBall = term('exercise_equipment', 'swiss-ball');
  const mat = term('exercise_equipment', 'yoga-mat');

  const text: Query[] = [
    { q: 'shoulder' },
    { q: 'knee' },
    { q: 'squat' },
    { q: 'band' },
    { q: 'shoudler' },
    { q: 'clamshel' },
    { q: 'bird dog' },
    { q: 'hamstring stretch' },
    { q: 'knee', page: 2 },
    { q: 'shoulder', limit: 50 },
    { q: 'band', page: 3, limit: 10 },
    { q: 'stretch', sort: 'name' },
  ];
  const filters: Query[] = [
    { category_id: strengthening },
    { category_id: stretching, page: 2 },
    { body_region_id: knee },
    { body_region_id: shoulder, limit: 50 },
    { equipment_id: band, difficulty: 'beginner' },
    { equipment_id: swissBall, difficulty: 'intermediate', page: 2 },
    { body_area: 'lower_body' },
    { body_area: 'upper_body', page: 3 },
    { scope: 'org' },
    { scope: 'org', limit: 100 },
    { has_video: 'true', body_area: 'core' },
    { category_id: strengthening, sort: '-created_at', page: 5 },
  ];
  const both: Query[] = [
    { q: 'knee', body_region_id: knee, difficulty: 'beginner' },
    { q: 'band', category_id: strengthening, body_area: 'upper_body' },
    { q: 'stretch', category_id: stretching, equipment_id: mat },
    { q: 'shoudler', equipment_id: band, scope: 'org' },
    {
      q: 'squat',
      body_area: 'lower_body',
      difficulty: 'intermediate',
      page: 2,
    },
    { q: 'bird dog', body_region_id: lumbar, scope: 'global' },
    {
      q: 'hip',
      equipment_id: swissBall,
      category_id: strengthening,
      limit: 50,
    },
    { q: 'clamshel', body_region_id: hip, difficulty: 'beginner' },
  ];

  const toRequests = (group: RequestGroup, queries: Query[]) =>
    queries.map((query) => ({ group, path: pathOf(query) }));
  return [
    ...toRequests('text', text),
    ...toRequests('filters', filters),
    ...toRequests('both', both),
  ];
}

function pathOf(query: Query): string {
  const params = new URLSearchParams(
    Object.entries(query).map(([key, value]): [string, string] => [
      key,
      String(value),
    ]),
  );
  return `/v1/exercises?${params.toString()}`;
}

async function termLookup(owner: pg.ClientBase) {
  const { rows } = await owner.query<{
    taxonomy: string;
    slug: string;
    id: string;
  }>(
    `SELECT 'exercise_categories' AS taxonomy, slug, id FROM exercise_categories
       WHERE organization_id IS NULL
     UNION ALL SELECT 'exercise_body_regions', slug, id
       FROM exercise_body_regions WHERE organization_id IS NULL
     UNION ALL SELECT 'exercise_equipment', slug, id
       FROM exercise_equipment WHERE organization_id IS NULL`,
  );
  return (table: string, slug: string): string => {
    const row = rows.find((r) => r.taxonomy === table && r.slug === slug);
    if (!row) throw new Error(`global term ${table}/${slug} is missing`);
    return row.id;
  };
}
