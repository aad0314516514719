import {
  Alert,
  Button,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { SessionCard } from './SessionCard';
import { useSession } from './useSession';

/** The first sign-in on this workstation, which needs the server. */
export function SignInPage() {
  const signIn = useSession((state) => state.signIn);
  const problem = useSession((state) => state.problem);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) =>
        /^\S+@\S+$/.test(value.trim()) ? null : 'Enter your work email',
      password: (value) => (value === '' ? 'Enter your password' : null),
    },
  });

  const submit = form.onSubmit(async ({ email, password }) => {
    setBusy(true);
    await signIn(email, password);
    setBusy(false);
  });

  return (
    <SessionCard>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} size="h2">
            Sign in to Motus
          </Title>
          <Text c="dimmed" size="sm">
            Your clinic&apos;s exercise library, on this workstation.
          </Text>
          {problem && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {problem}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={busy}>
            Sign in
          </Button>
        </Stack>
      </form>
    </SessionCard>
  );
}
