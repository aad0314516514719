import type {
  FastifyRateLimitStore,
  FastifyRateLimitStoreCtor,
} from '@fastify/rate-limit';
import type pg from 'pg';

/**
 * A rate-limit store in PostgreSQL, so that every server instance counts
 * the same attempts. Fixed windows; keys never hold an email in clear.
 */
export function postgresRateLimitStore(
  pool: pg.Pool,
): FastifyRateLimitStoreCtor {
  return class PostgresRateLimitStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (
        error: Error | null,
        result?: { current: number; ttl: number },
      ) => void,
      timeWindow: number,
    ): void {
      pool
        .query<{ hits: number; window_ends_at: Date }>(
          'SELECT * FROM hit_rate_limit($1, $2::interval)',
          [key, `${timeWindow} milliseconds`],
        )
        .then(({ rows }) => {
          const row = rows[0];
          if (!row) throw new Error('rate limit counter missing');
          const ttl = Math.max(0, row.window_ends_at.getTime() - Date.now());
          callback(null, { current: row.hits, ttl });
        })
        .catch((error: unknown) => {
          callback(error as Error);
        });
    }

    child(): FastifyRateLimitStore {
      return this;
    }
  };
}
