import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ROOT = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn the built binary; keep the two cores busy but not oversubscribed.
    maxWorkers: 2,
    env: { NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '' },
    // JavaScript outside the project (the config files tests write) is loaded by Node itself, as the built
    // binary loads it (src/config/load-js.ts), not transformed by Vite: its errors are then Node's.
    server: { deps: { external: [new RegExp(`^(?!${ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/).*\\.[cm]?js$`)] } },
  },
});
