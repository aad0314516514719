// The browser end of the replica tests and benches: the real replica
// modules on Dexie (IndexedDB), driven from Node through the API on
// `window.motusReplica`. Bundled by build-harness.ts; never part of the
// app.
import { firstValueFrom, filter } from 'rxjs';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { exercise$ } from '../../src-renderer/replica/exercise-queries';
import {
  createExerciseSearch,
  type ExerciseSearch,
} from '../../src-renderer/replica/exercise-search';
import { editExercise } from '../../src-renderer/replica/exercise-writes';
import {
  openReplica,
  type Replica,
} from '../../src-renderer/replica/open-replica';
import {
  startSync,
  type RunningSync,
} from '../../src-renderer/replica/start-sync';
import {
  createSyncStatusStore,
  type SyncStatusStore,
} from '../../src-renderer/stores/useSyncStatus';
import type { HarnessWindow, ReplicaHarness } from './harness-api';
import { openSession } from './harness-session';

interface Running {
  replica: Replica;
  sync: RunningSync;
  status: SyncStatusStore;
  clinicId: string | null;
  syncStartedAt: number;
}

let running: Running | undefined;
let search: ExerciseSearch | undefined;

function current(): Running {
  if (!running) throw new Error('Call motusReplica.start() first.');
  return running;
}

/** One database per user, as the app names them. */
const databaseName = (userId: string) => `motus-replica-${userId}`;

const harness: ReplicaHarness = {
  start: async (serverUrl, email, password, options = {}) => {
    if (running) throw new Error('The replica is already running.');
    const signedIn = await openSession(serverUrl, email, password);
    const opening = performance.now();
    const replica = await openReplica({
      storage: getRxStorageDexie(),
      name: databaseName(signedIn.userId),
    });
    const openMs = performance.now() - opening;

    const status = createSyncStatusStore();
    const syncStartedAt = performance.now();
    const sync = startSync({
      replica,
      serverUrl,
      userId: signedIn.userId,
      tokens: signedIn.session,
      status,
      pullBatchSize: options.pullBatchSize,
      retryMs: options.retryMs,
      liveStream: options.liveStream,
    });
    running = {
      replica,
      sync,
      status,
      clinicId: signedIn.clinicId,
      syncStartedAt,
    };
    return {
      userId: signedIn.userId,
      clinicId: signedIn.clinicId,
      resumedSession: signedIn.resumed,
      openMs,
    };
  },

  initialSync: async () => {
    const { sync, syncStartedAt } = current();
    await sync.initialSync();
    return performance.now() - syncStartedAt;
  },

  inSync: () => current().sync.inSync(),

  count: () => current().replica.collections.exercises.count().exec(),

  aClinicExerciseId: async () => {
    const { replica, clinicId } = current();
    const found = await replica.collections.exercises
      .findOne({ selector: { organization_id: clinicId, deleted_at: null } })
      .exec();
    if (!found) throw new Error('The replica holds no clinic exercise.');
    return found.id;
  },

  description: async (exerciseId) => {
    const { replica } = current();
    const found = await firstValueFrom(exercise$(replica, exerciseId));
    return found?.description ?? null;
  },

  editDescription: async (exerciseId, text) => {
    await editExercise(current().replica, exerciseId, { description: text });
  },

  whenDescriptionIs: async (exerciseId, text) => {
    await firstValueFrom(
      exercise$(current().replica, exerciseId).pipe(
        filter((found) => found?.description === text),
      ),
    );
    return performance.timeOrigin + performance.now();
  },

  status: () => {
    const state = current().status.getState();
    return {
      online: state.online,
      streamConnected: state.streamConnected,
      pendingChanges: state.pendingChanges,
      errorCodes: Object.keys(state.errors),
    };
  },

  now: () => performance.timeOrigin + performance.now(),

  buildSearch: async () => {
    search?.close();
    const started = performance.now();
    search = createExerciseSearch(current().replica.collections.exercises);
    await search.ready;
    return { size: search.size(), buildMs: performance.now() - started };
  },

  timeFullRead: async () => {
    const { exercises } = current().replica.collections;
    const started = performance.now();
    // A selector of its own: RxDB would answer the search's plain find()
    // from its query cache without reading IndexedDB again.
    const found = await exercises
      .find({ selector: { id: { $gt: '' } } })
      .exec();
    found.forEach((document) => document.toJSON());
    return performance.now() - started;
  },

  typeQueries: (queries) => {
    const index = search;
    if (!index) throw new Error('Call motusReplica.buildSearch() first.');
    // The queries are plain ASCII: one keystroke per UTF-16 unit.
    return queries.flatMap((query) =>
      Array.from({ length: query.length }, (_unit, at) => {
        const typed = query.slice(0, at + 1);
        const started = performance.now();
        const hits = index.search(typed);
        const ms = performance.now() - started;
        const firstHit = hits[0]?.name ?? null;
        return { query, typed, ms, hits: hits.length, firstHit };
      }),
    );
  },

  stop: async () => {
    search?.close();
    search = undefined;
    const stopping = running;
    running = undefined;
    await stopping?.replica.close();
  },
};

(globalThis as unknown as HarnessWindow).motusReplica = harness;
