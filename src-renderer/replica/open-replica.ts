import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxCollectionCreator,
  type RxDatabase,
  type RxStorage,
} from 'rxdb';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import {
  createConflictHandler,
  type ConflictBookkeeping,
} from './conflict-handler';
import { loadPendingChanges, type PendingChanges } from './pending-changes';
import {
  syncCollectionNames,
  type SyncCollection,
} from '../../shared/schemas/sync';
import {
  replicaNameOf,
  type ReplicaBodyRegion,
  type ReplicaCategory,
  type ReplicaEquipment,
  type ReplicaExercise,
} from './replica-documents';
import { replicatedSchemas } from './replica-schemas';
import {
  syncConflictSchema,
  type SyncConflictCollection,
} from './sync-conflicts';

// A type, not an interface: RxDB wants an index-signature-compatible map.
type AllReplicaCollections = {
  exercises: RxCollection<ReplicaExercise>;
  exercise_categories: RxCollection<ReplicaCategory>;
  exercise_body_regions: RxCollection<ReplicaBodyRegion>;
  exercise_equipment: RxCollection<ReplicaEquipment>;
  /** Local only: edits set aside by conflicts, awaiting review. */
  sync_conflicts: SyncConflictCollection;
};

/** The replica's collections; the taxonomies only when it was opened so. */
export type ReplicaCollections = Pick<
  AllReplicaCollections,
  'exercises' | 'sync_conflicts'
> &
  Partial<AllReplicaCollections>;

export type ReplicaDatabase = RxDatabase<AllReplicaCollections>;

/** The workstation's copy of the exercise library. */
export interface Replica {
  readonly database: ReplicaDatabase;
  readonly collections: ReplicaCollections;
  /** The replicated collections it holds, by their names in sync URLs. */
  readonly synced: readonly SyncCollection[];
  readonly pending: PendingChanges;
  /** Runs `task` (stopping a sync, say) before the database closes. */
  beforeClose(task: () => Promise<void>): () => void;
  /** Stops what runs on the replica, stores what is pending, closes. */
  close(): Promise<void>;
}

export interface ReplicaOptions {
  /**
   * Where documents live: `getRxStorageDexie()` in the app (IndexedDB),
   * `getRxStorageMemory()` in tests.
   */
  storage: RxStorage<unknown, unknown>;
  /** Database name (lower case letters, digits, `-`); one per user. */
  name: string;
  /**
   * Whether several tabs share the database. The desktop shell runs one
   * instance, so the default is false; with true, RxDB replicates from
   * the elected leader tab only.
   */
  multiInstance?: boolean;
  /**
   * The replicated collections to open, `exercises` among them; all four
   * by default. Fewer leave room under RxDB's limit for tests that open
   * many replicas at once.
   */
  collections?: readonly SyncCollection[];
}

/**
 * Opens (or creates) the replica: the replicated collections and the
 * local `sync_conflicts`, by default five of the thirteen collections
 * free RxDB allows open in one process at a time. Close it when done.
 */
export async function openReplica(options: ReplicaOptions): Promise<Replica> {
  const synced = [...new Set(options.collections ?? syncCollectionNames)];
  if (!synced.includes('exercises')) {
    throw new TypeError('A replica always holds the exercises.');
  }
  const replicated = synced.map((collection) => replicaNameOf[collection]);

  addRxPlugin(RxDBLocalDocumentsPlugin);
  const database = await createRxDatabase<AllReplicaCollections>({
    name: options.name,
    storage: options.storage,
    multiInstance: options.multiInstance ?? false,
    localDocuments: true,
  });

  try {
    const pending = await loadPendingChanges(database);
    const bookkeeping = (): ConflictBookkeeping => ({
      conflicts: database.collections.sync_conflicts,
      pending,
    });
    const creators = Object.fromEntries(
      replicated.map((name): [string, RxCollectionCreator] => [
        name,
        {
          schema: replicatedSchemas[name],
          conflictHandler: createConflictHandler(name, bookkeeping),
        },
      ]),
    );
    const collections = (await database.addCollections({
      ...creators,
      sync_conflicts: { schema: syncConflictSchema },
    } as {
      [Name in keyof AllReplicaCollections]: RxCollectionCreator;
    })) as ReplicaCollections;
    return assembleReplica(database, collections, synced, pending);
  } catch (error) {
    await database.close();
    throw error;
  }
}

function assembleReplica(
  database: ReplicaDatabase,
  collections: ReplicaCollections,
  synced: readonly SyncCollection[],
  pending: PendingChanges,
): Replica {
  const closingTasks = new Set<() => Promise<void>>();
  let closing: Promise<void> | undefined;
  return {
    database,
    collections,
    synced,
    pending,
    beforeClose: (task) => {
      closingTasks.add(task);
      return () => closingTasks.delete(task);
    },
    close: () => {
      closing ??= (async () => {
        await Promise.all([...closingTasks].map((task) => task()));
        await pending.flushed();
        await database.close();
      })();
      return closing;
    },
  };
}
