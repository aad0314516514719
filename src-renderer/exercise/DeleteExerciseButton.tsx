import { Button, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { openConfirm } from './open-confirm';

interface DeleteExerciseButtonProps {
  exerciseName: string;
  deleting: boolean;
  onDelete: () => void;
}

/**
 * Soft delete, after a confirmation that says what it means: the
 * exercise leaves the library, and plans that use it keep it.
 */
export function DeleteExerciseButton({
  exerciseName,
  deleting,
  onDelete,
}: DeleteExerciseButtonProps) {
  const confirm = () => {
    openConfirm({
      title: 'Delete exercise?',
      children: (
        <Text size="sm">
          {exerciseName} leaves the library and cannot be added to new treatment
          plans. Plans that already use it keep it, marked as discontinued.
        </Text>
      ),
      labels: { confirm: 'Delete', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: onDelete,
    });
  };

  return (
    <Button
      variant="outline"
      color="red"
      leftSection={<IconTrash size={16} aria-hidden />}
      loading={deleting}
      onClick={confirm}
    >
      Delete exercise
    </Button>
  );
}
