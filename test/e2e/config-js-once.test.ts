// Through the built binary: a named JavaScript (or TypeScript) config whose top level throws runs once, not
// twice. cosmiconfig's loadJs tried require() after import() threw, running the file a second time (whatever
// it does, done twice). Each file appends a line to a marker file, then throws: one line, exit 2.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
const marker = () => join(dir, 'marker');
const lines = () => (existsSync(marker()) ? readFileSync(marker(), 'utf8').split('\n').filter(Boolean) : []);
const scm = (args: string[]) => runCli(args, { env: { HOME: join(dir, 'home') }, cwd: dir });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-js-once-'));
  mkdirSync(join(dir, 'home'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => rmSync(marker(), { force: true }));

describe('a named config whose top level throws', () => {
  it.each([
    ['scm.config.js', `require('node:fs').appendFileSync(MARKER, 'ran\\n');\nthrow new TypeError('no');\n`],
    ['scm.config.mjs', `import { appendFileSync } from 'node:fs';\nappendFileSync(MARKER, 'ran\\n');\nthrow new TypeError('no');\n`],
    ['scm.config.ts', `import { appendFileSync } from 'node:fs';\nappendFileSync(MARKER, 'ran\\n');\nthrow new TypeError('no');\nexport default {};\n`],
  ])('%s: runs once, exit 2 saying it threw', async (name, code) => {
    const path = join(dir, name);
    writeFileSync(path, code.replaceAll('MARKER', JSON.stringify(marker())), { mode: 0o644 });
    const r = await scm(['config', '--config', path]);
    expect([r.code, r.stderr.split('\n')[0], lines()]).toEqual([2, `scm: bad config file ${path}: running it threw an error (TypeError)`, ['ran']]);
  });
});
