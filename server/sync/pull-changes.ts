import type pg from 'pg';
import {
  SyncCheckpoint,
  type SyncCollection,
  type SyncPullResponse,
} from '../../shared/schemas/sync';
import { ApiError } from '../errors';
import { compilerWith } from '../plugins/validation';
import { loadExerciseContents } from './exercise-documents';
import { loadTermContents } from './term-documents';

const validCheckpoint = compilerWith({ coerceTypes: false }).compile(
  SyncCheckpoint,
);

/** The checkpoint as the client sent it back, JSON-encoded. */
export function parseCheckpoint(text: string | undefined): SyncCheckpoint {
  if (text === undefined) return { transaction: '0', sequence: '0' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!validCheckpoint(parsed)) {
    throw new ApiError('sync-checkpoint-invalid', 'Pull from the start.');
  }
  return parsed;
}

interface ChangeRow {
  document_id: string;
  revision: string;
  change_transaction: string;
  change_sequence: string;
}

/**
 * One page of changes after `checkpoint` for the signed-in caller. Must
 * run in a repeatable-read transaction: the feed and the documents come
 * from one snapshot. Changes whose row the caller cannot see (another
 * role's draft, a platform exercise back in draft) become tombstones.
 */
export async function pullChanges(
  client: pg.ClientBase,
  collection: SyncCollection,
  checkpoint: SyncCheckpoint,
  limit: number,
): Promise<SyncPullResponse> {
  const { rows } = await client.query<ChangeRow>({
    name: 'sync-changes-after',
    text: 'SELECT * FROM sync_changes_after($1, $2::xid8, $3::bigint, $4)',
    values: [collection, checkpoint.transaction, checkpoint.sequence, limit],
  });

  const ids = rows.map((row) => row.document_id);
  const contents: Map<string, object> =
    collection === 'exercises'
      ? await loadExerciseContents(client, ids)
      : await loadTermContents(client, collection, ids);
  const documents = rows.map((row) => {
    const content = contents.get(row.document_id);
    return content
      ? { ...content, revision: row.revision, deleted: false }
      : { id: row.document_id, deleted: true as const };
  });

  const last = rows.at(-1);
  const next = last
    ? { transaction: last.change_transaction, sequence: last.change_sequence }
    : checkpoint;
  const { rows: waiting } = await client.query<{ count: string }>({
    name: 'sync-changes-waiting',
    text: 'SELECT sync_changes_waiting($1, $2::xid8, $3::bigint) AS count',
    values: [collection, next.transaction, next.sequence],
  });
  return {
    documents: documents as SyncPullResponse['documents'],
    checkpoint: next,
    remaining: Number(waiting[0]?.count ?? 0),
  };
}
