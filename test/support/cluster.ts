import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const templateDatabase = 'motus_template';

/** Fixed passwords of the test cluster's roles (it lives for one run). */
export const testRoles = {
  ownerPassword: 'owner-test-password',
  appPassword: 'app-test-password',
};

export interface TestDatabase {
  name: string;
  /** The schema owner: migrations and seeding, bypasses row-level security. */
  ownerUrl: string;
  /** The server's runtime role, subject to row-level security. */
  appUrl: string;
  /** The cluster's superuser, for checks the roles under test may not see. */
  superuserUrl: string;
  drop(): Promise<void>;
}

function withCredentials(
  url: string,
  user: string,
  password: string,
  database: string,
): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A fresh database, cloned from the seeded template, for one test file. */
export async function createTestDatabase(
  clusterUrl: string,
): Promise<TestDatabase> {
  const name = `motus_test_${randomBytes(6).toString('hex')}`;
  const superuser = new pg.Client(clusterUrl);
  await superuser.connect();
  try {
    await superuser.query(
      `CREATE DATABASE ${name} TEMPLATE ${templateDatabase} OWNER motus_owner`,
    );
  } finally {
    await superuser.end();
  }
  return {
    name,
    ownerUrl: withCredentials(
      clusterUrl,
      'motus_owner',
      testRoles.ownerPassword,
      name,
    ),
    appUrl: withCredentials(
      clusterUrl,
      'motus_app',
      testRoles.appPassword,
      name,
    ),
    superuserUrl: withCredentials(
      clusterUrl,
      'postgres',
      new URL(clusterUrl).password,
      name,
    ),
    drop: async () => {
      const client = new pg.Client(clusterUrl);
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
