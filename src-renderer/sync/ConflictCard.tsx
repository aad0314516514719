import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { useExercise } from '../replica/useExercise';
import type { SyncConflict } from '../replica/sync-conflicts';
import { useSignedInWorkstation } from '../workstation/useWorkstation';
import { ConflictVersion } from './ConflictVersion';
import { describeValue, fieldLabel } from './conflict-values';
import {
  canKeepLocal,
  keepLocalVersion,
  keepServerVersion,
} from './keep-conflict-version';
import { useTermNames } from './useTermNames';

/** One set-aside edit: both versions side by side, keep either. */
export function ConflictCard({ conflict }: { conflict: SyncConflict }) {
  const { replica } = useSignedInWorkstation();
  const { exercise } = useExercise(replica, conflict.document_id);
  const termName = useTermNames(replica);
  const [failure, setFailure] = useState<string | null>(null);
  const field = fieldLabel(conflict.field);
  const exerciseName = exercise?.name ?? 'An exercise no longer here';
  const titleId = `conflict-${conflict.id}`;

  const settle = async (keep: 'local' | 'server') => {
    try {
      if (keep === 'local') await keepLocalVersion(replica, conflict);
      else await keepServerVersion(replica, conflict);
      notifications.show({
        message:
          keep === 'local'
            ? `Your ${field.toLowerCase()} is kept and will be synced.`
            : `The server's ${field.toLowerCase()} is kept.`,
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={titleId}>
            {field} of{' '}
            {exercise ? (
              <Link to={`/exercises/${exercise.id}`}>{exerciseName}</Link>
            ) : (
              exerciseName
            )}
          </Title>
          <Text size="xs" c="dimmed">
            Found {new Date(conflict.recorded_at).toLocaleString()}
          </Text>
        </Group>
        {conflict.rejection_message && (
          <Alert color="orange" title="The server refused this change">
            {conflict.rejection_message}
          </Alert>
        )}
        {failure && <Alert color="red">{failure}</Alert>}
        <Group align="stretch" grow>
          <ConflictVersion
            title="Your version"
            lines={describeValue(
              conflict.field,
              conflict.local_value,
              termName,
            )}
          />
          <ConflictVersion
            title="Server's version"
            lines={describeValue(
              conflict.field,
              conflict.server_value,
              termName,
            )}
          />
        </Group>
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              void settle('server');
            }}
          >
            Keep the server&apos;s version
          </Button>
          <Button
            disabled={!canKeepLocal(conflict)}
            onClick={() => {
              void settle('local');
            }}
          >
            Keep my version
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
