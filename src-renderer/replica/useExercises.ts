import { useMemo } from 'react';
import { map } from 'rxjs';
import { exercises$, type Exercise } from './exercise-queries';
import type { Replica } from './open-replica';
import { useObservedValue } from './useObservedValue';

export interface ExerciseList {
  /** By name, soft-deleted ones left out. */
  exercises: readonly Exercise[];
  /** True until the replica answered the first time. */
  loading: boolean;
}

const loadingList: ExerciseList = { exercises: [], loading: true };

/** The library's exercises, kept current as the replica changes. */
export function useExercises(replica: Replica): ExerciseList {
  const source = useMemo(
    () =>
      exercises$(replica).pipe(
        map((exercises): ExerciseList => ({ exercises, loading: false })),
      ),
    [replica],
  );
  return useObservedValue(source, loadingList);
}
