import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import {
  syncCollectionNames,
  type SyncChangeEvent,
  type SyncCollection,
} from '../../shared/schemas/sync';

const channel = 'motus_sync';

/** Who a listener is: clinic staff hear their clinic and the platform. */
export interface ChangeScope {
  organizationId: string | null;
}

type Listener = (event: SyncChangeEvent) => void;

export interface ChangeHub {
  /** Calls `listener` after every committed change in `scope`. */
  subscribe(scope: ChangeScope, listener: Listener): () => void;
  close(): Promise<void>;
}

interface Notice {
  collection: SyncCollection;
  organization_id: string | null;
}

function parseNotice(payload: string | undefined): Notice | undefined {
  try {
    const notice = JSON.parse(payload ?? '') as Notice;
    return syncCollectionNames.includes(notice.collection) ? notice : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One LISTEN connection per server instance, fanned out to its streams.
 * PostgreSQL delivers a notification only after its transaction commits,
 * and to every instance, so a change pushed to one instance reaches the
 * streams of all. After a lost connection every listener is told to pull
 * everything again, since notices sent meanwhile are gone.
 */
export async function openChangeHub(
  connection: pg.ClientConfig,
  log: FastifyBaseLogger,
): Promise<ChangeHub> {
  const listeners = new Map<Listener, ChangeScope>();
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const deliver = (notice: Notice): void => {
    for (const [listener, scope] of listeners) {
      if (
        notice.organization_id === null ||
        notice.organization_id === scope.organizationId
      ) {
        listener({ collection: notice.collection });
      }
    }
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client(connection);
    next.on('notification', (message) => {
      const notice = parseNotice(message.payload);
      if (notice) deliver(notice);
    });
    next.on('error', (error) => {
      log.warn({ err: error }, 'sync change listener lost its connection');
      void next.end().catch(() => undefined);
      if (client === next) reconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
  };

  const reconnect = (): void => {
    client = undefined;
    if (closed) return;
    retry = setTimeout(() => {
      connect().then(
        () => {
          for (const collection of syncCollectionNames) {
            for (const listener of listeners.keys()) listener({ collection });
          }
        },
        (error: unknown) => {
          log.warn({ err: error }, 'sync change listener cannot reconnect');
          reconnect();
        },
      );
    }, 1000);
  };

  await connect();
  return {
    subscribe(scope, listener) {
      listeners.set(listener, scope);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      listeners.clear();
      await client?.end();
    },
  };
}
