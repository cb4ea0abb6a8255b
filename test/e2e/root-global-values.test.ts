// `scm` with global options only prints the root help (exit 0); the values of those options are still judged
// as after a command: `scm --lang fr` printed the help and exited 0, while `scm --lang fr list` is exit 2.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('scm with global options only', () => {
  it.each([[['--lang', 'fr']], [['--lang=']], [['--lang', 'en', '--lang', 'zh']]])('%j: the usage error, exit 2, nothing on stdout', async (argv) => {
    const r = await runCli(argv);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^scm: (option '--lang <lang>' does not accept|--lang was given twice)/);
  });

  it('--json: the error as one JSON line', async () => {
    const r = await runCli(['--lang', 'fr', '--json']);
    expect([r.code, r.stdout, JSON.parse(r.stderr).error.exitCode]).toEqual([2, '', 2]);
  });

  it.each([[[]], [['--lang', 'zh']], [['--lang', 'ZH', '--debug']], [['--no-color']]])('%j: the help, exit 0', async (argv) => {
    const r = await runCli(argv);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^(Examples|示例)/);
  });
});
