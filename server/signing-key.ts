import { randomBytes } from 'node:crypto';
import type pg from 'pg';

/**
 * The access-token signing key, made once and kept in the database so that
 * every server instance of a deployment signs and verifies alike.
 */
export async function loadSigningKey(owner: pg.ClientBase): Promise<string> {
  await owner.query(
    `INSERT INTO server_secrets (name, value) VALUES ('token-signing-key', $1)
     ON CONFLICT (name) DO NOTHING`,
    [randomBytes(48).toString('base64url')],
  );
  const { rows } = await owner.query<{ value: string }>(
    "SELECT value FROM server_secrets WHERE name = 'token-signing-key'",
  );
  const key = rows[0]?.value;
  if (!key) throw new Error('token signing key missing');
  return key;
}
