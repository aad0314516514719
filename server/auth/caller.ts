import type pg from 'pg';
import type { OrganizationRole } from '../../shared/domain';
import { ApiError } from '../errors';

/** Who is asking, as the database sees the session. */
export interface Caller {
  sessionId: string;
  userId: string;
  organizationId: string | null;
  role: OrganizationRole | null;
  isSuperadmin: boolean;
}

/**
 * Binds the transaction to a live session: from here on, row-level
 * security sees this caller. Throws 401 when the session was revoked or
 * has expired, even if the access token is still within its lifetime.
 */
export async function beginRequest(
  client: pg.ClientBase,
  sessionId: string,
): Promise<Caller> {
  const { rows } = await client.query<{
    user_id: string;
    organization_id: string | null;
    role: OrganizationRole | null;
    is_superadmin: boolean;
  }>('SELECT * FROM begin_request($1)', [sessionId]);
  const row = rows[0];
  if (!row) {
    throw new ApiError(
      'session-expired',
      'Your session has ended; sign in again.',
    );
  }
  return {
    sessionId,
    userId: row.user_id,
    organizationId: row.organization_id,
    role: row.role,
    isSuperadmin: row.is_superadmin,
  };
}
