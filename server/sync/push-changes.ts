import type pg from 'pg';
import {
  syncCollections,
  type ExerciseDocument,
  type SyncCollection,
  type SyncMasterCopy,
  type Tombstone,
} from '../../shared/schemas/sync';
import type { Caller } from '../auth/caller';
import { ApiError, describe, fromDatabaseError } from '../errors';
import { compilerWith } from '../plugins/validation';
import { adoptRevision, documentRevision, lockDocument } from './document-lock';
import { loadExerciseContents } from './exercise-documents';
import {
  createExerciseDocument,
  storedAsSent,
  updateExerciseDocument,
} from './push-exercise';
import {
  createTermDocument,
  termStoredAsSent,
  updateTermDocument,
} from './push-term';
import { loadTermContents } from './term-documents';

/** A push row as it arrived: only its envelope has been checked. */
export interface ArrivingRow {
  assumedMasterState?: { id: string; revision?: unknown; deleted?: unknown };
  newDocumentState: { id: string } & Record<string, unknown>;
}

const compiler = compilerWith({ coerceTypes: false });
const validDocument = Object.fromEntries(
  Object.entries(syncCollections).map(([name, { schema }]) => [
    name,
    compiler.compile(schema),
  ]),
) as Record<SyncCollection, ReturnType<typeof compiler.compile>>;

type Content = Record<string, unknown> & { id: string };
type MasterCopy = (Content & { revision: string; deleted: false }) | Tombstone;

/** The server's copy of a document for this caller, or a tombstone. */
async function masterCopy(
  client: pg.ClientBase,
  collection: SyncCollection,
  id: string,
): Promise<MasterCopy> {
  const revision = await documentRevision(client, collection, id);
  const contents: Map<string, Content> =
    collection === 'exercises'
      ? await loadExerciseContents(client, [id])
      : await loadTermContents(client, collection, [id]);
  const content = contents.get(id);
  if (!content || revision === null) return { id, deleted: true };
  return { ...content, revision, deleted: false };
}

async function write(
  client: pg.ClientBase,
  caller: Caller,
  collection: SyncCollection,
  master: MasterCopy,
  next: Content,
): Promise<boolean> {
  if (collection === 'exercises') {
    const document = next as unknown as ExerciseDocument;
    if (master.deleted) await createExerciseDocument(client, caller, document);
    else
      await updateExerciseDocument(
        client,
        caller,
        master as unknown as ExerciseDocument,
        document,
      );
    const stored = await masterCopy(client, collection, next.id);
    return (
      !stored.deleted &&
      storedAsSent(stored as unknown as ExerciseDocument, document)
    );
  }
  if (master.deleted)
    await createTermDocument(client, caller, collection, next);
  else await updateTermDocument(client, caller, collection, master, next);
  const stored = await masterCopy(client, collection, next.id);
  return !stored.deleted && termStoredAsSent(collection, stored, next);
}

/**
 * Writes one pushed document if the revision it assumed is still the
 * server's. Returns the server's copy when it was not written.
 */
async function pushDocument(
  client: pg.ClientBase,
  caller: Caller,
  collection: SyncCollection,
  row: ArrivingRow,
): Promise<SyncMasterCopy | null> {
  const next = row.newDocumentState;
  await lockDocument(client, collection, next.id);
  const master = await masterCopy(client, collection, next.id);

  const assumed = row.assumedMasterState;
  const assumedRevision =
    assumed && assumed.deleted !== true ? assumed.revision : undefined;
  const masterRevision = master.deleted ? undefined : master.revision;
  if (assumedRevision !== masterRevision) return master as SyncMasterCopy;

  if (!validDocument[collection](next)) {
    return refused(master, 'validation-failed', invalidMessage(collection));
  }
  if (next.deleted === true) {
    return refused(master, 'document-removal-forbidden');
  }
  if (master.deleted && (await documentRevision(client, collection, next.id))) {
    // The id exists but is hidden from this caller: never overwrite it.
    return refused(master, 'forbidden');
  }

  const asSent = await write(client, caller, collection, master, next);
  const revision = next.revision as string;
  if (asSent && revision !== masterRevision) {
    await adoptRevision(client, collection, next.id, revision);
  }
  return null;
}

function refused(
  master: MasterCopy,
  code: Parameters<typeof describe>[0],
  message = describe(code),
): SyncMasterCopy {
  return { ...master, rejection: { code, message } } as SyncMasterCopy;
}

function invalidMessage(collection: SyncCollection): string {
  const errors = validDocument[collection].errors ?? [];
  const first = errors[0];
  return first
    ? `${first.instancePath || 'document'} ${first.message ?? 'is invalid'}`
    : 'The document is not valid.';
}

/**
 * Applies a batch of RxDB push rows in the caller's transaction, each in
 * a savepoint of its own so that one refused document does not undo the
 * others. Returns the server's copy of every document not written; a
 * refused one carries the reason the app shows.
 */
export async function pushChanges(
  client: pg.ClientBase,
  caller: Caller,
  collection: SyncCollection,
  rows: readonly ArrivingRow[],
): Promise<SyncMasterCopy[]> {
  const notWritten: SyncMasterCopy[] = [];
  for (const row of rows) {
    await client.query('SAVEPOINT push_row');
    try {
      const copy = await pushDocument(client, caller, collection, row);
      await client.query('RELEASE SAVEPOINT push_row');
      if (copy) notWritten.push(copy);
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT push_row');
      const refusal = fromDatabaseError(error);
      if (!(refusal instanceof ApiError)) throw error;
      const master = await masterCopy(
        client,
        collection,
        row.newDocumentState.id,
      );
      notWritten.push(refused(master, refusal.code, refusal.message));
    }
  }
  return notWritten;
}
