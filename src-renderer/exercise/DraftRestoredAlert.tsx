import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { RestoredDraft } from './useExerciseForm';

interface DraftRestoredAlertProps {
  restored: RestoredDraft;
  onDiscard: () => void;
}

const when = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** Says that changes left unsaved earlier are back, and how to drop them. */
export function DraftRestoredAlert({
  restored,
  onDiscard,
}: DraftRestoredAlertProps) {
  const savedAt = new Date(restored.savedAt);
  const at = Number.isNaN(savedAt.getTime())
    ? ''
    : ` (${when.format(savedAt)})`;

  return (
    <Alert
      color="blue"
      icon={<IconRestore aria-hidden />}
      title="Restored your unsaved changes"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          These are the changes you had not saved when you last left this
          exercise{at}. Save them, or discard them to start from the exercise as
          it is.
        </Text>
        {restored.exerciseChangedSince && (
          <Text size="sm" fw={600}>
            The exercise has changed since then. Where you changed a field,
            saving keeps your version; the other fields show the new one.
          </Text>
        )}
        <Button size="xs" variant="default" onClick={onDiscard}>
          Discard them
        </Button>
      </Stack>
    </Alert>
  );
}
