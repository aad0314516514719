import { Value } from 'typebox/value';
import {
  isStatusTransitionAllowed,
  type ExerciseStatus,
} from '../../shared/domain';
import type { ErrorCode } from '../../shared/errors';
import { ExerciseDocument } from '../../shared/schemas/sync';
import { slugify } from '../../shared/slugs';
import { newDocumentId, newRevision } from '../../shared/sync/identifiers';
import type { Replica } from './open-replica';
import { toWire, type ReplicaExercise } from './replica-documents';

/**
 * The clinician's changes to exercises, written to the replica and
 * pushed by sync. Every write gets a fresh revision and `updated_at`, so
 * the server can tell it from the version it was based on. Exercises
 * are never removed from the replica (the server refuses removals); a
 * delete sets `deleted_at`.
 */

/** What a clinician writes about an exercise. */
export type ExerciseContent = Pick<
  ReplicaExercise,
  | 'name'
  | 'description'
  | 'difficulty'
  | 'estimated_duration_seconds'
  | 'video_url'
  | 'video_provider'
  | 'video_thumbnail_url'
  | 'video_duration_seconds'
  | 'movement_profile'
  | 'instructions'
  | 'contraindications'
  | 'category_ids'
  | 'body_region_ids'
  | 'equipment_ids'
>;

export type NewExercise = Pick<ExerciseContent, 'name'> &
  Partial<ExerciseContent>;

export type ExerciseEdits = Partial<ExerciseContent & { slug: string }>;

/** A write the replica refused before it reached the server. */
export class ExerciseWriteError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExerciseWriteError';
  }
}

const tagFields = ['category_ids', 'body_region_ids', 'equipment_ids'] as const;

/** Trims the name and sorts tag ids, as the server returns them. */
function tidy<T extends ExerciseEdits>(content: T): T {
  const tidied: T = { ...content };
  if (tidied.name !== undefined) tidied.name = tidied.name.trim();
  for (const field of tagFields) {
    const ids = tidied[field];
    if (ids) tidied[field] = [...ids].sort();
  }
  return tidied;
}

function check(exercise: ReplicaExercise): void {
  const wire = { ...toWire(exercise), deleted: false };
  const problem = Value.Errors(ExerciseDocument, wire)[0];
  if (problem) {
    const where = problem.instancePath || 'the exercise';
    throw new ExerciseWriteError(
      'validation-failed',
      `${where} ${problem.message}`,
    );
  }
}

async function insertExercise(
  replica: Replica,
  exercise: ReplicaExercise,
): Promise<ReplicaExercise> {
  check(exercise);
  const { pending } = replica;
  pending.expect('exercises', exercise.id, exercise.sync_revision);
  try {
    await replica.collections.exercises.insert(exercise);
  } catch (error) {
    pending.replace('exercises', exercise.id, exercise.sync_revision, null);
    throw error;
  }
  return exercise;
}

/**
 * Applies `change` to the stored exercise with a fresh revision. RxDB may
 * run `change` again when another write lands first, so it must only
 * read its argument.
 */
async function modifyExercise(
  replica: Replica,
  exerciseId: string,
  change: (current: ReplicaExercise) => Partial<ReplicaExercise>,
): Promise<ReplicaExercise> {
  const stored = await replica.collections.exercises.findOne(exerciseId).exec();
  if (!stored) {
    throw new ExerciseWriteError('exercise-not-found', 'No such exercise.');
  }
  const { pending } = replica;
  const before = pending.revisionOf('exercises', exerciseId);
  let attempted: string | undefined;
  try {
    const saved = await stored.incrementalModify((current) => {
      // Left the user's view (a tombstone from the server) meanwhile.
      if (current._deleted) {
        throw new ExerciseWriteError('exercise-not-found', 'No such exercise.');
      }
      const next: ReplicaExercise = {
        ...current,
        ...change(current),
        sync_revision: newRevision(),
        updated_at: new Date().toISOString(),
      };
      check(next);
      attempted = next.sync_revision;
      pending.expect('exercises', exerciseId, attempted);
      return next;
    });
    return saved.toMutableJSON();
  } catch (error) {
    if (attempted) pending.replace('exercises', exerciseId, attempted, before);
    throw error;
  }
}

