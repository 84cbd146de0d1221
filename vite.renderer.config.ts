import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The renderer pages, one Vite input per surface. The core's HTTP server serves the built files
 * from out/renderer, so the Electron window and every browser (moderator, guest, viewer, OBS) load
 * the same pages. electron-vite reuses this config for the Electron build.
 */
export const pages = ['studio', 'store', 'receipt', 'guest', 'moderator', 'program', 'overlay'] as const;

const root = resolve(import.meta.dirname, 'src/renderer');

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  publicDir: resolve(import.meta.dirname, 'resources/public'),
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(pages.map((p) => [p, resolve(root, p, 'index.html')])),
    },
  },
});
