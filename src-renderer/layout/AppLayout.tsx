import { Outlet } from 'react-router';
import { SessionEndedBanner } from '../session/SessionEndedBanner';
import { AppHeader } from './AppHeader';
import classes from './AppLayout.module.css';

/** The header above, the current screen filling the rest of the window. */
export function AppLayout() {
  return (
    <div className={classes.shell}>
      <AppHeader />
      <SessionEndedBanner />
      <main className={classes.page}>
        <Outlet />
      </main>
    </div>
  );
}
