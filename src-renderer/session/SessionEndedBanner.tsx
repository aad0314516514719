import { Alert, Button, Group, PasswordInput } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useSyncStatus } from '../stores/useSyncStatus';
import { useSession } from './useSession';

/**
 * Appears when the server ended the session (signed out elsewhere,
 * expired): work goes on locally, and the password resumes syncing
 * without losing what waits to be sent.
 */
export function SessionEndedBanner() {
  const ended = useSyncStatus(
    (status) =>
      status.errors['invalid-refresh-token'] !== undefined ||
      status.errors['session-expired'] !== undefined,
  );
  const renewSession = useSession((state) => state.renewSession);
  const problem = useSession((state) => state.problem);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  if (!ended) return null;

  return (
    <Alert
      color="orange"
      icon={<IconKey />}
      title="Sign in again to keep syncing"
      radius={0}
    >
      Your session on the server has ended. Your changes are kept on this
      workstation until you sign in again.
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          void renewSession(password).finally(() => {
            setBusy(false);
          });
        }}
      >
        <Group mt="xs" align="flex-start">
          <PasswordInput
            aria-label="Password"
            placeholder="Password"
            value={password}
            error={problem}
            onChange={(event) => {
              setPassword(event.currentTarget.value);
            }}
          />
          <Button type="submit" loading={busy} disabled={password === ''}>
            Sign in again
          </Button>
        </Group>
      </form>
    </Alert>
  );
}
