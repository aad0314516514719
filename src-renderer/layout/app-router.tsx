import { createHashRouter, Navigate } from 'react-router';
import { LibraryPage } from '../library/LibraryPage';
import { ConflictsPage } from '../sync/ConflictsPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

/**
 * The signed-in screens. A hash router, because the server serves the
 * renderer as static files at `/` and knows nothing of the app's paths,
 * and a reload must land on the same screen.
 */
export const appRouter = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/library" replace /> },
      { path: 'library', element: <LibraryPage /> },
      // The exercise screens bring video.js and drag and drop: loaded when
      // first opened, so they do not slow the start (the service worker
      // keeps them for offline use).
      {
        path: 'exercises/:exerciseId',
        lazy: async () => ({
          Component: (await import('../exercise/ExercisePage')).ExercisePage,
        }),
      },
      {
        path: 'exercises/:exerciseId/edit',
        lazy: async () => ({
          Component: (await import('../exercise/ExerciseEditorPage'))
            .ExerciseEditorPage,
        }),
      },
      { path: 'conflicts', element: <ConflictsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
