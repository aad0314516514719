import { EmptyState, Loader } from '@mantine/core';
import { IconBooks, IconCloudOff } from '@tabler/icons-react';
import classes from './LibraryPage.module.css';

interface EmptyLibraryProps {
  /** The first sync of the exercises has finished. */
  synced: boolean;
  /** Whether the workstation says it has a network. */
  online: boolean;
}

/**
 * The replica holds no exercises: the first sync is still bringing
 * them (the header shows how far it has come), the workstation is
 * offline before it could, or the library really is empty.
 */
export function EmptyLibrary({ synced, online }: EmptyLibraryProps) {
  if (synced) {
    return (
      <EmptyState
        className={classes.empty}
        icon={<IconBooks aria-hidden />}
        title="The library has no exercises yet"
        description="Exercises added by the platform or your clinic appear here."
      />
    );
  }
  if (!online) {
    return (
      <EmptyState
        className={classes.empty}
        icon={<IconCloudOff aria-hidden />}
        title="The library is not on this workstation yet"
        description="It downloads as soon as the workstation is back online."
      />
    );
  }
  return (
    <EmptyState
      className={classes.empty}
      icon={<Loader size="md" aria-hidden />}
      title="Downloading the library…"
      description="Exercises appear here as they arrive."
    />
  );
}
