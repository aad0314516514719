import type pg from 'pg';

export interface TransactionOptions {
  readOnly?: boolean;
  /**
   * One snapshot for the whole transaction instead of one per statement,
   * for reads that must agree with each other (a sync pull).
   */
  repeatableRead?: boolean;
}

function beginStatement(options: TransactionOptions): string {
  return [
    'BEGIN',
    options.repeatableRead ? 'ISOLATION LEVEL REPEATABLE READ' : '',
    options.readOnly ? 'READ ONLY' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The connection could not even roll back: it must not be reused. */
class ConnectionBroken extends Error {
  constructor(readonly original: unknown) {
    super('rollback failed');
  }
}

/**
 * Runs `work` in one transaction on `client`: committed when it resolves,
 * rolled back when it throws (the original error is rethrown).
 */
export async function withinTransaction<T, C extends pg.ClientBase>(
  client: C,
  work: (client: C) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  await client.query(beginStatement(options));
  try {
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch {
      throw new ConnectionBroken(error);
    }
    throw error;
  }
}

/**
 * Runs `work` in one transaction on a pooled connection. Database refusals
 * are rethrown as they are; the error handler turns them into ApiErrors.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const client = await pool.connect();
  try {
    const result = await withinTransaction(client, work, options);
    client.release();
    return result;
  } catch (error) {
    const broken = error instanceof ConnectionBroken;
    // A connection that cannot roll back is not given back to the pool.
    client.release(broken ? error : undefined);
    throw broken ? error.original : error;
  }
}
