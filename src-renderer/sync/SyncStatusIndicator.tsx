import { Badge, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconCloudCheck,
  IconCloudOff,
  IconRefresh,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSyncStatus } from '../stores/useSyncStatus';
import { lastSyncedLabel, summarizeSync } from './sync-summary';

const looks = {
  offline: { color: 'gray', icon: IconCloudOff },
  problem: { color: 'orange', icon: IconAlertTriangle },
  syncing: { color: 'blue', icon: IconRefresh },
  'in-sync': { color: 'teal', icon: IconCloudCheck },
} as const;

/**
 * Online or offline, the first download's progress, what waits to be
 * sent and when the server last answered; always in the header.
 */
export function SyncStatusIndicator() {
  const status = useSyncStatus((state) => state);
  const summary = summarizeSync(status);
  const [now, setNow] = useState(() => new Date());
  const ticker = useInterval(() => {
    setNow(new Date());
  }, 15_000);
  useEffect(() => {
    ticker.start();
    return ticker.stop;
  }, [ticker]);

  const look = looks[summary.state];
  const Icon = look.icon;
  return (
    <Group gap="sm" wrap="nowrap" role="status" aria-label="Sync status">
      {summary.initialProgress !== null && (
        <Stack gap={2} w={160}>
          <Text size="xs" c="dimmed">
            Downloading the library… {summary.initialProgress}%
          </Text>
          <Progress.Root size="sm">
            <Progress.Section
              value={summary.initialProgress}
              animated
              aria-label="Initial sync"
            />
          </Progress.Root>
        </Stack>
      )}
      <Tooltip
        label={summary.problem ?? lastSyncedLabel(status.lastSyncedAt, now)}
      >
        <Badge
          color={look.color}
          variant="light"
          leftSection={<Icon size={14} />}
        >
          {summary.label}
        </Badge>
      </Tooltip>
      {summary.pendingLabel && (
        <Text size="xs" fw={600}>
          {summary.pendingLabel}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {lastSyncedLabel(status.lastSyncedAt, now)}
      </Text>
    </Group>
  );
}
