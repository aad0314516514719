import type pg from 'pg';
import type { SyncCollection } from '../../shared/schemas/sync';

/**
 * Holds one document for the rest of the transaction. Every writer of a
 * synced document takes it first (push and REST alike), so that a push's
 * compare of revisions and its write happen with nobody in between, and
 * both paths lock in the same order. Works for ids that do not exist yet.
 */
export async function lockDocument(
  client: pg.ClientBase,
  collection: SyncCollection,
  documentId: string,
): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `sync:${collection}:${documentId}`,
  ]);
}

/**
 * The revision the server holds for a document in the caller's scope, or
 * null when there is none (never written, or another clinic's).
 */
export async function documentRevision(
  client: pg.ClientBase,
  collection: SyncCollection,
  documentId: string,
): Promise<string | null> {
  const { rows } = await client.query<{ revision: string | null }>(
    'SELECT document_revision($1, $2) AS revision',
    [collection, documentId],
  );
  return rows[0]?.revision ?? null;
}

/** Keeps the revision the client chose for what it just wrote. */
export async function adoptRevision(
  client: pg.ClientBase,
  collection: SyncCollection,
  documentId: string,
  revision: string,
): Promise<void> {
  await client.query('SELECT adopt_revision($1, $2, $3)', [
    collection,
    documentId,
    revision,
  ]);
}
