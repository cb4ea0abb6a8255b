// The build records dist/'s code caches by running commands (scripts/cache-runs.mjs). In a checkout whose
// fixtures were not generated yet (a clean clone; `npm run bench` builds before it generates them) validate,
// check and upload must still run on a real bundle, or their packs get no cache and every start of those
// commands compiles them from source.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheRuns } from '../../scripts/cache-runs.mjs';
import { runCli } from '../helpers/run-cli.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('cacheRuns', () => {
  it('runs validate, check and upload on a bundle scm accepts even when no fixture was generated', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'scm-no-fixtures-'));
    cleanups.push(() => rmSync(bare, { recursive: true, force: true }));
    const { runs, cleanup } = cacheRuns(bare);
    cleanups.push(cleanup);
    const dirOf = (command: string): string | undefined => runs.find((r) => r[0] === command && r[1] !== '--help')?.[1];
    for (const command of ['validate', 'check', 'upload']) {
      const dir = dirOf(command);
      expect(dir, command).toBeDefined();
      expect(existsSync(join(dir!, 'cert.pem')), command).toBe(true);
    }
    // The path recorded is the one a good bundle takes: no findings, exit 0.
    const r = await runCli(['validate', dirOf('validate')!]);
    expect(r.stdout).toMatch(/0 errors, 0 warnings/);
    expect(r.code).toBe(0);
    cleanup();
    expect(existsSync(dirOf('validate')!)).toBe(false);
  });

  it('records check as the cron renewal gate is written, `scm check DIR --within 30` (README "Speed"), so parsing --within is cached too, and on one file, which reads another pack', () => {
    const bare = mkdtempSync(join(tmpdir(), 'scm-no-fixtures-'));
    cleanups.push(() => rmSync(bare, { recursive: true, force: true }));
    const { runs, bundle, cleanup } = cacheRuns(bare);
    cleanups.push(cleanup);
    expect(runs.filter((r) => r[0] === 'check')).toEqual([['check', bundle, '--within', '30'], ['check', join(bundle!, 'fullchain.pem')]]);
  });
});
