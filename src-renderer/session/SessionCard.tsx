import { Center, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

/** The frame of the sign-in and lock screens. */
export function SessionCard({ children }: { children: ReactNode }) {
  return (
    <Center component="main" h="100%" p="md">
      <Paper withBorder shadow="sm" p="xl" w={400} maw="100%">
        {children}
      </Paper>
    </Center>
  );
}
