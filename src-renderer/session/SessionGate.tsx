import { Center, Loader, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { SignInPage } from './SignInPage';
import { UnlockPage } from './UnlockPage';
import { useSession } from './useSession';

// Loaded while the sign-in or lock screen shows (see useSession).
const SignedInApp = lazy(async () => ({
  default: (await import('./signed-in-parts')).SignedInApp,
}));

/** Shows sign-in, the lock screen or the app, as the session stands. */
export function SessionGate() {
  const phase = useSession((state) => state.phase);
  const start = useSession((state) => state.start);

  useEffect(() => {
    void start();
  }, [start]);

  if (phase === 'signed-out') return <SignInPage />;
  if (phase === 'locked') return <UnlockPage />;
  const opening = (
    <Center h="100%">
      <Stack align="center" gap="xs">
        <Loader aria-label="Opening Motus" />
        <Text c="dimmed">
          {phase === 'opening' ? 'Opening the library…' : 'Starting Motus…'}
        </Text>
      </Stack>
    </Center>
  );
  if (phase !== 'signed-in') return opening;
  return (
    <Suspense fallback={opening}>
      <SignedInApp />
    </Suspense>
  );
}
