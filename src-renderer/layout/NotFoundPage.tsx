import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack p="xl" align="flex-start">
      <Title order={1}>Nothing here</Title>
      <Text c="dimmed">This address is not a screen of Motus.</Text>
      <Anchor component={Link} to="/library">
        Back to library
      </Anchor>
    </Stack>
  );
}
