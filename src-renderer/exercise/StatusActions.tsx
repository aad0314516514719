import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ExerciseStatus } from '../../shared/domain';
import type { Exercise } from '../replica/exercise-queries';
import { canDeleteExercise, nextStatusesFor } from '../workstation/permissions';
import type { SignedInUser } from '../workstation/signed-in-user';
import { DeleteExerciseButton } from './DeleteExerciseButton';
import { statusColors } from './exercise-colors';
import { statusActionLabels, statusLabels } from './exercise-words';
import type { EditorWrite } from './useEditorActions';

const statusMeanings: Readonly<Record<ExerciseStatus, string>> = {
  draft: 'Work in progress: not offered for treatment plans yet.',
  published: 'In the library, ready to prescribe.',
  archived: 'Kept in the plans that use it; not offered for new ones.',
};

interface StatusActionsProps {
  exercise: Exercise;
  user: SignedInUser;
  /** Changes on screen that a status move would save first. */
  changed: boolean;
  valid: boolean;
  busy: EditorWrite | null;
  /** What the last status move did, said once it is done. */
  notice: string | null;
  onChangeStatus: (status: ExerciseStatus) => void;
  onDelete: () => void;
}

/** The exercise's status, the moves the user may make, and delete. */
export function StatusActions({
  exercise,
  user,
  changed,
  valid,
  busy,
  notice,
  onChangeStatus,
  onDelete,
}: StatusActionsProps) {
  const moves = nextStatusesFor(user, exercise);
  const mayDelete = canDeleteExercise(user, exercise);

  return (
    <section aria-labelledby="status-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="status-title" size="h4">
            Status
          </Title>
          <Badge variant="light" color={statusColors[exercise.status]}>
            {statusLabels[exercise.status]}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {statusMeanings[exercise.status]}
        </Text>
        {moves.length === 0 && (
          <Text size="sm" c="dimmed">
            Your clinic&apos;s admins publish and archive exercises.
          </Text>
        )}
        {moves.length > 0 && changed && (
          <Text size="sm">Your changes are saved first.</Text>
        )}
        {moves.length > 0 && (
          <Group gap="xs">
            {moves.map((status) => (
              <Button
                key={status}
                variant={status === 'published' ? 'filled' : 'default'}
                loading={busy === 'changing-status'}
                disabled={
                  (changed && !valid) ||
                  (busy !== null && busy !== 'changing-status')
                }
                onClick={() => {
                  onChangeStatus(status);
                }}
              >
                {statusActionLabels[status]}
              </Button>
            ))}
          </Group>
        )}
        <Text size="sm" role="status">
          {notice}
        </Text>
        {mayDelete && (
          <Group>
            <DeleteExerciseButton
              exerciseName={exercise.name}
              deleting={busy === 'deleting'}
              onDelete={onDelete}
            />
          </Group>
        )}
      </Stack>
    </section>
  );
}
