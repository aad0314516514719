import { createParser, type EventSourceMessage } from 'eventsource-parser';
import {
  syncCollectionNames,
  type SyncCollection,
} from '../../shared/schemas/sync';
import {
  SyncRequestError,
  type SyncErrorCode,
  type SyncRequester,
} from './sync-request';

/**
 * The server's live change stream (`GET /v1/sync/stream`), read with
 * fetch so that it can carry the Authorization header (the browser's
 * EventSource cannot) and run in Node as well. It only says which
 * collection to pull again; the pull brings the changes.
 */

export interface ChangeStreamOptions {
  requester: SyncRequester;
  /** Connected (again): everything may have changed meanwhile. */
  onReady(): void;
  onChange(collection: SyncCollection): void;
  onConnectionChange(connected: boolean): void;
  onError(code: SyncErrorCode, message: string): void;
  /**
   * Milliseconds of silence after which the connection counts as dead.
   * The server comments every 20 s; default 45 s.
   */
  idleTimeoutMs?: number | undefined;
  /** First reconnect delay in milliseconds (doubling, with jitter). */
  initialRetryMs?: number | undefined;
  /** Longest reconnect delay in milliseconds; default 30 s. */
  maxRetryMs?: number | undefined;
}

export interface ChangeStream {
  /** Skips the reconnect delay (the network came back, say). */
  reconnectNow(): void;
  close(): void;
}

const streamPath = '/v1/sync/stream';

export function openChangeStream(options: ChangeStreamOptions): ChangeStream {
  const idleTimeoutMs = options.idleTimeoutMs ?? 45_000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  let retryMs = options.initialRetryMs ?? 1000;
  let failures = 0;
  let closed = false;
  // A call, not the variable: TypeScript would otherwise assume a check
  // after an await still sees the value from before it.
  const isClosed = () => closed;
  let connection: AbortController | undefined;
  let wake: (() => void) | undefined;

  const handle = (message: EventSourceMessage) => {
    if (message.event === 'ready') {
      failures = 0;
      options.onConnectionChange(true);
      options.onReady();
    } else if (message.event === 'change') {
      const collection = changedCollection(message.data);
      if (collection) options.onChange(collection);
    }
  };

  const listen = async (controller: AbortController) => {
    const response = await options.requester.openStream(
      streamPath,
      controller.signal,
    );
    const reader: ReadableStreamDefaultReader<Uint8Array> | undefined =
      response.body?.getReader();
    if (!reader) {
      throw new SyncRequestError('unexpected-response', 'No stream body.');
    }
    const parser = createParser({
      onEvent: handle,
      onRetry: (ms) => {
        retryMs = ms;
      },
    });
    const decoder = new TextDecoder();
    let idle = setTimeout(() => {
      controller.abort();
    }, idleTimeoutMs);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        clearTimeout(idle);
        idle = setTimeout(() => {
          controller.abort();
        }, idleTimeoutMs);
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } finally {
      clearTimeout(idle);
    }
  };

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const run = async () => {
    while (!isClosed()) {
      const controller = new AbortController();
      connection = controller;
      try {
        await listen(controller);
      } catch (error) {
        if (!isClosed()) reportFailure(error, options);
      }
      options.onConnectionChange(false);
      if (isClosed()) return;
      // Doubling from the server's suggested delay, with jitter so that
      // a restarted server is not met by every workstation at once.
      const delay = Math.min(maxRetryMs, retryMs * 2 ** failures);
      failures += 1;
      await pause(delay * (0.5 + Math.random() / 2));
    }
  };
  void run();

  return {
    reconnectNow: () => {
      failures = 0;
      wake?.();
    },
    close: () => {
      closed = true;
      connection?.abort();
      wake?.();
    },
  };
}

function changedCollection(data: string): SyncCollection | undefined {
  try {
    const { collection } = JSON.parse(data) as { collection?: unknown };
    return syncCollectionNames.find((name) => name === collection);
  } catch {
    return undefined;
  }
}

function reportFailure(error: unknown, options: ChangeStreamOptions): void {
  if (error instanceof SyncRequestError) {
    options.onError(error.code, error.message);
  } else if (!(error instanceof Error && error.name === 'AbortError')) {
    options.onError('server-unreachable', 'The live change stream broke.');
  }
}
