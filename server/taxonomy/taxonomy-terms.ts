import type pg from 'pg';
import type { ErrorCode } from '../../shared/errors';
import type { Caller } from '../auth/caller';
import { ApiError } from '../errors';
import type { SyncCollection } from '../../shared/schemas/sync';
import { slugify } from '../../shared/slugs';
import { lockDocument } from '../sync/document-lock';

/** One of the three taxonomies: its table and the columns beyond name. */
export interface Taxonomy {
  table: 'exercise_categories' | 'exercise_body_regions' | 'exercise_equipment';
  extraColumns: readonly ('parent_id' | 'body_area')[];
  notFound: ErrorCode;
  /** Its name in the sync endpoints. */
  collection: Exclude<SyncCollection, 'exercises'>;
}

export const categories: Taxonomy = {
  table: 'exercise_categories',
  extraColumns: ['parent_id'],
  notFound: 'category-not-found',
  collection: 'exercise-categories',
};
export const bodyRegions: Taxonomy = {
  table: 'exercise_body_regions',
  extraColumns: ['body_area'],
  notFound: 'body-region-not-found',
  collection: 'exercise-body-regions',
};
export const equipment: Taxonomy = {
  table: 'exercise_equipment',
  extraColumns: [],
  notFound: 'equipment-not-found',
  collection: 'exercise-equipment',
};

export interface TermInput {
  name?: string;
  slug?: string;
  sort_order?: number;
  parent_id?: string | null;
  body_area?: string;
}

function columnsOf(taxonomy: Taxonomy): string {
  return [
    'id',
    'organization_id',
    'slug',
    'name',
    'sort_order',
    ...taxonomy.extraColumns,
  ].join(', ');
}

/** Global terms and the caller's clinic's, in display order. */
export async function listTerms<T>(
  client: pg.ClientBase,
  taxonomy: Taxonomy,
): Promise<T[]> {
  const { rows } = await client.query<T & pg.QueryResultRow>(
    `SELECT ${columnsOf(taxonomy)} FROM ${taxonomy.table}
     ORDER BY organization_id NULLS FIRST, sort_order, name`,
  );
  return rows;
}

/** Where a caller's new terms belong; throws when they may add none. */
export function termScope(caller: Caller): string | null {
  if (caller.organizationId) {
    if (caller.role !== 'admin') {
      throw new ApiError(
        'taxonomy-forbidden',
        'Only clinic admins manage clinic terms.',
      );
    }
    return caller.organizationId;
  }
  if (!caller.isSuperadmin) {
    throw new ApiError('taxonomy-forbidden', 'You cannot manage terms here.');
  }
  return null;
}

export async function createTerm<T>(
  client: pg.ClientBase,
  caller: Caller,
  taxonomy: Taxonomy,
  input: TermInput & { name: string },
  id?: string,
): Promise<T> {
  const row: Record<string, unknown> = {
    ...(id === undefined ? {} : { id }),
    organization_id: termScope(caller),
    name: input.name,
    slug: input.slug ?? slugify(input.name),
    sort_order: input.sort_order ?? 0,
  };
  for (const column of taxonomy.extraColumns) {
    if (input[column] !== undefined) row[column] = input[column];
  }
  const columns = Object.keys(row);
  const { rows } = await client.query<T & pg.QueryResultRow>(
    `INSERT INTO ${taxonomy.table} (${columns.join(', ')})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
     RETURNING ${columnsOf(taxonomy)}`,
    Object.values(row),
  );
  return rows[0] as T;
}

/** 404 for a term the caller cannot see, 403 for one not theirs to edit. */
export async function updateTerm<T>(
  client: pg.ClientBase,
  caller: Caller,
  taxonomy: Taxonomy,
  termId: string,
  input: TermInput,
): Promise<T> {
  await lockDocument(client, taxonomy.collection, termId);
  const { rows: found } = await client.query<{
    organization_id: string | null;
  }>(`SELECT organization_id FROM ${taxonomy.table} WHERE id = $1`, [termId]);
  const term = found[0];
  if (!term)
    throw new ApiError(taxonomy.notFound, 'No such term in your library.');
  if (term.organization_id !== termScope(caller)) {
    throw new ApiError(
      'taxonomy-forbidden',
      term.organization_id === null
        ? 'Platform terms are managed by superadmins.'
        : 'That term is not yours to change.',
    );
  }

  const editable = [
    'name',
    'slug',
    'sort_order',
    ...taxonomy.extraColumns,
  ] as const;
  const columns = editable.filter((column) => input[column] !== undefined);
  const assignments = columns.map((column, i) => `${column} = $${i + 2}`);
  const { rows } = await client.query<T & pg.QueryResultRow>(
    `UPDATE ${taxonomy.table}
     SET ${[...assignments, 'updated_at = now()'].join(', ')}
     WHERE id = $1 RETURNING ${columnsOf(taxonomy)}`,
    [termId, ...columns.map((column) => input[column])],
  );
  return rows[0] as T;
}
