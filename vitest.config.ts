import { defineConfig } from 'vitest/config';

// Vitest reads the default export of its config file; the one default export in the project.
// eslint-disable-next-line no-restricted-syntax
export default defineConfig({
  test: {
    include: [
      'engine/**/*.test.ts',
      'cli/**/*.test.ts',
      'test/**/*.test.ts',
      'presets/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
