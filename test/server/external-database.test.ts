import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { startServer, type RunningServer } from '../../server/start-server';

/**
 * `DATABASE_URL` against a real, separate PostgreSQL server. `.ci/run`
 * starts the machine's PostgreSQL and sets MOTUS_TEST_EXTERNAL_DATABASE_URL
 * to an empty database owned by a role with CREATEROLE.
 */
const externalUrl = process.env.MOTUS_TEST_EXTERNAL_DATABASE_URL;

describe.skipIf(!externalUrl)(
  'an external PostgreSQL through DATABASE_URL',
  () => {
    let server: RunningServer;

    beforeAll(async () => {
      server = await startServer({
        ...readConfig({ DATABASE_URL: externalUrl, MOTUS_DEMO_DATA: '1' }),
        port: 0,
        logLevel: 'warn',
      });
    });

    afterAll(async () => {
      await server.close();
    });

    it('migrates it, seeds on request and serves under the row-level-security role', async () => {
      const { rows } = await server.database.pool.query<{
        current_user: string;
        session_user: string;
        version: string;
      }>(
        "SELECT current_user, session_user, current_setting('server_version') AS version",
      );
      expect(rows[0]!.current_user).toBe('motus_app');
      expect(rows[0]!.session_user).not.toBe('motus_app');

      const login = await fetch(`${server.url}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'admin@lakeview.test',
          password: 'motus-demo',
        }),
      });
      const { access_token } = (await login.json()) as { access_token: string };
      const list = await fetch(
        `${server.url}/v1/exercises?scope=org&limit=100`,
        {
          headers: { authorization: `Bearer ${access_token}` },
        },
      );
      const body = (await list.json()) as {
        exercises: { organization_id: string }[];
      };
      expect(body.exercises.length).toBeGreaterThan(0);
      expect(new Set(body.exercises.map((e) => e.organization_id)).size).toBe(
        1,
      );
    });

    it('keeps RESET ROLE on the runtime role', async () => {
      const client = await server.database.pool.connect();
      try {
        await client.query('RESET ROLE');
        const { rows } = await client.query<{ current_user: string }>(
          'SELECT current_user',
        );
        expect(rows[0]!.current_user).toBe('motus_app');
      } finally {
        client.release();
      }
      const direct = new pg.Client(externalUrl);
      await direct.connect();
      await direct.end();
    });
  },
);
