import { defineConfig } from 'vitest/config';

/** The packaging test: needs `npm run build` first, so `npm test` runs it after the build. */
export default defineConfig({
  test: {
    include: ['tools/packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
