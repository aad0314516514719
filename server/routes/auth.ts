import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  LoginBody,
  MeResponse,
  RefreshBody,
  TokenResponse,
} from '../../shared/schemas/auth';
import { ErrorResponse } from '../../shared/schemas/common';
import { decoyPasswordHash, verifyPassword } from '../auth/passwords';
import {
  accessTokenSeconds,
  digestRefreshToken,
  newRefreshToken,
  refreshTokenLifetime,
} from '../auth/refresh-tokens';
import { ApiError } from '../errors';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse };

// Ten sign-in attempts a minute for one address and account. The key is a
// digest so the counter table never holds an email. It is counted once the
// body is parsed: in the default onRequest hook there is no email yet, and
// every account behind one address would share a single counter.
const signInLimit = {
  max: 10,
  timeWindow: 60_000,
  hook: 'preHandler' as const,
  keyGenerator: (request: { ip: string; body?: unknown }) => {
    const email = (request.body as { email?: unknown } | undefined)?.email;
    const account = typeof email === 'string' ? email.toLowerCase() : '';
    return createHash('sha256')
      .update(`sign-in\0${request.ip}\0${account}`)
      .digest('base64url');
  },
};

export const authRoutes: FastifyPluginAsyncTypebox<{
  pool: import('pg').Pool;
}> = async (app, { pool }) => {
  const issueTokens = (
    sessionId: string,
    userId: string,
    refreshToken: string,
  ): TokenResponse => ({
    access_token: app.jwt.sign({ sid: sessionId, sub: userId }),
    token_type: 'Bearer',
    expires_in: accessTokenSeconds,
    refresh_token: refreshToken,
  });

  app.post(
    '/v1/auth/login',
    {
      config: { public: true, rateLimit: signInLimit },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: LoginBody,
        response: { 200: TokenResponse, 403: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const { email, password, organization_id } = request.body;
      const { rows } = await pool.query<{
        user_id: string;
        password_hash: string;
      }>('SELECT * FROM sign_in_account($1)', [email]);
      const account = rows[0];
      const matches = await verifyPassword(
        password,
        account?.password_hash ?? (await decoyPasswordHash),
      );
      if (!account || !matches) {
        request.log.info('sign-in refused');
        throw new ApiError(
          'invalid-credentials',
          'That email and password do not match an account.',
        );
      }

      const refreshToken = newRefreshToken();
      const opened = await pool.query<{ session_id: string }>(
        'SELECT * FROM open_session($1, $2, $3, $4::interval)',
        [
          account.user_id,
          organization_id ?? null,
          digestRefreshToken(refreshToken),
          refreshTokenLifetime,
        ],
      );
      const sessionId = opened.rows[0]?.session_id;
      if (!sessionId) throw new Error('open_session returned no session');
      request.log.info({ userId: account.user_id }, 'signed in');
      return issueTokens(sessionId, account.user_id, refreshToken);
    },
  );

  app.post(
    '/v1/auth/refresh',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Swap a refresh token for new tokens',
        body: RefreshBody,
        response: { 200: TokenResponse, ...errors },
      },
    },
    async (request) => {
      const refreshToken = newRefreshToken();
      const { rows } = await pool.query<{
        session_id: string;
        user_id: string;
      }>('SELECT * FROM rotate_session($1, $2, $3::interval)', [
        digestRefreshToken(request.body.refresh_token),
        digestRefreshToken(refreshToken),
        refreshTokenLifetime,
      ]);
      const session = rows[0];
      if (!session) {
        throw new ApiError(
          'invalid-refresh-token',
          'The refresh token is not valid; sign in again.',
        );
      }
      return issueTokens(session.session_id, session.user_id, refreshToken);
    },
  );

  app.post(
    '/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the current session (access and refresh tokens)',
        security: [{ bearer: [] }],
        response: { 204: { type: 'null' }, 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      await pool.query('SELECT revoke_session($1)', [request.user.sid]);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/v1/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, clinic and role',
        security: [{ bearer: [] }],
        response: { 200: MeResponse, 401: ErrorResponse },
      },
    },
    async (request) =>
      request.asCaller(
        async (client, caller) => {
          const user = await client.query<MeResponse['user']>(
            `SELECT id, email, display_name, is_superadmin
             FROM users WHERE id = $1`,
            [caller.userId],
          );
          const organization = await client.query<
            NonNullable<MeResponse['organization']>
          >('SELECT id, name, slug FROM organizations WHERE id = $1', [
            caller.organizationId,
          ]);
          const me = user.rows[0];
          if (!me) throw new ApiError('session-expired', 'Sign in again.');
          return {
            user: me,
            organization: organization.rows[0] ?? null,
            role: caller.role,
          };
        },
        { readOnly: true },
      ),
  );
};
