// A TypeScript config named with --config, through the built binary: it is compiled to JavaScript that Node
// loads from a file beside it. That copy holds whatever the config holds (an SK): it must be created 0600, as
// every file holding a secret is, not 0644 as cosmiconfig's loader writes it, and be gone afterwards. The
// config reports the mode of the file it runs from (a marker file).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let root: string;
const dir = () => join(root, 'cfg');
const marker = () => join(root, 'marker');
const SK = 'ts-config-secret-0000000000000000';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scm-e2e-ts-config-'));
  mkdirSync(dir());
  mkdirSync(join(root, 'home'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a named TypeScript config holding an SK', () => {
  it('runs from a copy only its owner can read, removed once loaded', async () => {
    const path = join(dir(), 'scm.config.ts');
    writeFileSync(
      path,
      [
        "import { statSync, writeFileSync } from 'node:fs';",
        "import { fileURLToPath } from 'node:url';",
        `writeFileSync(${JSON.stringify(marker())}, (statSync(fileURLToPath(import.meta.url)).mode & 0o777).toString(8));`,
        `const sk: string = ${JSON.stringify(SK)};`,
        "export default { ak: 'TSCONFIGAK000001', sk, region: 'ap-southeast-1' };",
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    const r = await runCli(['config', '--config', path, '--json'], { env: { HOME: join(root, 'home') }, cwd: dir() });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const doc = JSON.parse(r.stdout);
    expect([doc.settings.region.value, doc.settings.credentials.value]).toEqual(['ap-southeast-1', 'aksk']);
    expect(existsSync(marker()) && readFileSync(marker(), 'utf8')).toBe('600');
    expect(readdirSync(dir())).toEqual(['scm.config.ts']);
    expect(r.stdout).not.toContain(SK);
  });
});
