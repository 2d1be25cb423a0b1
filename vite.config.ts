import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web build: a static site in dist/web that works from any static file server (relative
// paths, no server APIs). The simulation runs in a module Web Worker.
// eslint-disable-next-line no-restricted-syntax
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
});
