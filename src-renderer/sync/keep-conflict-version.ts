import type { ExerciseStatus } from '../../shared/domain';
import {
  changeExerciseStatus,
  editExercise,
  type ExerciseEdits,
} from '../replica/exercise-writes';
import type { Replica } from '../replica/open-replica';
import { dismissConflict, type SyncConflict } from '../replica/sync-conflicts';

/** The exercise fields a clinician writes, which a conflict can restore. */
export const restorableFields = [
  'name',
  'slug',
  'description',
  'difficulty',
  'estimated_duration_seconds',
  'video_url',
  'video_provider',
  'video_thumbnail_url',
  'video_duration_seconds',
  'movement_profile',
  'instructions',
  'contraindications',
  'category_ids',
  'body_region_ids',
  'equipment_ids',
] as const satisfies readonly (keyof ExerciseEdits)[];

type Restorable = (typeof restorableFields)[number];

function isRestorable(field: string): field is Restorable {
  return (restorableFields as readonly string[]).includes(field);
}

/**
 * Whether "keep mine" can write the local value back: exercise content
 * and status can; a deletion or a move between libraries is the
 * server's to decide.
 */
export function canKeepLocal(conflict: SyncConflict): boolean {
  if (conflict.collection_name !== 'exercises') return false;
  if (conflict.rejection_code !== null) return false;
  if (conflict.field === null) return true;
  return conflict.field === 'status' || isRestorable(conflict.field);
}

function localEdits(conflict: SyncConflict): ExerciseEdits {
  if (conflict.field !== null) {
    return { [conflict.field]: conflict.local_value };
  }
  // The whole local version was set aside: its content comes back.
  const local = conflict.local_value as Record<string, unknown>;
  const edits: Record<string, unknown> = {};
  for (const field of restorableFields) {
    if (field in local) edits[field] = local[field];
  }
  return edits;
}

/**
 * Writes the workstation's version of the conflicting field as a new
 * edit (sync pushes it on top of the server's copy), then marks the
 * conflict reviewed.
 */
export async function keepLocalVersion(
  replica: Replica,
  conflict: SyncConflict,
): Promise<void> {
  if (!canKeepLocal(conflict)) {
    throw new TypeError('This conflict can only be settled on the server.');
  }
  if (conflict.field === 'status') {
    await changeExerciseStatus(
      replica,
      conflict.document_id,
      conflict.local_value as ExerciseStatus,
    );
  } else {
    await editExercise(replica, conflict.document_id, localEdits(conflict));
  }
  await dismissConflict(replica.collections.sync_conflicts, conflict.id);
}

/** Keeps the server's copy, which the replica already holds. */
export function keepServerVersion(
  replica: Replica,
  conflict: SyncConflict,
): Promise<void> {
  return dismissConflict(replica.collections.sync_conflicts, conflict.id);
}
