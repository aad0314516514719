import { Center, Loader } from '@mantine/core';
import { useParams } from 'react-router';
import { useExercise } from '../replica/useExercise';
import { canEditExercise } from '../workstation/permissions';
import { useSignedInWorkstation } from '../workstation/useWorkstation';
import { EditNotAllowed } from './EditNotAllowed';
import { ExerciseEditor } from './ExerciseEditor';
import { ExerciseNotFound } from './ExerciseNotFound';

/**
 * Changing an exercise: its fields, instructions, contraindications,
 * tags and status. Only for exercises the user may edit; others get the
 * reason and a way back.
 */
export function ExerciseEditorPage() {
  const { exerciseId = '' } = useParams();
  const { user, replica } = useSignedInWorkstation();
  const { exercise, loading } = useExercise(replica, exerciseId);

  if (loading) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading the exercise" />
      </Center>
    );
  }
  if (exercise === null) return <ExerciseNotFound />;
  if (!canEditExercise(user, exercise)) {
    return <EditNotAllowed exercise={exercise} user={user} />;
  }
  // A new exercise id is a new form, never the previous one's values.
  return <ExerciseEditor key={exercise.id} exercise={exercise} />;
}
