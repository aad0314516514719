import type pg from 'pg';
import type { SyncCollection } from '../../shared/schemas/sync';
import {
  bodyRegions,
  categories,
  equipment,
  type Taxonomy,
} from '../taxonomy/taxonomy-terms';

export type TermCollection = Exclude<SyncCollection, 'exercises'>;

export const taxonomyOf: Record<TermCollection, Taxonomy> = {
  'exercise-categories': categories,
  'exercise-body-regions': bodyRegions,
  'exercise-equipment': equipment,
};

/** A term document before its revision is attached. */
export type TermContent = Record<string, unknown> & { id: string };

/** The terms among `ids` the caller can see, as replica documents. */
export async function loadTermContents(
  client: pg.ClientBase,
  collection: TermCollection,
  ids: readonly string[],
): Promise<Map<string, TermContent>> {
  const taxonomy = taxonomyOf[collection];
  const columns = [
    'id',
    'organization_id',
    'slug',
    'name',
    'sort_order',
    ...taxonomy.extraColumns,
  ];
  const { rows } = await client.query<TermContent>(
    `SELECT ${columns.join(', ')} FROM ${taxonomy.table}
     WHERE id = ANY ($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}
