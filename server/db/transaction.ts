import type pg from 'pg';
import { fromDatabaseError } from '../errors';

export interface TransactionOptions {
  readOnly?: boolean;
}

/**
 * Runs `work` in one transaction on a pooled connection: committed when it
 * resolves, rolled back when it throws. Database refusals come back as
 * ApiErrors (see `fromDatabaseError`).
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(options.readOnly ? 'BEGIN READ ONLY' : 'BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      // A connection that cannot roll back is not given back to the pool.
      broken = rollbackError as Error;
    }
    throw fromDatabaseError(error);
  } finally {
    client.release(broken);
  }
}
