import { Stack, Text, Title } from '@mantine/core';
import { BackLink } from './BackLink';
import classes from './ExercisePage.module.css';

/** For an address naming an exercise this workstation does not hold. */
export function ExerciseNotFound() {
  return (
    <div className={classes.page}>
      <Stack align="flex-start" gap="sm">
        <Title order={1}>Exercise not found</Title>
        <Text c="dimmed" maw="40rem">
          This exercise is not in the library on this workstation. It may belong
          to another clinic, or it has not synced yet.
        </Text>
        <BackLink to="/library">Back to library</BackLink>
      </Stack>
    </div>
  );
}
