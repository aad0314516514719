import pg from 'pg';

/** The role every request runs as: no superuser, no BYPASSRLS, no tables. */
export const appRole = 'motus_app';

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Creates or updates a login role. Run as a superuser (embedded cluster).
 */
export async function ensureLoginRole(
  superuser: pg.ClientBase,
  name: string,
  password: string,
): Promise<void> {
  const { rowCount } = await superuser.query(
    'SELECT 1 FROM pg_roles WHERE rolname = $1',
    [name],
  );
  const verb = rowCount === 0 ? 'CREATE' : 'ALTER';
  await superuser.query(
    `${verb} ROLE ${name} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB ` +
      `PASSWORD ${quoteLiteral(password)}`,
  );
}

/**
 * On an external database the owner (the `DATABASE_URL` user) runs the
 * app's connections under `motus_app` through `SET ROLE`: that role must
 * exist and the owner must be allowed to switch to it.
 */
export async function ensureAppRoleReachable(
  owner: pg.ClientBase,
): Promise<void> {
  const { rowCount } = await owner.query(
    'SELECT 1 FROM pg_roles WHERE rolname = $1',
    [appRole],
  );
  if (rowCount === 0) {
    await owner.query(`CREATE ROLE ${appRole} NOLOGIN NOBYPASSRLS`);
  }
  const { rows } = await owner.query<{ reachable: boolean }>(
    `SELECT pg_has_role(current_user, $1, 'MEMBER') AS reachable`,
    [appRole],
  );
  if (!rows[0]?.reachable) {
    await owner.query(`GRANT ${appRole} TO CURRENT_USER`);
  }
}

/**
 * Refuses to serve through a connection that row-level security would not
 * hold: a superuser, a BYPASSRLS role or the owner of the tables.
 */
export async function assertSubjectToRowLevelSecurity(
  pool: pg.Pool,
): Promise<void> {
  const { rows } = await pool.query<{
    role: string;
    superuser: boolean;
    bypassrls: boolean;
    owns_tables: boolean;
  }>(
    `SELECT r.rolname AS role, r.rolsuper AS superuser,
       r.rolbypassrls AS bypassrls,
       EXISTS (SELECT 1 FROM pg_tables t
         WHERE t.schemaname = 'motus' AND t.tableowner = r.rolname)
         AS owns_tables
     FROM pg_roles r WHERE r.rolname = current_user`,
  );
  const role = rows[0];
  if (!role || role.superuser || role.bypassrls || role.owns_tables) {
    throw new Error(
      `the server's database role ${role?.role ?? '?'} is not subject to ` +
        'row-level security (superuser, BYPASSRLS or table owner)',
    );
  }
}
