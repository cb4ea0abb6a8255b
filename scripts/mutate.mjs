#!/usr/bin/env node
// `npm run mutate [-- FILE|GLOB ...] [stryker flags]`: Stryker over src/core/** (stryker.config.mjs), or over
// the files or globs given (a file may carry a line range, as Stryker allows: src/core/push/index.ts:60-70).
// Runs are incremental and share one file, reports/mutation/incremental.json: a run on a subset re-tests only
// what changed there and keeps the other modules' last results, so the next whole run re-tests only what
// changed anywhere. Other arguments go to `stryker run` as they are (--concurrency 1, --force ...).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const INCREMENTAL = 'reports/mutation/incremental.json';
const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const isTarget = (a) => !a.startsWith('-') && (/\.[cm]?[jt]s(:\d+(-\d+)?)?$/.test(a) || a.includes('*') || a.startsWith('src/'));
const args = process.argv.slice(2);
const targets = args.filter(isTarget);
const passed = args.filter((a) => !isTarget(a));

const readReport = () => (existsSync(INCREMENTAL) ? JSON.parse(readFileSync(INCREMENTAL, 'utf8')) : null);
const before = targets.length ? readReport() : null;

// Stryker's --mutate splits on commas, which globs with braces contain: a subset gets a config of its own.
// Globs keep the configured exclusions (the data tables); files named one by one are run as named.
let config = [];
if (targets.length) {
  const subset = 'reports/stryker.subset.config.mjs';
  const literal = targets.every((t) => !/[*?{}[\]!]/.test(t));
  mkdirSync(dirname(subset), { recursive: true });
  writeFileSync(subset, [
    `import base from '../stryker.config.mjs';`,
    `const targets = ${JSON.stringify(targets)};`,
    `export default { ...base, mutate: ${literal ? 'targets' : "[...targets, ...base.mutate.filter((p) => p.startsWith('!'))]"} };`,
    '',
  ].join('\n'));
  config = [subset];
}

const stryker = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
const run = spawnSync(process.execPath, [stryker, 'run', ...config, ...passed], { stdio: 'inherit' });

// Stryker writes the incremental file with this run's files only: put back the files the subset left out.
const after = readReport();
if (before && after && after !== before) {
  mergeLeftOut(before, after);
  mkdirSync(dirname(INCREMENTAL), { recursive: true });
  writeFileSync(INCREMENTAL, JSON.stringify(after, null, 2));
}
process.exit(run.status ?? 1);

/** Copies into `after` the mutants of files only `before` has. Test ids are numbers local to one report, so
 * the tests those mutants name are found by file and name and given `after`'s ids (new ones where needed). */
function mergeLeftOut(before, after) {
  after.testFiles ??= {};
  const key = (file, name) => `${file}\0${name}`;
  const idOf = new Map();
  let next = 0;
  for (const [file, { tests }] of Object.entries(after.testFiles)) {
    for (const t of tests) {
      idOf.set(key(file, t.name), t.id);
      next = Math.max(next, Number(t.id) + 1);
    }
  }
  const oldTest = new Map();
  for (const [file, { tests }] of Object.entries(before.testFiles ?? {})) for (const t of tests) oldTest.set(t.id, { file, test: t });
  const translate = (id) => {
    const old = oldTest.get(id);
    if (!old) return undefined;
    const k = key(old.file, old.test.name);
    if (!idOf.has(k)) {
      const fresh = String(next++);
      idOf.set(k, fresh);
      (after.testFiles[old.file] ??= { ...before.testFiles[old.file], tests: [] }).tests.push({ ...old.test, id: fresh });
    }
    return idOf.get(k);
  };
  for (const [file, result] of Object.entries(before.files ?? {})) {
    if (file in after.files) continue;
    const mutants = result.mutants.map((m) => ({
      ...m,
      ...(m.coveredBy && { coveredBy: m.coveredBy.map(translate).filter(Boolean) }),
      ...(m.killedBy && { killedBy: m.killedBy.map(translate).filter(Boolean) }),
    }));
    after.files[file] = { ...result, mutants };
  }
}
