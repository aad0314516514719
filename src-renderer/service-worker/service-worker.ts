/// <reference lib="webworker" />
/**
 * Keeps the app itself on the workstation, so Motus opens and reloads
 * with no network: the replica has the library, this has the code. Built
 * to `/service-worker.js` (a worker's scope is its own folder and below).
 *
 * - Pages (navigations): the server's latest, else the kept copy.
 * - `/assets/*` (content-hashed, never changed): the kept copy first.
 * - `/v1/*` and everything else: the network only, never kept; the
 *   replica, not this cache, is what works offline.
 */
// A module, so that `self` can be typed as the service worker it is.
export {};
declare const self: ServiceWorkerGlobalScope;

const cacheName = 'motus-app-v1';
const appPage = '/';

interface ManifestChunk {
  file: string;
  css?: string[];
  assets?: string[];
}

/**
 * Every file the build made (Vite's manifest, `asset-manifest.json`):
 * the screens loaded later too, so they open offline the first time.
 */
async function builtFiles(): Promise<string[]> {
  const response = await fetch('/asset-manifest.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`no asset manifest (${response.status})`);
  const chunks = Object.values(
    (await response.json()) as Record<string, ManifestChunk>,
  );
  const files = chunks.flatMap((chunk) => [
    chunk.file,
    ...(chunk.css ?? []),
    ...(chunk.assets ?? []),
  ]);
  return [...new Set(files)]
    .filter((file) => file.startsWith('assets/'))
    .map((file) => `/${file}`);
}

/** Fetches the page and everything the build made into a fresh cache. */
async function keepApp(): Promise<void> {
  const [page, files] = await Promise.all([
    fetch(appPage, { cache: 'no-store' }),
    builtFiles(),
  ]);
  if (!page.ok) throw new Error(`the app page answered ${page.status}`);
  const cache = await caches.open(cacheName);
  await cache.addAll(files);
  await cache.put(appPage, page);
}

async function openPage(request: Request): Promise<Response> {
  try {
    const page = await fetch(request);
    if (page.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(appPage, page.clone());
    }
    return page;
  } catch {
    const kept = await caches.match(appPage);
    if (kept) return kept;
    throw new Error('offline, and the app was never opened online here');
  }
}

async function openAsset(request: Request): Promise<Response> {
  const kept = await caches.match(request);
  if (kept) return kept;
  const asset = await fetch(request);
  if (asset.ok) {
    const cache = await caches.open(cacheName);
    await cache.put(request, asset.clone());
  }
  return asset;
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepApp().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name !== cacheName)
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (event.request.mode === 'navigate') {
    event.respondWith(openPage(event.request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(openAsset(event.request));
  }
  // TODO(offline): assets of replaced app versions stay in the cache
  // until the cache name changes; prune them once releases are frequent.
});
