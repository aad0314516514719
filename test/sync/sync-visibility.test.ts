import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullUntilEmpty, type Replica } from '../support/sync-calls';
import { startTestServer, type TestServer } from '../support/test-server';

let api: TestServer;
let superadmin: string;
let clinicStaff: Record<string, string>;

beforeAll(async () => {
  api = await startTestServer();
  superadmin = await api.signIn('superadmin@motus.test');
  clinicStaff = {
    'a Northside specialist': await api.signIn('specialist@northside.test'),
    'a Northside admin': await api.signIn('admin@northside.test'),
    'a Lakeview admin': await api.signIn('admin@lakeview.test'),
  };
});

afterAll(async () => {
  await api.close();
});

async function setStatus(id: string, status: string): Promise<void> {
  const response = await api.call('PATCH', `/v1/exercises/${id}`, {
    token: superadmin,
    body: { status },
  });
  expect(response.status).toBe(200);
}

describe('when a platform exercise changes status', () => {
  it('an archived one stays in every replica, marked; back in draft it leaves every clinic replica and stays in the superadmin one', async () => {
    const replicas = new Map<string, Replica>();
    for (const [who, token] of Object.entries(clinicStaff)) {
      replicas.set(who, await pullUntilEmpty(api, token, 'exercises'));
    }
    const platform = await pullUntilEmpty(api, superadmin, 'exercises');
    const target = [...platform.documents.values()].find(
      (d) => d.name === 'Bird Dog',
    );
    if (!target) throw new Error('Bird Dog missing');

    await setStatus(target.id, 'archived');
    for (const [who, token] of Object.entries(clinicStaff)) {
      const replica = await pullUntilEmpty(
        api,
        token,
        'exercises',
        replicas.get(who),
      );
      expect(replica.documents.get(target.id)?.status, who).toBe('archived');
    }

    await setStatus(target.id, 'draft');
    for (const [who, token] of Object.entries(clinicStaff)) {
      const replica = await pullUntilEmpty(
        api,
        token,
        'exercises',
        replicas.get(who),
      );
      expect(replica.documents.has(target.id), who).toBe(false);
    }
    const curated = await pullUntilEmpty(
      api,
      superadmin,
      'exercises',
      platform,
    );
    expect(curated.documents.get(target.id)?.status).toBe('draft');
  });
});

describe('when a clinic exercise is deleted', () => {
  it('stays in the clinic replica with its deletion time, because plans refer to it', async () => {
    const admin = clinicStaff['a Northside admin'] ?? '';
    const created = await api.call('POST', '/v1/exercises', {
      token: admin,
      body: { name: 'Prone Press-Up', difficulty: 'beginner' },
    });
    const replica = await pullUntilEmpty(api, admin, 'exercises');
    expect(replica.documents.get(created.body.id)?.deleted_at).toBeNull();

    await api.call('DELETE', `/v1/exercises/${created.body.id}`, {
      token: admin,
    });
    await pullUntilEmpty(api, admin, 'exercises', replica);

    const kept = replica.documents.get(created.body.id);
    expect(kept?.deleted).toBe(false);
    expect(kept?.deleted_at).not.toBeNull();
  });
});
