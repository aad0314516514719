import { addRxPlugin } from 'rxdb';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { newRevision } from '../../shared/sync/identifiers';
import {
  createExercise,
  editExercise,
} from '../../src-renderer/replica/exercise-writes';
import type { NetworkSignal } from '../../src-renderer/replica/device-network';
import {
  openReplica,
  type Replica,
} from '../../src-renderer/replica/open-replica';
import {
  toWire,
  type ReplicaExercise,
} from '../../src-renderer/replica/replica-documents';
import {
  startSync,
  type RunningSync,
} from '../../src-renderer/replica/start-sync';
import { createTokenSession } from '../../src-renderer/replica/token-session';
import { createSyncStatusStore } from '../../src-renderer/stores/useSyncStatus';
import { createFakeSyncServer, type FakeSyncServer } from './fake-sync-server';
import {
  aCategory,
  aPlatformExercise,
  northside,
  openTestReplica,
} from './replica-fixtures';

// Every write in this file passes RxDB's dev-mode checks and schema
// validation: tombstones and refused writes included.
disableWarnings();
addRxPlugin(RxDBDevModePlugin);

const userId = '3f0c6c8e-9a51-4e9e-8d1b-7c2a5e4b6d10';

interface Workstation {
  server: FakeSyncServer;
  replica: Replica;
  status: ReturnType<typeof createSyncStatusStore>;
  sync: RunningSync;
  /** What the device says of its network; starts online. */
  network: NetworkSignal & { set(online: boolean): void };
  /** Starts sync again, as after a restart of the app. */
  restart(): Promise<void>;
}

const open: Replica[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((replica) => replica.close()));
});

async function workstation(
  server = createFakeSyncServer(),
  pullBatchSize = 200,
): Promise<Workstation> {
  const replica = await openTestReplica(
    undefined,
    wrappedValidateAjvStorage({ storage: getRxStorageMemory() }),
  );
  open.push(replica);
  const status = createSyncStatusStore();
  const tokens = createTokenSession({
    serverUrl: server.url,
    tokens: {
      access_token: server.tokens.access,
      refresh_token: server.tokens.refresh,
    },
    fetch: server.fetch,
  });
  const network = deviceNetworkStandIn();
  const begin = () =>
    startSync({
      replica,
      serverUrl: server.url,
      userId,
      tokens,
      status,
      fetch: server.fetch,
      pullBatchSize,
      retryMs: 50,
      heldBackRetryMs: 30,
      network,
    });
  const station: Workstation = {
    server,
    replica,
    status,
    network,
    sync: begin(),
    restart: async () => {
      await station.sync.stop();
      station.sync = begin();
    },
  };
  await station.sync.initialSync();
  return station;
}

function deviceNetworkStandIn(): Workstation['network'] {
  let online = true;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    watch: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (value) => {
      online = value;
      listeners.forEach((listener) => {
        listener(value);
      });
    },
  };
}

function onServer(exercise: ReplicaExercise) {
  return { ...toWire(exercise), deleted: false };
}

