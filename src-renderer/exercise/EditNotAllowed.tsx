import { Group, Stack, Text, Title } from '@mantine/core';
import type { Exercise } from '../replica/exercise-queries';
import type { SignedInUser } from '../workstation/signed-in-user';
import { BackLink } from './BackLink';
import classes from './ExercisePage.module.css';

interface EditNotAllowedProps {
  exercise: Exercise;
  user: SignedInUser;
}

function reason(exercise: Exercise, user: SignedInUser): string {
  if (exercise.deleted_at !== null) {
    return 'It was deleted from the library; a deleted exercise cannot be changed.';
  }
  if (exercise.organization_id === null) {
    return user.organization === null
      ? 'Platform exercises are changed by the platform’s curators.'
      : 'Platform exercises are looked after by the platform’s curators. Clone it into your clinic’s library to change your copy.';
  }
  return 'It belongs to another clinic’s library.';
}

/** For an editor address the user may not use, with the reason. */
export function EditNotAllowed({ exercise, user }: EditNotAllowedProps) {
  return (
    <div className={classes.page}>
      <Stack align="flex-start" gap="sm">
        <Title order={1}>You cannot edit {exercise.name}</Title>
        <Text maw="40rem">{reason(exercise, user)}</Text>
        <Group gap="lg">
          <BackLink to={`/exercises/${exercise.id}`}>Back to exercise</BackLink>
          <BackLink to="/library">Back to library</BackLink>
        </Group>
      </Stack>
    </div>
  );
}
