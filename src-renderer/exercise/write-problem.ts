import { ExerciseWriteError } from '../replica/exercise-writes';

/**
 * What to tell the clinician when a write to the replica failed. The
 * replica's own refusals say what was wrong; anything else is the
 * workstation's storage failing, which the clinician can only retry.
 */
export function writeProblem(error: unknown): string {
  if (error instanceof ExerciseWriteError) return error.message;
  return 'This workstation could not store the change. Try again; if it keeps failing, restart Motus.';
}