async function eventually(check: () => unknown, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

async function stored(replica: Replica, id: string) {
  const found = await replica.collections.exercises.findOne(id).exec();
  return found?.toMutableJSON() ?? null;
}

async function conflicts(replica: Replica) {
  const found = await replica.collections.sync_conflicts.find().exec();
  return found.map((conflict) => conflict.toMutableJSON());
}

describe('the first sync', () => {
  it('pulls the whole library in pages and reports its progress', async () => {
    const server = createFakeSyncServer();
    for (let n = 0; n < 5; n += 1) {
      server.put('exercises', onServer(aPlatformExercise({ slug: `e-${n}` })));
    }
    server.put('exercise-categories', toWire(aCategory()));

    const { replica, status } = await workstation(server, 2);

    expect(await replica.collections.exercises.count().exec()).toBe(5);
    expect(await replica.collections.exercise_categories!.count().exec()).toBe(
      1,
    );
    expect(status.getState().collections.exercises).toMatchObject({
      pulled: 5,
      total: 5,
      initialSyncDone: true,
    });
    expect(status.getState().lastSyncedAt).not.toBeNull();
  });

  it('of a replica holding only exercises leaves the taxonomies alone', async () => {
    const server = createFakeSyncServer();
    server.put('exercises', onServer(aPlatformExercise()));
    const replica = await openReplica({
      storage: wrappedValidateAjvStorage({ storage: getRxStorageMemory() }),
      name: 'exercises-only',
      collections: ['exercises'],
    });
    open.push(replica);

    const sync = startSync({
      replica,
      serverUrl: server.url,
      userId,
      tokens: createTokenSession({
        serverUrl: server.url,
        tokens: { access_token: 'access-1', refresh_token: 'refresh-1' },
        fetch: server.fetch,
      }),
      status: createSyncStatusStore(),
      fetch: server.fetch,
    });
    await sync.initialSync();

    expect(Object.keys(replica.collections).sort()).toEqual([
      'exercises',
      'sync_conflicts',
    ]);
    expect(await replica.collections.exercises.count().exec()).toBe(1);
    expect(
      server.requests.filter((request) => request.includes('/pull')),
    ).toEqual([expect.stringContaining('/v1/sync/exercises/pull')]);
  });

  it('resumes from the stored checkpoint after a restart', async () => {
    const station = await workstation();
    station.server.put('exercises', onServer(aPlatformExercise()));
    await eventually(async () => {
      expect(await station.replica.collections.exercises.count().exec()).toBe(
        1,
      );
    });

    await station.restart();
    await station.sync.initialSync();
    const pulls = station.server.requests.filter((request) =>
      request.startsWith('GET /v1/sync/exercises/pull'),
    );
    expect(pulls.at(-1)).toContain('checkpoint=');
  });
});

describe('live changes', () => {
  it('held back behind an open transaction are pulled again without an event', async () => {
    const { server, replica, status } = await workstation();
    server.holdBack(true);
    const exercise = aPlatformExercise({ name: 'Late commit' });
    server.put('exercises', onServer(exercise));
    await eventually(() => {
      expect(status.getState().collections.exercises.total).toBe(1);
    });

    server.holdBack(false);

    await eventually(async () => {
      expect((await stored(replica, exercise.id))?.name).toBe('Late commit');
    });
  });

  it('pull what another workstation changed as soon as the stream says so', async () => {
    const { server, replica, status } = await workstation();
    await eventually(() => {
      expect(status.getState().streamConnected).toBe(true);
    });

    const exercise = aPlatformExercise({ name: 'Heel raise' });
    server.put('exercises', onServer(exercise));

    await eventually(async () => {
      expect((await stored(replica, exercise.id))?.name).toBe('Heel raise');
    });
  });

  it('drop an exercise that left the user’s view', async () => {
    const { server, replica } = await workstation();
    const exercise = aPlatformExercise();
    server.put('exercises', onServer(exercise));
    await eventually(async () => {
      expect(await stored(replica, exercise.id)).not.toBeNull();
    });

    server.put('exercises', { id: exercise.id, deleted: true });

    await eventually(async () => {
      expect(await stored(replica, exercise.id)).toBeNull();
    });
  });
});

describe('local edits', () => {
  it('reach the server, and a second quick edit is not a conflict', async () => {
    const { server, replica, sync, status } = await workstation();
    const created = await createExercise(replica, northside, {
      name: 'Wall slide',
    });
    await editExercise(replica, created.id, { description: 'Slow.' });
    const last = await editExercise(replica, created.id, {
      description: 'Slower.',
    });
    await sync.inSync();

    await eventually(() => {
      expect(server.get('exercises', created.id)).toMatchObject({
        description: 'Slower.',
        revision: last.sync_revision,
      });
      expect(status.getState().pendingChanges).toBe(0);
    });
    expect(await conflicts(replica)).toEqual([]);
  });

  it('keep both edits when another workstation changed a different field', async () => {
    const station = await workstation();
    const created = await createExercise(station.replica, northside, {
      name: 'Bird dog',
    });
    await station.sync.inSync();
    await station.sync.stop();

    await editExercise(station.replica, created.id, { name: 'Bird-dog' });
    const elsewhere = station.server.get('exercises', created.id);
    station.server.put('exercises', {
      ...elsewhere!,
      description: 'Opposite arm and leg.',
      revision: newRevision(),
    });
    await station.restart();
    await station.sync.inSync();

    await eventually(() => {
      expect(station.server.get('exercises', created.id)).toMatchObject({
        name: 'Bird-dog',
        description: 'Opposite arm and leg.',
      });
    });
    expect(await conflicts(station.replica)).toEqual([]);
  });

  it('give way to the server on a field both changed, keeping the local value for review', async () => {
    const station = await workstation();
    const created = await createExercise(station.replica, northside, {
      name: 'Side plank',
    });
    await station.sync.inSync();
    await station.sync.stop();

    await editExercise(station.replica, created.id, { name: 'Side plank L' });
    station.server.put('exercises', {
      ...station.server.get('exercises', created.id)!,
      name: 'Side plank, knees',
      revision: newRevision(),
    });
    await station.restart();

    await eventually(async () => {
      expect((await stored(station.replica, created.id))?.name).toBe(
        'Side plank, knees',
      );
      expect(await conflicts(station.replica)).toMatchObject([
        {
          document_id: created.id,
          field: 'name',
          local_value: 'Side plank L',
          server_value: 'Side plank, knees',
          assumed_value: 'Side plank',
        },
      ]);
      expect(station.status.getState()).toMatchObject({
        conflictsAwaitingReview: 1,
        pendingChanges: 0,
      });
    });
  });

  it('refused by the server are undone and kept with the reason', async () => {
    const station = await workstation();
    const platform = aPlatformExercise({ name: 'Bridging' });
    station.server.put('exercises', onServer(platform));
    await eventually(async () => {
      expect(await stored(station.replica, platform.id)).not.toBeNull();
    });
    station.server.refuse((document) =>
      document.id === platform.id
        ? { code: 'global-library-read-only', message: 'Clone it to edit.' }
        : undefined,
    );

    await editExercise(station.replica, platform.id, { name: 'My bridging' });

    await eventually(async () => {
      expect((await stored(station.replica, platform.id))?.name).toBe(
        'Bridging',
      );
      expect(await conflicts(station.replica)).toMatchObject([
        {
          field: null,
          local_value: { name: 'My bridging' },
          rejection_code: 'global-library-read-only',
          rejection_message: 'Clone it to edit.',
        },
      ]);
    });
  });

  it('that create a refused exercise remove it, keeping it for review', async () => {
    const station = await workstation();
    station.server.refuse(() => ({
      code: 'organization-change-forbidden',
      message: 'Only in your own clinic.',
    }));

    const created = await createExercise(station.replica, northside, {
      name: 'Not allowed here',
    });

    await eventually(async () => {
      expect(await stored(station.replica, created.id)).toBeNull();
      expect(await conflicts(station.replica)).toMatchObject([
        {
          document_id: created.id,
          field: null,
          server_value: null,
          rejection_code: 'organization-change-forbidden',
        },
      ]);
      expect(station.status.getState().pendingChanges).toBe(0);
    });
  });
});

describe('an expired session', () => {
  it('is renewed once, however many requests the server refused', async () => {
    const station = await workstation();
    station.server.expire(station.server.tokens.access);

    station.sync.resync();
    await station.sync.inSync();

    expect(station.server.refreshes()).toBe(1);
    expect(station.status.getState().errors).toEqual({});
  });

  it('that cannot be renewed is reported while local changes stay queued', async () => {
    const station = await workstation();
    station.server.expire(station.server.tokens.access);
    station.server.tokens.refresh = 'revoked-elsewhere';

    const created = await createExercise(station.replica, northside, {
      name: 'Queued',
    });

    await eventually(() => {
      expect(station.status.getState().errors['session-expired']).toBeDefined();
    });
    expect(station.status.getState().pendingChanges).toBe(1);
    expect(await stored(station.replica, created.id)).not.toBeNull();
    expect(station.server.get('exercises', created.id)).toBeUndefined();
  });
});

describe('working offline', () => {
  it('keeps local changes queued and sends them when the server is back', async () => {
    const station = await workstation();
    station.server.setReachable(false);
    station.network.set(false);

    const created = await createExercise(station.replica, northside, {
      name: 'Offline edit',
    });
    await eventually(() => {
      expect(station.status.getState()).toMatchObject({
        online: false,
        pendingChanges: 1,
        streamConnected: false,
      });
      expect(
        station.status.getState().errors['server-unreachable'],
      ).toBeDefined();
    });

    station.server.setReachable(true);
    station.network.set(true);

    await eventually(() => {
      expect(station.server.get('exercises', created.id)).toMatchObject({
        name: 'Offline edit',
      });
      expect(station.status.getState()).toMatchObject({
        online: true,
        pendingChanges: 0,
        streamConnected: true,
        errors: {},
      });
    });
  });
});
