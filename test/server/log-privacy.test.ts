import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '../../server/seed/demo-accounts';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

it('writes no token, password, password hash or email to any log line', async () => {
  const secrets: string[] = [demoPassword, 'wrong-password-123'];
  for (const account of demoAccounts) {
    const login = await server.call('POST', '/v1/auth/login', {
      body: { email: account.email, password: demoPassword },
    });
    secrets.push(
      login.body.access_token,
      login.body.refresh_token,
      account.email,
    );
    const refreshed = await server.call('POST', '/v1/auth/refresh', {
      body: { refresh_token: login.body.refresh_token },
    });
    secrets.push(refreshed.body.access_token, refreshed.body.refresh_token);
    await server.call('GET', '/v1/exercises?q=shoulder', {
      token: refreshed.body.access_token,
    });
    await server.call('GET', '/v1/me', { token: refreshed.body.access_token });
  }
  await server.call('POST', '/v1/auth/login', {
    body: { email: 'nobody@northside.test', password: 'wrong-password-123' },
  });
  await server.call('POST', '/v1/auth/login', {
    body: { email: demoAccounts[1]!.email, password: 'wrong-password-123' },
  });
  await server.call('GET', '/v1/me', { token: 'garbage.token.value' });

  const owner = new pg.Client({ connectionString: server.database.ownerUrl });
  await owner.connect();
  const { rows } = await owner.query<{ password_hash: string }>(
    'SELECT password_hash FROM motus.users',
  );
  await owner.end();
  secrets.push(
    ...rows.map((row) => row.password_hash),
    'nobody@northside.test',
  );

  expect(server.logLines.length).toBeGreaterThan(20);
  const everything = server.logLines.join('\n');
  for (const secret of secrets) {
    expect(everything).not.toContain(secret);
  }
  expect(everything).not.toMatch(/scrypt\$/);
  expect(everything).not.toMatch(/Bearer /);
  // Search text stays out of request lines too.
  expect(everything).not.toContain('q=shoulder');
});
