import { Type, type Static, type TSchema } from 'typebox';
import {
  contraindicationSeverities,
  difficulties,
  exerciseStatuses,
  instructionTypes,
  videoProviders,
} from '../domain';
import { errorStatuses, type ErrorCode } from '../errors';
import { bodyAreas } from '../library/taxonomy';
import { Nullable, Text, Timestamp, Uuid } from './common';
import { MovementProfile, Slug } from './exercises';

/**
 * The documents the app's replica holds, one per aggregate, exactly as the
 * sync endpoints send and receive them. The RxDB schemas are generated
 * from these, so the replica and the server cannot drift apart.
 */

const Url = Type.String({ format: 'uri', maxLength: 2048 });
const TermIds = Type.Array(Uuid, { maxItems: 40, uniqueItems: true });

/**
 * The version of a document, chosen by whoever wrote it (a fresh random
 * token per write). The server accepts a push only when the revision the
 * client assumed is the one it holds.
 */
export const Revision = Type.String({
  pattern: '^[A-Za-z0-9-]+$',
  minLength: 8,
  maxLength: 64,
});

/** Fields every synced document carries. */
const documentFields = {
  id: Uuid,
  organization_id: Nullable(Uuid),
  revision: Revision,
  /** The row left the user's view (never a soft delete: see deleted_at). */
  deleted: Type.Boolean(),
};

export const SyncedInstruction = Type.Object(
  {
    type: Type.Enum(instructionTypes),
    text: Text(2000),
    image_url: Nullable(Url),
  },
  { additionalProperties: false },
);
export type SyncedInstruction = Static<typeof SyncedInstruction>;

