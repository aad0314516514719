import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useSignedInWorkstation } from '../workstation/useWorkstation';
import { ConflictCard } from './ConflictCard';
import { useConflicts } from './useConflicts';

/**
 * Edits made on this workstation that the server's copy overrode: each
 * shows both versions, and the clinician keeps one of them.
 */
export function ConflictsPage() {
  const { replica } = useSignedInWorkstation();
  const conflicts = useConflicts(replica);

  return (
    <Stack p="lg" maw={1100} mx="auto">
      <Title order={1}>Conflicts</Title>
      <Text c="dimmed">
        When someone else changed the same field first, the server&apos;s
        version was kept and yours was saved here. Nothing you typed is lost:
        keep whichever is right.
      </Text>
      {conflicts === null ? (
        <Center p="xl">
          <Loader aria-label="Loading conflicts" />
        </Center>
      ) : conflicts.length === 0 ? (
        <Stack align="center" p="xl" gap="xs">
          <IconCircleCheck size={40} color="var(--mantine-color-teal-6)" />
          <Text fw={600}>No conflicts to review</Text>
          <Text c="dimmed" size="sm">
            Every edit made here has reached the server.
          </Text>
        </Stack>
      ) : (
        conflicts.map((conflict) => (
          <ConflictCard key={conflict.id} conflict={conflict} />
        ))
      )}
    </Stack>
  );
}
