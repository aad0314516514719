/**
 * Registers the service worker that keeps the app's code on this
 * workstation, so Motus opens and reloads offline (see
 * service-worker/service-worker.ts). Not under `electron-vite dev`,
 * where Vite serves modules that change on every edit.
 */
export function keepAppForOffline(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('/service-worker.js', { type: 'module', scope: '/' })
    .catch(() => {
      // Without it the app still runs; it only cannot reload offline.
    });
}
