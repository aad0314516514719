import type { SyncRejection } from '../../shared/schemas/sync';
import { newRevision } from '../../shared/sync/identifiers';

/**
 * The three-way merge behind the replica's conflict handler, kept pure:
 * it decides what the workstation keeps when the server's copy moved on
 * since the local edit began, and which local edits were set aside.
 */

/** A document as RxDB hands it to a conflict handler. */
export type MergeDocument = { id: string; _deleted?: boolean } & Record<
  string,
  unknown
>;

export interface MergeInput {
  /** What the workstation believed the server held; absent for a new one. */
  assumed?: MergeDocument | undefined;
  /** The server's copy, possibly a tombstone or carrying a rejection. */
  server: MergeDocument;
  /** The local version that was pushed. */
  local: MergeDocument;
}

/** A local edit that lost to the server's copy and awaits review. */
export interface SetAsideEdit {
  /** The field, or null when the whole local version was set aside. */
  field: string | null;
  local: unknown;
  /** The server's value; null for a document the server no longer shows. */
  server: unknown;
  /** What both sides started from; null when there was no common start. */
  assumed: unknown;
}

export interface MergeOutcome {
  /** What the replica keeps; `rejection` is never part of it. */
  document: MergeDocument;
  /** True when `document` is the server's copy, unchanged. */
  isServerCopy: boolean;
  setAside: SetAsideEdit[];
  rejection?: SyncRejection;
}

// RxDB's storage bookkeeping and the server's note on a refused write are
// not document content.
const bookkeeping = new Set(['_meta', '_rev', '_attachments', 'rejection']);
const notContent = new Set([...bookkeeping, '_deleted']);

// Fields only the server sets; a local value for them is never an edit.
const serverOwned = new Set([
  'id',
  '_deleted',
  'sync_revision',
  'created_at',
  'updated_at',
  'organization_id',
  'cloned_from_id',
]);

/** Structural equality of JSON values; missing and undefined are alike. */
export function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => sameValue(item, right[index]))
    );
  }
  if (!isObject(left) || !isObject(right)) return false;
  return sameFields(left, right, new Set());
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function sameFields(
  left: Record<string, unknown>,
  right: Record<string, unknown>,
  ignored: ReadonlySet<string>,
): boolean {
  const fields = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const field of fields) {
    if (ignored.has(field)) continue;
    if (!sameValue(left[field], right[field])) return false;
  }
  return true;
}

/**
 * Whether two documents hold the same content, revision and deletion
 * included, RxDB bookkeeping and rejections excluded. RxDB relies on this
 * to tell an unpushed local change from a replicated one.
 */
export function sameDocument(
  left: Record<string, unknown>,
  right: Record<string, unknown>,
): boolean {
  return (
    Boolean(left._deleted) === Boolean(right._deleted) &&
    sameFields(left, right, notContent)
  );
}

/** The document without the server's rejection note. */
export function withoutRejection(document: MergeDocument): MergeDocument {
  const { rejection: _rejection, ...rest } = document;
  return rest;
}

/** The fields a person could have edited: what a review shows. */
function contentOf(document: MergeDocument): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(document).filter(([field]) => !notContent.has(field)),
  );
}

/**
 * Merges a local version with the server's copy field by field (arrays
 * count as one value). A field changed on one side only keeps that
 * change; a field both changed differently takes the server's value and
 * the local one is set aside. A refused write or a tombstone makes the
 * server's copy win whole, with the whole local version set aside.
 * `freshRevision` names a merged result that differs from the server.
 */
export function mergeDocuments(
  { assumed, server, local }: MergeInput,
  freshRevision: () => string = newRevision,
): MergeOutcome {
  const serverCopy = withoutRejection(server);
  const rejection = server.rejection as SyncRejection | undefined;
  if (rejection !== undefined || server._deleted === true) {
    const editedLocally = !assumed || !sameDocument(local, assumed);
    const setAside: SetAsideEdit[] =
      editedLocally || rejection !== undefined
        ? [wholeVersion(local, serverCopy, assumed)]
        : [];
    return {
      document: serverCopy,
      isServerCopy: true,
      setAside,
      ...(rejection === undefined ? {} : { rejection }),
    };
  }

  const merged: MergeDocument = { id: server.id, _deleted: false };
  const setAside: SetAsideEdit[] = [];
  const base = assumed ?? {};
  const fields = new Set([...Object.keys(server), ...Object.keys(local)]);
  for (const field of fields) {
    if (bookkeeping.has(field)) continue;
    const chosen = chooseValue(field, base, server, local, assumed, setAside);
    if (chosen !== undefined) merged[field] = chosen;
  }

  if (sameDocument(merged, serverCopy)) {
    return { document: serverCopy, isServerCopy: true, setAside };
  }
  merged.sync_revision = freshRevision();
  return { document: merged, isServerCopy: false, setAside };
}

function chooseValue(
  field: string,
  base: Record<string, unknown>,
  server: MergeDocument,
  local: MergeDocument,
  assumed: MergeDocument | undefined,
  setAside: SetAsideEdit[],
): unknown {
  // A new exercise's slug is the server's to settle: it picks a free one.
  const isServerOwned =
    serverOwned.has(field) || (field === 'slug' && assumed === undefined);
  if (isServerOwned) return server[field];

  const serverValue = server[field];
  const localValue = local[field];
  if (sameValue(localValue, base[field])) return serverValue;
  if (sameValue(serverValue, base[field])) return localValue;
  if (sameValue(serverValue, localValue)) return serverValue;

  setAside.push({
    field,
    local: localValue ?? null,
    server: serverValue ?? null,
    assumed: base[field] ?? null,
  });
  return serverValue;
}

function wholeVersion(
  local: MergeDocument,
  serverCopy: MergeDocument,
  assumed: MergeDocument | undefined,
): SetAsideEdit {
  return {
    field: null,
    local: contentOf(local),
    server: serverCopy._deleted === true ? null : contentOf(serverCopy),
    assumed: assumed ? contentOf(assumed) : null,
  };
}
