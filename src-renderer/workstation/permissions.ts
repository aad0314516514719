import { statusTransitions, type ExerciseStatus } from '../../shared/domain';
import type { SignedInUser } from './signed-in-user';

/**
 * What the signed-in user may do with an exercise, by the same rules the
 * server applies on push (server/exercises/exercise-writes.ts). The
 * screens hide what these refuse; the server still has the last word.
 */

interface Owned {
  readonly organization_id: string | null;
  readonly status: ExerciseStatus;
  readonly deleted_at: string | null;
}

function isPlatform(exercise: Owned): boolean {
  return exercise.organization_id === null;
}

function isOwnClinics(user: SignedInUser, exercise: Owned): boolean {
  return (
    exercise.organization_id !== null &&
    exercise.organization_id === user.organization?.id
  );
}

/** Platform exercises are the superadmins'; clinic ones their staff's. */
export function canEditExercise(user: SignedInUser, exercise: Owned): boolean {
  if (exercise.deleted_at !== null) return false;
  if (isPlatform(exercise)) return user.isSuperadmin;
  return isOwnClinics(user, exercise) || user.isSuperadmin;
}

/** Anyone working for a clinic may copy an exercise into it. */
export function canCloneExercise(user: SignedInUser, exercise: Owned): boolean {
  return user.organization !== null && exercise.deleted_at === null;
}

/**
 * The statuses the user may move the exercise to next: a clinic's
 * admins (and superadmins) move its exercises, superadmins the
 * platform's. Empty for everyone else.
 */
export function nextStatusesFor(
  user: SignedInUser,
  exercise: Owned,
): readonly ExerciseStatus[] {
  if (!canEditExercise(user, exercise)) return [];
  const mayMove = isPlatform(exercise)
    ? user.isSuperadmin
    : user.isSuperadmin || user.role === 'admin';
  return mayMove ? statusTransitions[exercise.status] : [];
}

/** Soft delete follows the status rule: clinic admins and superadmins. */
export function canDeleteExercise(
  user: SignedInUser,
  exercise: Owned,
): boolean {
  if (!canEditExercise(user, exercise)) return false;
  return isPlatform(exercise)
    ? user.isSuperadmin
    : user.isSuperadmin || user.role === 'admin';
}