function editable(current: ReplicaExercise): void {
  if (current.deleted_at !== null) {
    throw new ExerciseWriteError(
      'exercise-deleted',
      'A deleted exercise cannot be changed.',
    );
  }
}

/**
 * Creates a draft exercise in `clinicId`'s library (null: the platform
 * library, for a superadmin). The slug comes from the name; the server
 * makes it unique when it takes the exercise.
 */
export function createExercise(
  replica: Replica,
  clinicId: string | null,
  draft: NewExercise,
): Promise<ReplicaExercise> {
  const now = new Date().toISOString();
  const content = tidy(draft);
  return insertExercise(replica, {
    description: '',
    difficulty: 'beginner',
    estimated_duration_seconds: null,
    video_url: null,
    video_provider: null,
    video_thumbnail_url: null,
    video_duration_seconds: null,
    movement_profile: null,
    instructions: [],
    contraindications: [],
    category_ids: [],
    body_region_ids: [],
    equipment_ids: [],
    ...content,
    id: newDocumentId(),
    organization_id: clinicId,
    sync_revision: newRevision(),
    cloned_from_id: null,
    slug: slugify(content.name),
    status: 'draft',
    created_at: now,
    updated_at: now,
    deleted_at: null,
  });
}

/** Changes an exercise's fields, instructions, contraindications or tags. */
export function editExercise(
  replica: Replica,
  exerciseId: string,
  edits: ExerciseEdits,
): Promise<ReplicaExercise> {
  return modifyExercise(replica, exerciseId, (current) => {
    editable(current);
    return tidy(edits);
  });
}

/**
 * Copies an exercise (a platform one, usually) into `clinicId`'s library
 * as an independent draft: content, instructions with their images,
 * contraindications and tags; `cloned_from_id` remembers the source.
 */
export async function cloneExercise(
  replica: Replica,
  clinicId: string,
  sourceId: string,
): Promise<ReplicaExercise> {
  const source = await replica.collections.exercises.findOne(sourceId).exec();
  if (!source) {
    throw new ExerciseWriteError('exercise-not-found', 'No such exercise.');
  }
  if (source.deleted_at !== null) {
    throw new ExerciseWriteError(
      'exercise-deleted',
      'A deleted exercise cannot be cloned.',
    );
  }
  const now = new Date().toISOString();
  return insertExercise(replica, {
    ...source.toMutableJSON(),
    id: newDocumentId(),
    organization_id: clinicId,
    sync_revision: newRevision(),
    cloned_from_id: sourceId,
    status: 'draft',
    created_at: now,
    updated_at: now,
    deleted_at: null,
  });
}

/**
 * Moves an exercise along draft → published → archived → draft. Any
 * other move throws `invalid-status-transition`.
 */
export function changeExerciseStatus(
  replica: Replica,
  exerciseId: string,
  status: ExerciseStatus,
): Promise<ReplicaExercise> {
  return modifyExercise(replica, exerciseId, (current) => {
    editable(current);
    if (!isStatusTransitionAllowed(current.status, status)) {
      throw new ExerciseWriteError(
        'invalid-status-transition',
        `An exercise cannot go from ${current.status} to ${status}.`,
      );
    }
    return { status };
  });
}

/**
 * Deletes an exercise the soft way: it stays (treatment plans may refer
 * to it) with `deleted_at` set, and drops out of the library's lists.
 */
export function deleteExercise(
  replica: Replica,
  exerciseId: string,
): Promise<ReplicaExercise> {
  return modifyExercise(replica, exerciseId, (current) => {
    editable(current);
    return { deleted_at: new Date().toISOString() };
  });
}
