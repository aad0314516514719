import { createParser } from 'eventsource-parser';
import { newRevision } from '../../shared/sync/identifiers';
import type { SyncCheckpoint, SyncCollection } from '../../shared/schemas/sync';
import type { TestServer } from './test-server';

export type Document = { id: string; deleted: boolean } & Record<string, any>;

/** One pull, as the replica makes it. */
export async function pullPage(
  api: TestServer,
  token: string,
  collection: SyncCollection,
  checkpoint?: SyncCheckpoint,
  limit = 200,
): Promise<{
  documents: Document[];
  checkpoint: SyncCheckpoint;
  remaining: number;
}> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (checkpoint) query.set('checkpoint', JSON.stringify(checkpoint));
  const response = await api.call(
    'GET',
    `/v1/sync/${collection}/pull?${query.toString()}`,
    { token },
  );
  if (response.status !== 200) {
    throw new Error(`pull failed: ${response.status} ${response.body}`);
  }
  return response.body;
}

export interface Replica {
  documents: Map<string, Document>;
  checkpoint: SyncCheckpoint | undefined;
  pageSizes: number[];
}

/**
 * Pulls until nothing is waiting, applying pages as RxDB would. Changes
 * held back behind another test's open transaction are waited for.
 */
export async function pullUntilEmpty(
  api: TestServer,
  token: string,
  collection: SyncCollection,
  replica: Replica = emptyReplica(),
  limit = 200,
): Promise<Replica> {
  for (;;) {
    const page = await pullPage(
      api,
      token,
      collection,
      replica.checkpoint,
      limit,
    );
    replica.checkpoint = page.checkpoint;
    if (page.documents.length === 0 && page.remaining === 0) return replica;
    if (page.documents.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      continue;
    }
    replica.pageSizes.push(page.documents.length);
    for (const document of page.documents) {
      if (document.deleted) replica.documents.delete(document.id);
      else replica.documents.set(document.id, document);
    }
  }
}

export function emptyReplica(): Replica {
  return { documents: new Map(), checkpoint: undefined, pageSizes: [] };
}

/** Push rows; returns the server's copies of what it did not write. */
export async function push(
  api: TestServer,
  token: string,
  collection: SyncCollection,
  rows: { assumedMasterState?: Document; newDocumentState: Document }[],
): Promise<Document[]> {
  const response = await api.call('POST', `/v1/sync/${collection}/push`, {
    token,
    body: rows,
  });
  if (response.status !== 200) {
    throw new Error(
      `push failed: ${response.status} ${JSON.stringify(response.body)}`,
    );
  }
  return response.body;
}

/** The document as a workstation would write it: changed, fresh revision. */
export function edited(
  document: Document,
  changes: Record<string, unknown>,
): Document {
  return { ...document, ...changes, revision: newRevision() };
}

export interface EventLog {
  events: { event: string | undefined; data: string }[];
  comments: string[];
  /** Resolves once an event of that name (and matching data) arrived. */
  waitFor(event: string, test?: (data: string) => boolean): Promise<void>;
  close(): void;
}

/** Opens the live stream and records what it says. */
export async function openStream(
  api: TestServer,
  token: string,
): Promise<EventLog & { status: number }> {
  const abort = new AbortController();
  const response = await fetch(`${api.url}/v1/sync/stream`, {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  const log: EventLog['events'] = [];
  const comments: string[] = [];
  const waiting = new Set<() => void>();
  const parser = createParser({
    onEvent: (message) => {
      log.push({ event: message.event, data: message.data });
      for (const check of waiting) check();
    },
    onComment: (comment) => comments.push(comment),
  });
  if (response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      try {
        for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
          parser.feed(decoder.decode(chunk, { stream: true }));
        }
      } catch {
        // Aborted by close().
      }
    })();
  }
  return {
    status: response.status,
    events: log,
    comments,
    waitFor: (event, test = () => true) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`no ${event} event within 5 s`));
        }, 5000);
        const check = () => {
          if (log.some((m) => m.event === event && test(m.data))) {
            clearTimeout(timer);
            waiting.delete(check);
            resolve();
          }
        };
        waiting.add(check);
        check();
      }),
    close: () => {
      abort.abort();
    },
  };
}
