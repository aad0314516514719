import type { RxCollection, RxJsonSchema } from 'rxdb';
import { Observable } from 'rxjs';
import type { SyncRejection } from '../../shared/schemas/sync';
import type { SetAsideEdit } from './field-merge';
import type { ReplicaCollectionName } from './replica-documents';

/**
 * A local edit the server's copy overrode, kept on the workstation until
 * someone reviews it. Never replicated: it is this workstation's record.
 */
export interface SyncConflict {
  /** One per document, field and local revision, so a retry adds none. */
  id: string;
  // Not `collection`: RxDB documents reserve that name (error SC17).
  collection_name: ReplicaCollectionName;
  document_id: string;
  /** The field, or null when the whole local version was set aside. */
  field: string | null;
  local_value: unknown;
  server_value: unknown;
  assumed_value: unknown;
  /** The revision of the local version the values come from. */
  local_revision: string;
  /** ISO time the conflict was found. */
  recorded_at: string;
  /** Why the server refused the write, when it did. */
  rejection_code: string | null;
  rejection_message: string | null;
}

export type SyncConflictCollection = RxCollection<SyncConflict>;

const nullableText = (maxLength: number) => ({
  anyOf: [{ type: 'string', maxLength }, { type: 'null' }],
});

export const syncConflictSchema: RxJsonSchema<SyncConflict> = {
  title: 'motus sync_conflicts',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 200 },
    collection_name: { type: 'string', maxLength: 40 },
    document_id: { type: 'string', maxLength: 36 },
    field: nullableText(64),
    // Any JSON value: a title, an instruction list, a whole exercise.
    local_value: {},
    server_value: {},
    assumed_value: {},
    local_revision: { type: 'string', maxLength: 64 },
    recorded_at: { type: 'string', maxLength: 40 },
    rejection_code: nullableText(64),
    rejection_message: nullableText(2000),
  },
  required: [
    'id',
    'collection_name',
    'document_id',
    'field',
    'local_revision',
    'recorded_at',
    'rejection_code',
    'rejection_message',
  ],
  additionalProperties: false,
};

/**
 * Keeps the edits a merge set aside. Must complete before the merged
 * document replaces the local one, so nothing typed is lost on a crash.
 */
export async function recordSetAsideEdits(
  conflicts: SyncConflictCollection,
  collection: ReplicaCollectionName,
  documentId: string,
  localRevision: string,
  edits: readonly SetAsideEdit[],
  rejection: SyncRejection | undefined,
): Promise<void> {
  if (edits.length === 0) return;
  const recordedAt = new Date().toISOString();
  const rows = edits.map((edit): SyncConflict => ({
    id: [collection, documentId, edit.field ?? '*', localRevision].join('|'),
    collection_name: collection,
    document_id: documentId,
    field: edit.field,
    local_value: edit.local,
    server_value: edit.server,
    assumed_value: edit.assumed,
    local_revision: localRevision,
    recorded_at: recordedAt,
    rejection_code: rejection?.code ?? null,
    rejection_message: rejection?.message ?? null,
  }));
  const result = await conflicts.bulkUpsert(rows);
  const failure = result.error[0];
  if (failure) {
    throw new Error(`a set-aside edit was not kept (${failure.status})`);
  }
}

/** Conflicts awaiting review, oldest first. */
export function conflictsAwaitingReview$(
  conflicts: SyncConflictCollection,
): Observable<SyncConflict[]> {
  return new Observable<SyncConflict[]>((subscriber) =>
    conflicts.find({ sort: [{ recorded_at: 'asc' }] }).$.subscribe((found) => {
      subscriber.next(found.map((conflict) => conflict.toMutableJSON()));
    }),
  );
}

/** Marks a conflict reviewed; it is local only, so it simply goes. */
export async function dismissConflict(
  conflicts: SyncConflictCollection,
  conflictId: string,
): Promise<void> {
  await conflicts.findOne(conflictId).remove();
}
