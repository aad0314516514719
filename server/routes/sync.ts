import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServerResponse } from 'node:http';
import { ErrorResponse } from '../../shared/schemas/common';
import {
  SyncCollectionParams,
  SyncPullQuery,
  SyncPullResponse,
  SyncPushBody,
  SyncPushResponse,
} from '../../shared/schemas/sync';
import { ApiError } from '../errors';
import type { ChangeHub } from '../sync/change-hub';
import { parseCheckpoint, pullChanges } from '../sync/pull-changes';
import { pushChanges } from '../sync/push-changes';

export interface SyncRouteOptions {
  hub: ChangeHub;
  /** Milliseconds between comments that keep idle streams open. */
  heartbeatMs: number;
}

const security = [{ bearer: [] }];
const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  404: ErrorResponse,
};

export const syncRoutes: FastifyPluginAsyncTypebox<SyncRouteOptions> = async (
  app,
  { hub, heartbeatMs },
) => {
  app.get(
    '/v1/sync/:collection/pull',
    {
      schema: {
        tags: ['sync'],
        summary: 'Changes after a checkpoint, for the local replica',
        security,
        params: SyncCollectionParams,
        querystring: SyncPullQuery,
        response: { 200: SyncPullResponse, ...errors },
      },
    },
    async (request) => {
      const checkpoint = parseCheckpoint(request.query.checkpoint);
      return request.asCaller(
        (client) =>
          pullChanges(
            client,
            request.params.collection,
            checkpoint,
            request.query.limit ?? 200,
          ),
        { readOnly: true, repeatableRead: true },
      );
    },
  );

  app.post(
    '/v1/sync/:collection/push',
    {
      schema: {
        tags: ['sync'],
        summary: 'Write local changes; returns the ones not written',
        security,
        params: SyncCollectionParams,
        body: SyncPushBody,
        response: { 200: SyncPushResponse, ...errors, 413: ErrorResponse },
      },
    },
    async (request) =>
      request.asCaller((client, caller) =>
        pushChanges(client, caller, request.params.collection, request.body),
      ),
  );

  // Open streams would hold a closing server open for ever: end them, and
  // turn away the ones that arrive while it closes.
  const streams = new Set<ServerResponse>();
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
    for (const stream of streams) stream.end();
  });

  app.get(
    '/v1/sync/stream',
    {
      schema: {
        tags: ['sync'],
        summary: 'Server-sent events: which collection to pull again',
        security,
        response: { 401: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      const caller = await request.asCaller(async (_client, who) => who, {
        readOnly: true,
      });
      if (closing) {
        throw new ApiError('service-unavailable', 'The server is stopping.');
      }
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        // Never reused once the stream ends: a kept-alive socket would
        // hold a stopping server open for its keep-alive timeout.
        connection: 'close',
        'x-request-id': request.id,
      });
      stream.write('retry: 2000\nevent: ready\ndata: {}\n\n');
      streams.add(stream);

      const unsubscribe = hub.subscribe(caller, (event) => {
        stream.write(`event: change\ndata: ${JSON.stringify(event)}\n\n`);
      });
      const heartbeat = setInterval(() => {
        stream.write(': heartbeat\n\n');
      }, heartbeatMs);
      // The stream ends with its token; the client reconnects with a
      // fresh one, so a revoked session does not keep listening.
      const expiresAt = (request.user.exp ?? 0) * 1000;
      const expiry = setTimeout(
        () => stream.end(),
        Math.max(0, expiresAt - Date.now()),
      );
      stream.on('close', () => {
        streams.delete(stream);
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(expiry);
      });
    },
  );
};
