import { canEditExercise } from '../workstation/permissions';
import { useSignedInWorkstation } from '../workstation/useWorkstation';
import { EditNotAllowed } from './EditNotAllowed';
import { ExerciseEditor } from './ExerciseEditor';
import { RoutedExercise } from './RoutedExercise';

/**
 * Changing an exercise: its fields, instructions, contraindications,
 * tags and status. Only for exercises the user may edit; others get the
 * reason and a way back.
 */
export function ExerciseEditorPage() {
  const { user } = useSignedInWorkstation();
  return (
    <RoutedExercise>
      {(exercise) =>
        canEditExercise(user, exercise) ? (
          // A new exercise id is a new form, never the previous one's values.
          <ExerciseEditor key={exercise.id} exercise={exercise} />
        ) : (
          <EditNotAllowed exercise={exercise} user={user} />
        )
      }
    </RoutedExercise>
  );
}
