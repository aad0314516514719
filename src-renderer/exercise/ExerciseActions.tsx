import { Button, Group } from '@mantine/core';
import { IconCopy, IconPencil } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { Exercise } from '../replica/exercise-queries';
import { canCloneExercise, canEditExercise } from '../workstation/permissions';
import type { SignedInUser } from '../workstation/signed-in-user';
import { useCloneExercise } from './useCloneExercise';

interface ExerciseActionsProps {
  exercise: Exercise;
  user: SignedInUser;
}

/**
 * What the user may do with the exercise from its page: clone a platform
 * exercise to change it, duplicate one of the clinic's own, or edit it.
 */
export function ExerciseActions({ exercise, user }: ExerciseActionsProps) {
  const navigate = useNavigate();
  const { clone, cloning } = useCloneExercise();
  const platform = exercise.organization_id === null;
  const mayClone = canCloneExercise(user, exercise);
  const mayEdit = canEditExercise(user, exercise);

  return (
    <Group gap="sm">
      {mayClone && (
        <Button
          variant={platform && !mayEdit ? 'filled' : 'default'}
          leftSection={<IconCopy size={18} aria-hidden />}
          loading={cloning}
          onClick={() => void clone(exercise)}
        >
          {platform ? 'Clone to edit' : 'Duplicate'}
        </Button>
      )}
      {mayEdit && (
        <Button
          leftSection={<IconPencil size={18} aria-hidden />}
          onClick={() => void navigate(`/exercises/${exercise.id}/edit`)}
        >
          Edit
        </Button>
      )}
    </Group>
  );
}
