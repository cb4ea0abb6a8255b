// The README's emulator recipe, run as written in one shell (only the port is changed to a free one): the
// emulator in the background with -q, the demo credentials exported, an upload, `kill $!`. Its request log
// must not write into the upload's output, and the emulator must be gone afterwards.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeBundle, type Bundle } from '../helpers/emulator.js';
import { freePort, runProgram, scmOnPath } from '../helpers/pebble.js';
import { ROOT } from '../helpers/run-cli.js';
import { describeWithTool } from '../helpers/tools.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### `scm emulator`'));
const recipe = /```sh\n([\s\S]*?)```/.exec(section)![1]!;

const listening = (port: number): Promise<boolean> => new Promise((resolve) => {
  const socket = connect(port, '127.0.0.1');
  socket.on('connect', () => (socket.destroy(), resolve(true)));
  socket.on('error', () => resolve(false));
});

describeWithTool('bash', 'README: the emulator recipe, in one terminal', () => {
  let dir: string;
  let bundle: Bundle;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-readme-emulator-'));
    bundle = makeBundle(join(dir, 'site'), { cn: 'demo.example.test' });
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('uploads with the demo credentials, prints only the listening line and the id, and stops the emulator', async () => {
    expect(recipe).toMatch(/scm emulator --port 8443 -q &\n/);
    expect(recipe).toMatch(/\nkill \$!/);
    const port = await freePort();
    const script = join(dir, 'recipe.sh');
    writeFileSync(script, `set -e\n${recipe.replaceAll('8443', String(port))}`);
    const r = await runProgram('bash', [script], { cwd: bundle.dir, env: { PATH: `${scmOnPath(dir)}:${process.env.PATH}`, HOME: dir, LANG: 'C.UTF-8', NO_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^scm emulator listening on http://127\\.0\\.0\\.1:${port}\\n`));
    expect(r.stdout).toMatch(/\bscs\d{13}\b/);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/emulator: /);
    expect(await listening(port)).toBe(false);
  });
});
