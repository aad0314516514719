import type {
  SyncCheckpoint,
  SyncCollection,
  SyncPullResponse,
} from '../../shared/schemas/sync';
import { fromWire, toWire, type LooseDocument } from './replica-documents';
import { SyncRequestError, type SyncRequester } from './sync-request';

/**
 * The two sync endpoints of one collection as RxDB's handlers need
 * them: documents leave in the server's shape and come back in the
 * replica's (see `toWire`/`fromWire`), answers are checked for shape.
 */

/**
 * One page of changes after `checkpoint`, in the replica's shape. The
 * server fills a page unless changes are held back behind a transaction
 * still open there: then the page is short while `remaining` is not
 * zero, and the caller must pull again shortly (see `isHeldBack`).
 */
export async function pullPage(
  requester: SyncRequester,
  collection: SyncCollection,
  checkpoint: SyncCheckpoint | undefined,
  limit: number,
): Promise<SyncPullResponse<LooseDocument>> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (checkpoint) query.set('checkpoint', JSON.stringify(checkpoint));
  const page = readPullPage(
    await requester.getJson(`/v1/sync/${collection}/pull?${query.toString()}`),
  );
  return { ...page, documents: page.documents.map(fromWire) };
}

/** Whether a page asked for `limit` documents stopped short of waiting ones. */
export function isHeldBack(
  page: SyncPullResponse<LooseDocument>,
  limit: number,
): boolean {
  return page.documents.length < limit && page.remaining > 0;
}

function readPullPage(body: unknown): SyncPullResponse<LooseDocument> {
  const page = body as Partial<SyncPullResponse<LooseDocument>> | null;
  if (
    !Array.isArray(page?.documents) ||
    typeof page.checkpoint !== 'object' ||
    typeof page.remaining !== 'number'
  ) {
    throw new SyncRequestError(
      'unexpected-response',
      'The server sent a pull page of an unknown shape.',
    );
  }
  return page as SyncPullResponse<LooseDocument>;
}

export interface PushRow {
  assumedMasterState?: LooseDocument;
  newDocumentState: LooseDocument;
}

/**
 * Sends push rows in the server's shape; returns the server's copies of
 * the documents not written, in the replica's shape. A batch too large
 * for the server's body limit is sent in halves.
 */
export async function pushRows(
  requester: SyncRequester,
  collection: SyncCollection,
  rows: readonly PushRow[],
): Promise<LooseDocument[]> {
  const body = rows.map((row) => ({
    ...(row.assumedMasterState
      ? { assumedMasterState: toWire(row.assumedMasterState) }
      : {}),
    newDocumentState: toWire(row.newDocumentState),
  }));
  try {
    const copies = await requester.postJson(
      `/v1/sync/${collection}/push`,
      body,
    );
    if (!Array.isArray(copies)) {
      throw new SyncRequestError(
        'unexpected-response',
        'The server answered a push with something other than a list.',
      );
    }
    return (copies as LooseDocument[]).map(fromWire);
  } catch (error) {
    const tooLarge =
      error instanceof SyncRequestError && error.code === 'payload-too-large';
    if (!tooLarge || rows.length < 2) throw error;
    const half = Math.ceil(rows.length / 2);
    const first = await pushRows(requester, collection, rows.slice(0, half));
    const second = await pushRows(requester, collection, rows.slice(half));
    return [...first, ...second];
  }
}
