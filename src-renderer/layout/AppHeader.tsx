import { Badge, Group } from '@mantine/core';
import { NavLink } from 'react-router';
import { useSyncStatus } from '../stores/useSyncStatus';
import { SyncStatusIndicator } from '../sync/SyncStatusIndicator';
import { ColorSchemeToggle } from '../theme/ColorSchemeToggle';
import classes from './AppLayout.module.css';
import { UserMenu } from './UserMenu';

/** Always visible: where you are, the sync status, who is signed in. */
export function AppHeader() {
  const conflicts = useSyncStatus((status) => status.conflictsAwaitingReview);

  return (
    <header className={classes.header}>
      <NavLink to="/library" className={classes.brand}>
        Motus
      </NavLink>
      <nav aria-label="Main">
        <Group gap={4}>
          <NavLink to="/library" className={classes.navLink}>
            Library
          </NavLink>
          <NavLink
            to="/conflicts"
            className={classes.navLink}
            aria-label={
              conflicts > 0 ? `Conflicts, ${conflicts} to review` : 'Conflicts'
            }
          >
            Conflicts{' '}
            {conflicts > 0 && (
              <Badge size="sm" color="orange" circle aria-hidden>
                {conflicts}
              </Badge>
            )}
          </NavLink>
        </Group>
      </nav>
      <div className={classes.spacer} />
      <SyncStatusIndicator />
      <ColorSchemeToggle />
      <UserMenu />
    </header>
  );
}
