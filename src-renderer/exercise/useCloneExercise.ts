import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Exercise } from '../replica/exercise-queries';
import { cloneExercise } from '../replica/exercise-writes';
import { useSignedInWorkstation } from '../workstation/useWorkstation';
import { writeProblem } from './write-problem';

export interface ExerciseCloning {
  /** Copies `exercise` into the user's clinic and opens the copy's editor. */
  clone: (exercise: Exercise) => Promise<void>;
  cloning: boolean;
}

/**
 * Cloning into the signed-in user's clinic. It writes to the replica
 * only, so it works offline; sync takes the copy to the server later.
 */
export function useCloneExercise(): ExerciseCloning {
  const { user, replica } = useSignedInWorkstation();
  const navigate = useNavigate();
  const [cloning, setCloning] = useState(false);

  const clone = async (exercise: Exercise) => {
    const clinic = user.organization;
    if (clinic === null) return;
    setCloning(true);
    try {
      const copy = await cloneExercise(replica, clinic.id, exercise.id);
      notifications.show({
        color: 'teal',
        message: `Cloned into ${clinic.name}`,
      });
      await navigate(`/exercises/${copy.id}/edit`);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'The exercise was not cloned',
        message: writeProblem(error),
      });
    } finally {
      setCloning(false);
    }
  };
  return { clone, cloning };
}
