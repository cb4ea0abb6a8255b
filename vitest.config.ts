import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn the built binary; keep the two cores busy but not oversubscribed.
    maxWorkers: 2,
    env: { NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '' },
  },
});
