import { RouterProvider } from 'react-router';
import { appRouter } from '../layout/app-router';

/**
 * What only a signed-in workstation needs, in one chunk loaded apart from
 * the sign-in screen: the replica with its sync, and the app's screens.
 */
export { openWorkstation } from '../workstation/open-workstation';

export function SignedInApp() {
  return <RouterProvider router={appRouter} />;
}
