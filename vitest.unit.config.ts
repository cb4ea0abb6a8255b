// The unit tests alone (pure, in process): what `npm run mutate` runs each mutant against. The end-to-end
// tests spawn the built binary, which a mutant in src/ never reaches, so they would only cost time.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/unit/**/*.test.ts'],
    // Left out: secret-file (src/io; Stryker runs vitest in worker threads, where process.umask() cannot be set)
    // and environment (reads src/ as text, which Stryker has instrumented).
    exclude: ['test/unit/secret-file.test.ts', 'test/unit/environment.test.ts'],
    globalSetup: ['test/helpers/fixtures-setup.ts'],
  },
});
