import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type pg from 'pg';
import { beginRequest, type Caller } from '../auth/caller';
import { accessTokenSeconds } from '../auth/refresh-tokens';
import { inTransaction, type TransactionOptions } from '../db/transaction';
import { ApiError } from '../errors';

export interface AccessTokenClaims {
  /** The session this token was issued for; revoking it ends the token. */
  sid: string;
  sub: string;
  /** Expiry, seconds since the epoch; set by the signer. */
  exp?: number;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessTokenClaims;
    user: AccessTokenClaims;
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a token (sign-in, health, docs). */
    public?: boolean;
  }
  interface FastifyRequest {
    /**
     * Runs `work` in a transaction bound to the signed-in caller, so that
     * row-level security applies to every query in it.
     */
    asCaller<T>(
      work: (client: pg.PoolClient, caller: Caller) => Promise<T>,
      options?: TransactionOptions,
    ): Promise<T>;
  }
}

export interface AuthenticationOptions {
  pool: pg.Pool;
  signingKey: string;
}

async function readAccessToken(request: FastifyRequest): Promise<void> {
  if (!request.headers.authorization) {
    throw new ApiError('authentication-required', 'Sign in first.');
  }
  try {
    await request.jwtVerify();
  } catch (error) {
    const expired =
      (error as { code?: string }).code ===
      'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED';
    throw expired
      ? new ApiError(
          'session-expired',
          'The access token has expired; refresh it.',
        )
      : new ApiError(
          'authentication-required',
          'The access token is not valid.',
        );
  }
}

async function authentication(
  app: FastifyInstance,
  options: AuthenticationOptions,
): Promise<void> {
  await app.register(fastifyJwt, {
    secret: options.signingKey,
    sign: { expiresIn: accessTokenSeconds, algorithm: 'HS256' },
    verify: { algorithms: ['HS256'] },
  });

  // The API under /v1 needs a token unless a route says otherwise; the
  // docs and the renderer's files outside it are public.
  app.addHook('onRequest', async (request) => {
    const url = request.routeOptions.url;
    if (url === undefined || !url.startsWith('/v1/')) return;
    if (request.routeOptions.config.public === true) return;
    await readAccessToken(request);
  });

  type Work<T> = (client: pg.PoolClient, caller: Caller) => Promise<T>;
  app.decorateRequest('asCaller', function asCaller<
    T,
  >(this: FastifyRequest, work: Work<T>, transaction?: TransactionOptions): Promise<T> {
    const sessionId = this.user.sid;
    return inTransaction(
      options.pool,
      async (client) => work(client, await beginRequest(client, sessionId)),
      transaction,
    );
  });
}

export const authenticationPlugin = fp(authentication, {
  name: 'motus-authentication',
});
