import { useMemo } from 'react';
import { map } from 'rxjs';
import { exercise$, type Exercise } from './exercise-queries';
import type { Replica } from './open-replica';
import { useObservedValue } from './useObservedValue';

export interface ExerciseLookup {
  /** Null when the replica does not hold it (or not yet). */
  exercise: Exercise | null;
  loading: boolean;
}

const loadingExercise: ExerciseLookup = { exercise: null, loading: true };

/** One exercise by id, kept current as the replica changes. */
export function useExercise(
  replica: Replica,
  exerciseId: string,
): ExerciseLookup {
  const source = useMemo(
    () =>
      exercise$(replica, exerciseId).pipe(
        map((exercise): ExerciseLookup => ({ exercise, loading: false })),
      ),
    [replica, exerciseId],
  );
  return useObservedValue(source, loadingExercise);
}
