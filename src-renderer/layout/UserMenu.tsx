import { Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconLock, IconLogout } from '@tabler/icons-react';
import { useSession } from '../session/useSession';
import { useSyncStatus } from '../stores/useSyncStatus';
import { useSignedInWorkstation } from '../workstation/useWorkstation';

const roleNames = { admin: 'Clinic admin', specialist: 'Specialist' };

/** Who is signed in, for which clinic, and the way out. */
export function UserMenu() {
  const { user } = useSignedInWorkstation();
  const protection = useSession((state) => state.protection);
  const signOut = useSession((state) => state.signOut);
  const pending = useSyncStatus((status) => status.pendingChanges);
  const role = user.isSuperadmin
    ? 'Platform superadmin'
    : user.role && roleNames[user.role];

  const confirmSignOut = () => {
    modals.openConfirmModal({
      title: 'Sign out?',
      children: (
        <Text size="sm">
          Signing out removes this workstation&apos;s copy of the library.
          {pending > 0 &&
            ` ${pending} ${pending === 1 ? 'change has' : 'changes have'} ` +
              'not reached the server yet and will be lost.'}
        </Text>
      ),
      labels: { confirm: 'Sign out', cancel: 'Stay signed in' },
      confirmProps: { color: pending > 0 ? 'red' : undefined },
      onConfirm: () => {
        void signOut();
      },
    });
  };

  return (
    <Group gap="sm" wrap="nowrap">
      <Stack gap={0} align="flex-end" role="group" aria-label="Signed in as">
        <Text size="sm" fw={600} lh={1.2}>
          {user.displayName}
        </Text>
        <Text size="xs" c="dimmed" lh={1.2}>
          {[user.organization?.name, role].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
      {protection === 'plain-text' && (
        <Tooltip
          multiline
          w={260}
          label="This computer has no keyring, so your session is stored unencrypted. Sign out when you leave the workstation."
        >
          <IconLock
            role="img"
            aria-label="Session stored unencrypted"
            color="var(--mantine-color-orange-6)"
          />
        </Tooltip>
      )}
      <Button
        variant="default"
        size="xs"
        leftSection={<IconLogout size={16} />}
        onClick={confirmSignOut}
      >
        Sign out
      </Button>
    </Group>
  );
}
