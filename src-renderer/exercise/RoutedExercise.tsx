import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { Exercise } from '../replica/exercise-queries';
import { useExercise } from '../replica/useExercise';
import { useSignedInWorkstation } from '../workstation/useWorkstation';
import { ExerciseNotFound } from './ExerciseNotFound';

/**
 * The exercise of the route's `:exerciseId`, live from the replica:
 * a loader until the replica answers, "not found" when it does not
 * hold it, else what `children` makes of it.
 */
export function RoutedExercise(props: {
  children: (exercise: Exercise) => ReactNode;
}) {
  const { exerciseId = '' } = useParams();
  const { replica } = useSignedInWorkstation();
  const { exercise, loading } = useExercise(replica, exerciseId);

  if (loading) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading the exercise" />
      </Center>
    );
  }
  if (exercise === null) return <ExerciseNotFound />;
  return props.children(exercise);
}
