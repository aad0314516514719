import {
  syncCollections,
  type BodyRegionDocument,
  type CategoryDocument,
  type EquipmentDocument,
  type ExerciseDocument,
  type SyncCollection,
} from '../../shared/schemas/sync';

/**
 * The synced documents as the replica stores them. RxDB reserves both
 * `deleted` and `revision` as document properties (dev-mode refuses a
 * schema using either, error SC17), so `deleted` travels as RxDB's own
 * `_deleted` and `revision` is kept as `sync_revision`. The renaming
 * happens only where documents cross the wire (see `toWire`/`fromWire`).
 */
export type Replicated<D extends { revision: string; deleted: boolean }> = Omit<
  D,
  'revision' | 'deleted'
> & { sync_revision: string };

export type ReplicaExercise = Replicated<ExerciseDocument>;
export type ReplicaCategory = Replicated<CategoryDocument>;
export type ReplicaBodyRegion = Replicated<BodyRegionDocument>;
export type ReplicaEquipment = Replicated<EquipmentDocument>;

export interface ReplicatedDocuments {
  exercises: ReplicaExercise;
  exercise_categories: ReplicaCategory;
  exercise_body_regions: ReplicaBodyRegion;
  exercise_equipment: ReplicaEquipment;
}

/** The name of a replicated collection inside the replica. */
export type ReplicaCollectionName = keyof ReplicatedDocuments;

/** The replica's collection for each collection named in sync URLs. */
export const replicaNameOf = Object.fromEntries(
  Object.entries(syncCollections).map(([url, { replicaName }]) => [
    url,
    replicaName,
  ]),
) as Record<SyncCollection, ReplicaCollectionName>;

/** A document in either shape, read loosely at the wire boundary. */
export type LooseDocument = { id: string } & Record<string, unknown>;

/**
 * A document from the server (pulled, or returned by a push) in the
 * replica's shape. Tombstones have no revision and stay as they are;
 * `deleted` and `rejection` are left for RxDB and the conflict handler.
 */
export function fromWire(document: LooseDocument): LooseDocument {
  const { revision, ...rest } = document;
  return revision === undefined ? rest : { ...rest, sync_revision: revision };
}

/**
 * A replica document in the server's shape, for a push. RxDB's own
 * bookkeeping and the server's `rejection` note never go back.
 */
export function toWire(document: LooseDocument): LooseDocument {
  const wire: LooseDocument = { id: document.id };
  for (const [field, value] of Object.entries(document)) {
    if (field.startsWith('_') || field === 'rejection') continue;
    if (field === 'sync_revision') wire.revision = value;
    else wire[field] = value;
  }
  return wire;
}
