import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type pg from 'pg';
import { HealthResponse } from '../../shared/schemas/health';

export const healthRoutes: FastifyPluginAsyncTypebox<{
  pool: pg.Pool;
  version: string;
}> = async (app, { pool, version }) => {
  app.get(
    '/v1/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Liveness, database reachability and library size',
        response: { 200: HealthResponse, 503: HealthResponse },
      },
    },
    async (request, reply) => {
      try {
        const { rows } = await pool.query<{ count: number }>(
          'SELECT published_global_exercise_count() AS count',
        );
        return {
          status: 'ok' as const,
          database: 'ok' as const,
          version,
          exercises: { global: rows[0]?.count ?? 0 },
        };
      } catch (error) {
        request.log.error({ err: error }, 'health check: database');
        return reply.status(503).send({
          status: 'degraded',
          database: 'unreachable',
          version,
          exercises: { global: 0 },
        });
      }
    },
  );
};
