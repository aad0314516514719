import type { SyncCollection, SyncRejection } from '../../shared/schemas/sync';
import type { Fetch } from '../../src-renderer/replica/sync-request';

/**
 * A stand-in for the sync endpoints, in memory and behind a fetch
 * function: revision-checked pushes, checkpointed pulls, a change stream
 * and expiring tokens. Enough to drive the client's edge cases without
 * PostgreSQL; the integration test covers the real server.
 */

type WireDocument = {
  id: string;
  revision?: string;
  deleted?: boolean;
} & Record<string, unknown>;

interface StoredChange {
  document: WireDocument;
  sequence: number;
}

export interface FakeSyncServer {
  readonly url: string;
  readonly fetch: Fetch;
  /** Every request as `METHOD path?query`, in order. */
  readonly requests: string[];
  /** Puts a document as if someone wrote it on the server. */
  put(collection: SyncCollection, document: WireDocument): void;
  get(collection: SyncCollection, id: string): WireDocument | undefined;
  /** Makes pushes of matching documents come back refused. */
  refuse(decide: (document: WireDocument) => SyncRejection | undefined): void;
  /** From now on `token` is answered with 401 session-expired. */
  expire(token: string): void;
  /** Issues a new pair; refreshing with `refreshToken` gives it out. */
  readonly tokens: { access: string; refresh: string };
  /** How many refreshes the server answered. */
  refreshes(): number;
  /** The network goes (every request fails) or comes back. */
  setReachable(reachable: boolean): void;
  /**
   * While on, changes written from now are not handed out (as behind a
   * transaction still open) but counted in `remaining`.
   */
  holdBack(on: boolean): void;
  /** Tells open streams that `collection` changed. */
  announce(collection: SyncCollection): void;
  closeStreams(): void;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function refusal(status: number, code: string, message = code): Response {
  return json(status, { error: { code, message } });
}

export function createFakeSyncServer(): FakeSyncServer {
  const url = 'http://fake-motus.test';
  const stored = new Map<string, Map<string, StoredChange>>();
  const requests: string[] = [];
  const expired = new Set<string>();
  const streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  const encoder = new TextEncoder();
  let sequence = 0;
  let heldFrom: number | undefined;
  let reachable = true;
  let refreshCount = 0;
  let decideRefusal: (
    document: WireDocument,
  ) => SyncRejection | undefined = () => undefined;
  const tokens = { access: 'access-1', refresh: 'refresh-1' };

  const table = (collection: string) => {
    let found = stored.get(collection);
    if (!found) stored.set(collection, (found = new Map()));
    return found;
  };
  const put = (collection: string, document: WireDocument) => {
    sequence += 1;
    table(collection).set(document.id, { document, sequence });
  };
  const announce = (collection: string) => {
    const event = `event: change\ndata: ${JSON.stringify({ collection })}\n\n`;
    for (const stream of streams) stream.enqueue(encoder.encode(event));
  };

  const pull = (collection: string, query: URLSearchParams) => {
    const after = Number(
      (
        JSON.parse(query.get('checkpoint') ?? 'null') as {
          sequence?: string;
        } | null
      )?.sequence ?? 0,
    );
    const limit = Number(query.get('limit') ?? 200);
    const changes = [...table(collection).values()]
      .filter((change) => change.sequence > after)
      .sort((a, b) => a.sequence - b.sequence);
    const page = changes
      .filter((change) => heldFrom === undefined || change.sequence < heldFrom)
      .slice(0, limit);
    const last = page.at(-1)?.sequence ?? after;
    return json(200, {
      documents: page.map((change) => change.document),
      checkpoint: { transaction: '1', sequence: String(last) },
      remaining: changes.length - page.length,
    });
  };

  const push = (collection: string, rows: unknown) => {
    const notWritten: unknown[] = [];
    for (const row of rows as {
      assumedMasterState?: WireDocument;
      newDocumentState: WireDocument;
    }[]) {
      const next = row.newDocumentState;
      const current = table(collection).get(next.id)?.document;
      const tombstone = { id: next.id, deleted: true };
      const assumed = row.assumedMasterState;
      const assumedRevision = assumed?.deleted ? undefined : assumed?.revision;
      const currentRevision = current?.deleted ? undefined : current?.revision;
      if (assumedRevision !== currentRevision) {
        notWritten.push(current ?? tombstone);
        continue;
      }
      const rejection = decideRefusal(next);
      if (rejection) {
        notWritten.push({ ...(current ?? tombstone), rejection });
        continue;
      }
      put(collection, next);
      announce(collection);
    }
    return json(200, notWritten);
  };

  const stream = (signal: AbortSignal | null | undefined) => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start: (started) => {
        controller = started;
        streams.add(controller);
        controller.enqueue(
          encoder.encode('retry: 20\nevent: ready\ndata: {}\n\n: hello\n\n'),
        );
      },
      cancel: () => {
        streams.delete(controller);
      },
    });
    signal?.addEventListener('abort', () => {
      streams.delete(controller);
      controller.error(new DOMException('aborted', 'AbortError'));
    });
    return new Response(body, {
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
    });
  };

  const fetch: Fetch = async (input, init) => {
    const target = new URL(input instanceof Request ? input.url : input);
    const text = typeof init?.body === 'string' ? init.body : '';
    const method = init?.method ?? 'GET';
    requests.push(`${method} ${target.pathname}${target.search}`);
    if (!reachable) throw new TypeError('fetch failed');

    if (target.pathname === '/v1/auth/refresh') {
      const body = JSON.parse(text) as { refresh_token: string };
      if (body.refresh_token !== tokens.refresh) {
        return refusal(401, 'invalid-refresh-token');
      }
      refreshCount += 1;
      tokens.access = `access-${refreshCount + 1}`;
      tokens.refresh = `refresh-${refreshCount + 1}`;
      return json(200, {
        access_token: tokens.access,
        token_type: 'Bearer',
        expires_in: 900,
        refresh_token: tokens.refresh,
      });
    }

    const token = new Headers(init?.headers)
      .get('authorization')
      ?.replace(/^Bearer /, '');
    if (!token || expired.has(token) || token !== tokens.access) {
      return refusal(401, 'session-expired');
    }
    if (target.pathname === '/v1/sync/stream') return stream(init?.signal);
    const [, , , collection, action] = target.pathname.split('/');
    if (collection && action === 'pull') {
      return pull(collection, target.searchParams);
    }
    if (collection && action === 'push') {
      return push(collection, JSON.parse(text));
    }
    return refusal(404, 'route-not-found');
  };

  return {
    url,
    fetch,
    requests,
    tokens,
    put: (collection, document) => {
      put(collection, document);
      announce(collection);
    },
    get: (collection, id) => table(collection).get(id)?.document,
    refuse: (decide) => {
      decideRefusal = decide;
    },
    expire: (token) => expired.add(token),
    refreshes: () => refreshCount,
    setReachable: (value) => {
      reachable = value;
      if (!value) {
        for (const controller of streams) {
          controller.error(new TypeError('network lost'));
        }
        streams.clear();
      }
    },
    holdBack: (on) => {
      heldFrom = on ? sequence + 1 : undefined;
    },
    announce,
    closeStreams: () => {
      for (const controller of streams) controller.close();
      streams.clear();
    },
  };
}
