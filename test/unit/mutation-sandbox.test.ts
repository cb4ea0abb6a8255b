// `npm run mutate` runs the unit set (vitest.unit.config.ts) in Stryker's sandbox, a copy of the checkout less
// stryker.config.mjs's ignorePatterns. A unit test that needs a file the copy lacks fails Stryker's initial run
// (cache-api-runs did: it ran bin/scm.js, which loads dist/), or, when its file fails to load, is dropped
// without a word (man.test.ts read man/): which happens depends on the file mutated, as Stryker runs only the
// tests related to it. Both are checked here, where every test runs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import stryker from '../../stryker.config.mjs';
import unit from '../../vitest.unit.config.js';

const text = (file: string): string => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('the mutation sandbox holds what the unit set needs', () => {
  it('leaves out of the sandbox only what git ignores (what the build and the runs make)', () => {
    const ignored = text('.gitignore').split('\n').map((l) => l.trim().replace(/\/$/, '')).filter(Boolean);
    const rooted = (stryker.ignorePatterns as string[]).filter((p) => p.startsWith('/')).map((p) => p.slice(1));
    expect(rooted.filter((p) => !ignored.includes(p))).toEqual([]);
  });

  // runCli and the emulator helpers that spawn it run bin/scm.js, which loads the dist/ left out.
  it('no test of the unit set runs the built binary', () => {
    const excluded = new Set(unit.test!.exclude!.map((f) => f.replace(/^test\/unit\//, '')));
    const runsBinary = readdirSync(new URL('.', import.meta.url))
      .filter((f) => f.endsWith('.test.ts') && !excluded.has(f))
      .filter((f) => /from '\.\.\/helpers\/run-cli\.js'|\b(spawnEmulator|cliRecorder|rotationWorld)\(/.test(text(`test/unit/${f}`)));
    expect(runsBinary).toEqual([]);
  });
});
