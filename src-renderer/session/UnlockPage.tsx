import {
  Alert,
  Anchor,
  Button,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { SessionCard } from './SessionCard';
import { useSession } from './useSession';

/**
 * The kept session's lock screen: the password is checked on this
 * workstation, so the library opens with or without the network.
 */
export function UnlockPage() {
  const me = useSession((state) => state.me);
  const unlock = useSession((state) => state.unlock);
  const signOut = useSession((state) => state.signOut);
  const problem = useSession((state) => state.problem);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { password: '' },
    validate: {
      password: (value) => (value === '' ? 'Enter your password' : null),
    },
  });

  const submit = form.onSubmit(async ({ password }) => {
    setBusy(true);
    await unlock(password);
    setBusy(false);
  });

  return (
    <SessionCard>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} size="h2">
            Welcome back, {me?.user.display_name}
          </Title>
          <Text c="dimmed" size="sm">
            {me?.user.email}
            {me?.organization ? ` · ${me.organization.name}` : ''}
          </Text>
          {problem && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {problem}
            </Alert>
          )}
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={busy}>
            Unlock
          </Button>
          <Text size="sm" c="dimmed">
            Not you?{' '}
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                void signOut();
              }}
            >
              Sign out and remove this library copy
            </Anchor>
          </Text>
        </Stack>
      </form>
    </SessionCard>
  );
}