export const SyncedContraindication = Type.Object(
  {
    condition: Text(200),
    severity: Type.Enum(contraindicationSeverities),
    note: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type SyncedContraindication = Static<typeof SyncedContraindication>;

/**
 * An exercise with its ordered instructions, contraindications and tags.
 * Soft-deleted exercises stay in the replica with `deleted_at` set,
 * because treatment plans keep referring to them.
 */
export const ExerciseDocument = Type.Object(
  {
    ...documentFields,
    cloned_from_id: Nullable(Uuid),
    name: Text(200),
    slug: Slug,
    description: Type.String({ maxLength: 5000 }),
    difficulty: Type.Enum(difficulties),
    status: Type.Enum(exerciseStatuses),
    estimated_duration_seconds: Nullable(
      Type.Integer({ minimum: 1, maximum: 86400 }),
    ),
    video_url: Nullable(Url),
    video_provider: Nullable(Type.Enum(videoProviders)),
    video_thumbnail_url: Nullable(Url),
    video_duration_seconds: Nullable(Type.Integer({ minimum: 0 })),
    movement_profile: Nullable(MovementProfile),
    instructions: Type.Array(SyncedInstruction, { maxItems: 60 }),
    contraindications: Type.Array(SyncedContraindication, { maxItems: 60 }),
    category_ids: TermIds,
    body_region_ids: TermIds,
    equipment_ids: TermIds,
    created_at: Timestamp,
    updated_at: Timestamp,
    deleted_at: Nullable(Timestamp),
  },
  { additionalProperties: false },
);
export type ExerciseDocument = Static<typeof ExerciseDocument>;

const termFields = {
  ...documentFields,
  slug: Slug,
  name: Text(120),
  sort_order: Type.Integer({ minimum: 0, maximum: 10000 }),
};

export const CategoryDocument = Type.Object(
  { ...termFields, parent_id: Nullable(Uuid) },
  { additionalProperties: false },
);
export type CategoryDocument = Static<typeof CategoryDocument>;

export const BodyRegionDocument = Type.Object(
  { ...termFields, body_area: Type.Enum(bodyAreas) },
  { additionalProperties: false },
);
export type BodyRegionDocument = Static<typeof BodyRegionDocument>;

export const EquipmentDocument = Type.Object(termFields, {
  additionalProperties: false,
});
export type EquipmentDocument = Static<typeof EquipmentDocument>;

/**
 * The replicated collections, by the name they have in URLs. RxDB
 * collection names cannot contain dashes, hence the second name.
 */
export const syncCollections = {
  exercises: { replicaName: 'exercises', schema: ExerciseDocument },
  'exercise-categories': {
    replicaName: 'exercise_categories',
    schema: CategoryDocument,
  },
  'exercise-body-regions': {
    replicaName: 'exercise_body_regions',
    schema: BodyRegionDocument,
  },
  'exercise-equipment': {
    replicaName: 'exercise_equipment',
    schema: EquipmentDocument,
  },
} as const satisfies Record<string, { replicaName: string; schema: TSchema }>;

export type SyncCollection = keyof typeof syncCollections;
export const syncCollectionNames = Object.keys(
  syncCollections,
) as SyncCollection[];

export interface SyncDocuments {
  exercises: ExerciseDocument;
  'exercise-categories': CategoryDocument;
  'exercise-body-regions': BodyRegionDocument;
  'exercise-equipment': EquipmentDocument;
}
export type SyncDocument = SyncDocuments[SyncCollection];

/**
 * Where a pull stopped: the last change handed out, ordered by the
 * writing transaction and then the change sequence. Opaque to clients;
 * numbers travel as decimal strings because they exceed 2^53.
 */
export const SyncCheckpoint = Type.Object(
  {
    transaction: Type.String({ pattern: '^[0-9]{1,20}$' }),
    sequence: Type.String({ pattern: '^[0-9]{1,20}$' }),
  },
  { additionalProperties: false },
);
export type SyncCheckpoint = Static<typeof SyncCheckpoint>;

export const SyncCollectionParams = Type.Object(
  { collection: Type.Enum(syncCollectionNames) },
  { additionalProperties: false },
);
export type SyncCollectionParams = Static<typeof SyncCollectionParams>;

export const SyncPullQuery = Type.Object(
  {
    /** The previous page's checkpoint, JSON-encoded; absent at first. */
    checkpoint: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export type SyncPullQuery = Static<typeof SyncPullQuery>;

/** A document the server could not send whole: it left the user's view. */
export const Tombstone = Type.Object({
  id: Uuid,
  deleted: Type.Literal(true),
});
export type Tombstone = Static<typeof Tombstone>;

const AnyDocument = Type.Object({ id: Uuid }, { additionalProperties: true });

export const SyncPullResponse = Type.Object({
  /** Full documents, or tombstones for rows that left the user's view. */
  documents: Type.Array(AnyDocument),
  checkpoint: SyncCheckpoint,
  /**
   * Committed changes still waiting after this page (for progress bars).
   * More than zero on a short page means some are held back behind an
   * open transaction: pull again shortly.
   */
  remaining: Type.Integer({ minimum: 0 }),
});
export interface SyncPullResponse<D = SyncDocument> {
  documents: (D | Tombstone)[];
  checkpoint: SyncCheckpoint;
  remaining: number;
}

/**
 * One RxDB push row. The envelope is checked here; each document is then
 * checked against its collection's schema on its own, so that one bad
 * document comes back rejected instead of failing the whole batch.
 */
export const SyncPushRow = Type.Object(
  {
    assumedMasterState: Type.Optional(AnyDocument),
    newDocumentState: AnyDocument,
  },
  { additionalProperties: false },
);
export const SyncPushBody = Type.Array(SyncPushRow, {
  minItems: 1,
  maxItems: 100,
});
export interface SyncPushRow<D = SyncDocument> {
  assumedMasterState?: D | Tombstone;
  newDocumentState: D;
}

/** Why the server refused a pushed document; the app shows the message. */
export const SyncRejection = Type.Object({
  code: Type.Enum(Object.keys(errorStatuses) as ErrorCode[]),
  message: Type.String(),
});
export type SyncRejection = Static<typeof SyncRejection>;

/**
 * The server's copy of each document that was not written: a conflict
 * (someone changed it first) or, with `rejection`, a refused write.
 */
export const SyncPushResponse = Type.Array(
  Type.Object(
    { id: Uuid, rejection: Type.Optional(SyncRejection) },
    { additionalProperties: true },
  ),
);
export type SyncMasterCopy<D = SyncDocument> = (D | Tombstone) & {
  rejection?: SyncRejection;
};

/** What the live stream says: pull this collection again. */
export interface SyncChangeEvent {
  collection: SyncCollection;
}
