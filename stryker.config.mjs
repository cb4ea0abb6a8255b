// Mutation testing of the pure core (`npm run mutate`, scripts/mutate.mjs; docs/mutation.md says when and how).
// Every module under src/core/ is mutated, new ones included, and each mutant is run against the unit tests
// that cover it (vitest.unit.config.ts). The TypeScript checker drops mutants that would not compile.
// Left out: tables that are data only (sentences, the catalogue's codes, the rule table), which tests check
// as a whole against their sources (docs/mutation.md); naming one of them on the command line still runs it.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/core/**/*.ts',
    '!src/core/**/messages.ts',
    '!src/core/**/types.ts',
    '!src/core/catalogue/{seed-codes,published-codes,gateway-*-codes,docs-links}.ts',
    '!src/core/rules/{upload-rules,upload-notices,push-rules}.ts',
  ],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.unit.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // A static mutant (in code run when a module loads: tables, module-level regexes and sets) can only be tested
  // by reloading every test file that imports the module, ~10 s each; hundreds of them would take hours. They
  // are left out (reported as Ignored); `--ignoreStatic false` includes them for the files named.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, reportTests: false, reportScoreTable: true },
  tempDirName: 'reports/.stryker-tmp',
  // Copied into the sandbox: everything but what the build or a run makes (all git-ignored). man/ and
  // completions/ are checked in: man.test.ts reads man/, and a test file that fails to load is dropped by
  // Stryker without a word (its tests never run). No unit test may need dist/ (vitest.unit.config.ts).
  ignorePatterns: ['/reports', '/dist', '/coverage', '/bench/results', '*.tgz'],
  concurrency: 2,
  timeoutMS: 10000,
  thresholds: { high: 90, low: 85, break: null },
};
