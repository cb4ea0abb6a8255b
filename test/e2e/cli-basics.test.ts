// The root command: help, version, exit codes, typo suggestions, JSON errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('scm', () => {
  it.each([['--version'], ['-v'], ['-V'], ['version'], ['--lang', 'zh', '-v']])('%s prints the package version', async (...args) => {
    const r = await runCli(args);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `${pkg.version}\n`, '']);
  });

  it.each([[[]], [['--lang', 'zh']], [['--no-color']]])('bare scm %j prints the overview on stdout and exits 0', async (args) => {
    const r = await runCli(args);
    const help = await runCli([...args, '--help']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(help.stdout);
    expect(r.stdout).toMatch(/^(Usage|用法)/m);
  });

  it('--help opens with examples and lists every contract command', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Examples:');
    for (const cmd of ['validate', 'upload', 'push', 'explain-error|explain', 'completion', 'emulator']) expect(r.stdout).toContain(cmd);
  });

  it('<command> --help exits 0 and opens with examples', async () => {
    for (const cmd of ['validate', 'upload', 'push', 'explain', 'emulator', 'completion']) {
      const r = await runCli([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(/^Examples:\n {2}(# .+\n {2})?scm /);
      expect(r.stdout).toMatch(new RegExp(`^Usage: scm ${cmd}`, 'm'));
    }
  });

  it('takes global options before the command', async () => {
    const help = await runCli(['--lang', 'zh', 'help', 'upload']);
    expect(help.stdout).toBe((await runCli(['upload', '--help', '--lang', 'zh'])).stdout);
    expect(help.stdout).toMatch(/^ {2}--cert <文件> /m);
    const list = await runCli(['--no-color', '--lang=zh', 'explain', '--status', '403']);
    expect([list.code, list.stdout]).toEqual([0, (await runCli(['explain', '--status', '403', '--lang', 'zh'])).stdout]);
  });

  it('suggests the right command for a typo (exit 2)', async () => {
    const r = await runCli(['valdate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'valdate'/);
    expect(r.stderr).toMatch(/\(did you mean validate\?\)/);
  });

  it('rejects an unknown flag with exit 2', async () => {
    const r = await runCli(['explain', '14', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--frobnicate'/);
  });

  it('a flag that takes no value, given one (--json=true, --dry-run=yes): exit 2 saying so, not "unknown option"', async () => {
    const r = await runCli(['list', '--json=true']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', "scm: option '--json' takes no value: write --json alone, or leave it out\n"]);
    const zh = await runCli(['delete', 'scs1234567890123', '--dry-run=yes', '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, 'scm: 选项“--dry-run”不接受取值：请只写 --dry-run，或者不写\n']);
    const json = await runCli(['explain', '14', '--json', '--no-color=1']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr).error).toMatchObject({ type: 'UsageError', exitCode: 2, message: "option '--no-color' takes no value: write --no-color alone, or leave it out" });
  });

  it('a global option without its value before any command is exit 2 saying so, not the help page', async () => {
    for (const args of [['--lang'], ['--config'], ['--lang', '--version']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
    }
    expect((await runCli(['--lang'])).stderr).toBe("scm: option '--lang <lang>' needs a value\n");
    expect((await runCli(['--lang', 'zh'])).code).toBe(0);
  });

  it('reports usage errors as one JSON object on stderr under --json', async () => {
    const r = await runCli(['explain', '--json', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ schemaVersion: 1, error: { type: 'UsageError', exitCode: 2 } });
  });

  it('help exit-codes prints the contract table', async () => {
    const r = await runCli(['help', 'exit-codes']);
    expect(r.code).toBe(0);
    for (const code of [0, 1, 2, 3, 4, 5, 70, 130]) expect(r.stdout).toMatch(new RegExp(`^\\s+${code}\\s`, 'm'));
  });

  it('help <command> shows that command', async () => {
    const r = await runCli(['help', 'explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: scm explain-error|explain');
  });

  it('help with an unknown topic exits 2', async () => {
    const r = await runCli(['help', 'nonsense']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown help topic 'nonsense'/);
  });
});
