import pg from 'pg';
import { listExercises } from '../server/exercises/list-exercises';
import type { ExerciseListQuery } from '../shared/schemas/exercises';

/** The session id (`sid` claim) of an access token; not verified. */
export function sessionIdOf(accessToken: string): string {
  const payload = accessToken.split('.')[1] ?? '';
  const claims = JSON.parse(
    Buffer.from(payload, 'base64url').toString('utf8'),
  ) as { sid?: unknown };
  if (typeof claims.sid !== 'string') throw new Error('token has no sid');
  return claims.sid;
}

/** A request path's query string as the route's schema would coerce it. */
export function listQueryOf(path: string): ExerciseListQuery {
  const params = new URL(path, 'http://bench.invalid').searchParams;
  const query: Record<string, unknown> = {};
  for (const [key, value] of params) {
    if (key === 'page' || key === 'limit') query[key] = Number(value);
    else if (key === 'has_video') query[key] = value === 'true';
    else query[key] = value;
  }
  return query;
}

/**
 * Runs `listExercises` for each path as the server does (the runtime
 * role, a read-only transaction bound to the session, so row-level
 * security applies) and returns EXPLAIN (ANALYZE, BUFFERS) of every
 * statement it issued, in order.
 */
export async function explainListQueries(
  appUrl: string,
  sessionId: string,
  paths: readonly string[],
): Promise<{ path: string; plans: string[] }[]> {
  const client = new pg.Client({
    connectionString: appUrl,
    options: '-c search_path=motus,public',
  });
  await client.connect();
  const explained: { path: string; plans: string[] }[] = [];
  try {
    for (const path of paths) {
      const plans: string[] = [];
      await client.query('BEGIN READ ONLY');
      await client.query('SELECT * FROM begin_request($1)', [sessionId]);
      await listExercises(explaining(client, plans), listQueryOf(path));
      await client.query('ROLLBACK');
      explained.push({ path, plans });
    }
  } finally {
    await client.end();
  }
  return explained;
}

/** `client`, except that each query is first run under EXPLAIN ANALYZE. */
function explaining(client: pg.Client, plans: string[]): pg.Client {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'query') {
        return Reflect.get(target, property, receiver) as unknown;
      }
      return async (sql: string, values?: unknown[]) => {
        const { rows } = await target.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
          values,
        );
        plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
        return target.query(sql, values);
      };
    },
  });
}
