import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Vitest reads the default export of its config file.
// Three projects: Node-side code, the React renderer in jsdom, and end-to-end journeys in
// Debian's Chromium against the built web app (test/e2e builds dist/web first).
// eslint-disable-next-line no-restricted-syntax
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'node',
          include: [
            'engine/**/*.test.ts',
            'cli/**/*.test.ts',
            'test/**/*.test.ts',
            'presets/**/*.test.ts',
            'scripts/**/*.test.ts',
            'electron/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: ['test/e2e/**'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['renderer/test-setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
