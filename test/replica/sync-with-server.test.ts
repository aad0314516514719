import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../server/seed/demo-accounts';
import {
  createExercise,
  editExercise,
} from '../../src-renderer/replica/exercise-writes';
import type { Replica } from '../../src-renderer/replica/open-replica';
import {
  startSync,
  type RunningSync,
} from '../../src-renderer/replica/start-sync';
import {
  createTokenSession,
  signIn,
} from '../../src-renderer/replica/token-session';
import { createSyncStatusStore } from '../../src-renderer/stores/useSyncStatus';
import { startTestServer, type TestServer } from '../support/test-server';
import { openTestReplica } from './replica-fixtures';

interface Workstation {
  replica: Replica;
  sync: RunningSync;
  status: ReturnType<typeof createSyncStatusStore>;
  accessToken: string;
  clinicId: string | null;
}

let server: TestServer;
let admin: Workstation;
let specialist: Workstation;

async function signedIn(email: string): Promise<Workstation> {
  const tokens = await signIn(server.url, email, demoPassword);
  const me = await server.call('GET', '/v1/me', { token: tokens.access_token });
  const replica = await openTestReplica();
  const status = createSyncStatusStore();
  const session = createTokenSession({ serverUrl: server.url, tokens });
  const sync = startSync({
    replica,
    serverUrl: server.url,
    userId: me.body.user.id,
    tokens: session,
    status,
    retryMs: 200,
  });
  await sync.initialSync();
  return {
    replica,
    sync,
    status,
    accessToken: tokens.access_token,
    clinicId: me.body.organization?.id ?? null,
  };
}

async function eventually(check: () => unknown, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function stored(replica: Replica, id: string) {
  const found = await replica.collections.exercises.findOne(id).exec();
  return found?.toMutableJSON() ?? null;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedIn('admin@northside.test');
  specialist = await signedIn('specialist@northside.test');
});

afterAll(async () => {
  await admin.replica.close();
  await specialist.replica.close();
  await server.close();
});

describe('syncing a replica with the Motus server', () => {
  it('brings a clinic admin every exercise the library shows them', async () => {
    const shown = await server.call('GET', '/v1/exercises?limit=1', {
      token: admin.accessToken,
    });
    const archived = await server.call(
      'GET',
      '/v1/exercises?limit=1&status=archived',
      { token: admin.accessToken },
    );
    const regions = await server.call('GET', '/v1/exercise-body-regions', {
      token: admin.accessToken,
    });

    const exercises = await admin.replica.collections.exercises
      .find({ selector: { deleted_at: null } })
      .exec();
    const listed = exercises.filter((e) => e.status !== 'archived');
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.length).toBe(shown.body.total);
    expect(exercises.length - listed.length).toBe(archived.body.total);
    expect(
      await admin.replica.collections.exercise_body_regions!.count().exec(),
    ).toBe(regions.body.body_regions.length);
    expect(admin.status.getState().errors).toEqual({});
    expect(admin.status.getState().collections.exercises).toMatchObject({
      initialSyncDone: true,
      pulled: admin.status.getState().collections.exercises.total,
    });
  });

  it('sends a new exercise to the server, and a second quick edit is not a conflict', async () => {
    const created = await createExercise(admin.replica, admin.clinicId, {
      name: 'Replica wall slide',
    });
    await editExercise(admin.replica, created.id, { description: 'Slow.' });
    await editExercise(admin.replica, created.id, {
      description: 'Slower, with a pause.',
    });
    await admin.sync.inSync();

    await eventually(async () => {
      const onServer = await server.call('GET', `/v1/exercises/${created.id}`, {
        token: admin.accessToken,
      });
      expect(onServer.status).toBe(200);
      expect(onServer.body).toMatchObject({
        name: 'Replica wall slide',
        description: 'Slower, with a pause.',
        status: 'draft',
      });
      expect(admin.status.getState().pendingChanges).toBe(0);
    });
    expect(await admin.replica.collections.sync_conflicts.count().exec()).toBe(
      0,
    );
  });

  it('brings a colleague’s edit to another workstation over the live stream', async () => {
    const created = await createExercise(admin.replica, admin.clinicId, {
      name: 'Replica clamshell',
    });
    await admin.sync.inSync();
    await eventually(async () => {
      expect(await stored(specialist.replica, created.id)).not.toBeNull();
    });

    const patched = await server.call('PATCH', `/v1/exercises/${created.id}`, {
      token: admin.accessToken,
      body: { name: 'Replica clamshell, banded' },
    });
    expect(patched.status).toBe(200);

    await eventually(async () => {
      expect((await stored(specialist.replica, created.id))?.name).toBe(
        'Replica clamshell, banded',
      );
      expect((await stored(admin.replica, created.id))?.name).toBe(
        'Replica clamshell, banded',
      );
    });
  });

  it('undoes a specialist’s edit to a platform exercise and keeps it for review', async () => {
    const platform = await specialist.replica.collections.exercises
      .findOne({ selector: { organization_id: null, deleted_at: null } })
      .exec();
    expect(platform).not.toBeNull();
    const original = platform!.name;

    await editExercise(specialist.replica, platform!.id, {
      name: `${original} (mine)`,
    });

    await eventually(async () => {
      expect((await stored(specialist.replica, platform!.id))?.name).toBe(
        original,
      );
      const conflicts = await specialist.replica.collections.sync_conflicts
        .find()
        .exec();
      expect(conflicts.map((c) => c.toMutableJSON())).toMatchObject([
        {
          document_id: platform!.id,
          field: null,
          local_value: { name: `${original} (mine)` },
          rejection_code: 'global-library-read-only',
        },
      ]);
      expect(specialist.status.getState().pendingChanges).toBe(0);
    });
  });
});
