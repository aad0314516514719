import { Anchor, Group, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Replica } from '../replica/open-replica';
import { useExercise } from '../replica/useExercise';

interface ClonedFromNoteProps {
  sourceId: string;
  replica: Replica;
}

/**
 * Where a cloned exercise came from, linked while this workstation still
 * holds the source (the source may since have left the library).
 */
export function ClonedFromNote({ sourceId, replica }: ClonedFromNoteProps) {
  const { exercise: source, loading } = useExercise(replica, sourceId);
  if (loading) return null;

  return (
    <Group gap={6} wrap="nowrap" c="dimmed">
      <IconCopy size={16} aria-hidden />
      {source === null ? (
        <Text size="sm">Cloned from an exercise no longer in the library</Text>
      ) : (
        <Text size="sm">
          Cloned from{' '}
          <Anchor component={Link} to={`/exercises/${source.id}`} size="sm">
            {source.name}
          </Anchor>
        </Text>
      )}
    </Group>
  );
}
