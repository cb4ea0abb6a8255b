// The unit tests alone (pure, in process): what `npm run mutate` runs each mutant against. The end-to-end
// tests spawn the built binary, which a mutant in src/ never reaches, so they would only cost time.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/unit/**/*.test.ts'],
    // Left out: secret-file (src/io; Stryker runs vitest in worker threads, where process.umask() cannot be set),
    // environment (reads src/ as text, which Stryker has instrumented), and cache-runs and cache-api-runs: they
    // test the build's scripts by running the built binary (bin/scm.js loads dist/), which Stryker's sandbox
    // leaves out and a mutant never reaches. The whole suite (vitest.config.ts) still runs all of them.
    exclude: ['test/unit/secret-file.test.ts', 'test/unit/environment.test.ts', 'test/unit/cache-runs.test.ts', 'test/unit/cache-api-runs.test.ts'],
    globalSetup: ['test/helpers/fixtures-setup.ts'],
  },
});
