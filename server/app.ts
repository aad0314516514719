import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';
import { loggerOptions } from './logger';
import { authenticationPlugin } from './plugins/authentication';
import { installErrorHandler } from './plugins/error-handler';
import { installOpenApi } from './plugins/openapi';
import { postgresRateLimitStore } from './plugins/rate-limit-store';
import { installValidation } from './plugins/validation';
import { authRoutes } from './routes/auth';
import { exerciseRoutes } from './routes/exercises';
import { healthRoutes } from './routes/health';
import { libraryTransferRoutes } from './routes/library-transfer';
import { mediaRoutes } from './routes/media';
import { syncRoutes } from './routes/sync';
import { taxonomyRoutes } from './routes/taxonomy';
import { openChangeHub } from './sync/change-hub';

export interface AppOptions {
  pool: pg.Pool;
  /** Signs access tokens; every instance of one deployment shares it. */
  signingKey: string;
  version: string;
  logLevel?: string;
  /** Where log lines go (tests capture them); stdout by default. */
  logDestination?: NodeJS.WritableStream;
  /** The built renderer, served at `/` when the directory exists. */
  rendererDir?: string;
  /** How to open a connection of its own, to listen for changes. */
  appConnection: pg.ClientConfig;
  /** Milliseconds between keep-alive comments on sync streams. */
  syncHeartbeatMs?: number;
  /** Where uploaded instruction images are kept (config.mediaDir). */
  mediaDir: string;
}

/** Builds the HTTP API; the caller listens and closes. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info', options.logDestination),
    genReqId: () => randomUUID(),
    bodyLimit: 512 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>();

  installValidation(app);
  installErrorHandler(app);
  // While stopping, answers to requests already in flight close their
  // connection: kept alive, each would hold the stop up for the whole
  // keep-alive timeout.
  let stopping = false;
  app.addHook('preClose', async () => {
    stopping = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (stopping) reply.header('connection', 'close');
  });

  await app.register(helmet, {
    // Motus speaks plain HTTP on the clinic network or behind a TLS proxy;
    // HSTS and upgrades belong to that proxy, not here.
    strictTransportSecurity: false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        fontSrc: ["'self'", 'data:'],
      },
    },
  });
  await app.register(rateLimit, {
    global: false,
    store: postgresRateLimitStore(options.pool),
  });
  await installOpenApi(app, options.version);
  await app.register(authenticationPlugin, {
    pool: options.pool,
    signingKey: options.signingKey,
  });

  await app.register(healthRoutes, {
    pool: options.pool,
    version: options.version,
  });
  await app.register(authRoutes, { pool: options.pool });
  await app.register(exerciseRoutes);
  await app.register(taxonomyRoutes);
  await app.register(libraryTransferRoutes);
  await app.register(mediaRoutes, { mediaDir: options.mediaDir });

  const hub = await openChangeHub(options.appConnection, app.log);
  app.addHook('onClose', () => hub.close());
  await app.register(syncRoutes, {
    hub,
    heartbeatMs: options.syncHeartbeatMs ?? 20_000,
  });

  if (options.rendererDir && existsSync(options.rendererDir)) {
    await app.register(fastifyStatic, {
      root: options.rendererDir,
      wildcard: false,
    });
  }
  return app;
}
