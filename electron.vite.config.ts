// Builds the three parts of the desktop app into out/: the ESM main
// process, the CommonJS preload and the renderer, which the Motus server
// also serves to plain browsers. Nothing here needs the Electron binary.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { defaultServerUrl } from './src-main/app-urls';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: { main: resolve(root, 'src-main/main.ts') },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { preload: resolve(root, 'src-main/preload.ts') },
        // A sandboxed renderer loads only CommonJS preloads.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves bundles unminified; the renderer is also
      // what a browser downloads, and parsing it is most of a cold start.
      minify: true,
      // Every file of the build, for the service worker to keep offline.
      manifest: 'asset-manifest.json',
      rolldownOptions: {
        input: {
          index: resolve(root, 'src-renderer/index.html'),
          'service-worker': resolve(
            root,
            'src-renderer/service-worker/service-worker.ts',
          ),
        },
        // The service worker must sit at the root, under a fixed name,
        // to control the whole app; everything else is content-hashed.
        output: {
          entryFileNames: (chunk) =>
            chunk.name === 'service-worker'
              ? 'service-worker.js'
              : 'assets/[name]-[hash].js',
        },
      },
    },
    // TODO(dev): `electron-vite dev` is untried, because no Electron binary
    // runs here; React Refresh's inline preamble and Vite's HMR websocket
    // and injected <style> are likely refused by the strict CSP in dev.
    // Under `electron-vite dev` the renderer fetches relative /v1 URLs from
    // Vite, which hands them to the server as the server would serve them.
    server: {
      proxy: { '/v1': process.env.MOTUS_SERVER_URL ?? defaultServerUrl },
    },
  },
});
