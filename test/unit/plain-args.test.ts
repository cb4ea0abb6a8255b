// `scm explain` skips commander when its arguments are plain (src/commands/plain-args.ts). Whenever the plain
// reader answers, it must answer what commander gives the command; anything it does not take goes to
// commander, so that errors and --help stay commander's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkSpec } from '../../src/commands/check/spec.js';
import { explainSpec } from '../../src/commands/explain/spec.js';
import { plainInput } from '../../src/commands/plain-args.js';
import { GLOBAL_OPTIONS } from '../../src/commands/shared/global-options.js';
import type { Ctx } from '../../src/context.js';
import { PLAIN } from '../../src/io/style.js';
import { runProgram } from '../../src/program.js';

/** What commander hands explain's run() for `argv` (the run itself is replaced by a recorder). */
async function viaCommander(argv: string[]): Promise<{ args: string[]; opts: Record<string, unknown> }> {
  let input: { args: string[]; opts: Record<string, unknown> } | undefined;
  vi.spyOn(explainSpec, 'load').mockResolvedValue({ run: async (i) => ((input = i), 0) });
  const sink = { write: () => {}, isTTY: false };
  const ctx = { stdout: sink, stderr: sink, env: {}, cwd: '/', now: () => new Date(), lang: 'en', style: PLAIN, errStyle: PLAIN, debug: false, noInput: true, signal: new AbortController().signal } as unknown as Ctx;
  expect(await runProgram(argv, ctx, { version: '0', usageError: (m) => m })).toBe(0);
  return input!;
}

afterEach(() => vi.restoreAllMocks());

describe('plain arguments: read without commander, exactly as commander reads them', () => {
  it.each([
    [['explain', 'SCM.0014']],
    [['explain-error', '14', '0012', 'key-mismatch']],
    [['explain', '14', '--lang', 'zh', '--json']],
    [['explain', '--lang=zh', '14']],
    [['explain', '--list', '--status', '401']],
    [['explain', '--status=401']],
    [['explain', '--search', '私钥', '--json']],
    [['explain', '-']],
    [['explain']],
    [['explain', '14', '--debug', '--no-color', '--no-input']],
    [['explain', '--search', 'a', '--search', 'b']],
  ])('%j', async (argv) => {
    const plain = plainInput(explainSpec, GLOBAL_OPTIONS, argv.slice(1));
    expect(plain).toBeDefined();
    expect(plain).toEqual(await viaCommander(argv));
  });
});

describe('anything else goes to commander', () => {
  it.each([
    [['--help']], [['-h']], [['14', '--frobnicate']], [['--status', 'x']], [['--status']], [['--lang', 'fr']],
    [['--', '14']], [['--json=1']], [['-v']], [['--search', '--json']],
  ])('%j', (argv) => {
    expect(plainInput(explainSpec, GLOBAL_OPTIONS, argv)).toBeUndefined();
  });
});

describe('scm check (the cron renewal gate) reads plain arguments the same way', () => {
  async function checkViaCommander(argv: string[]): Promise<{ args: string[]; opts: Record<string, unknown> }> {
    let input: { args: string[]; opts: Record<string, unknown> } | undefined;
    vi.spyOn(checkSpec, 'load').mockResolvedValue({ run: async (i) => ((input = i), 0) });
    const sink = { write: () => {}, isTTY: false };
    const ctx = { stdout: sink, stderr: sink, env: {}, cwd: '/', now: () => new Date(), lang: 'en', style: PLAIN, errStyle: PLAIN, debug: false, noInput: true, signal: new AbortController().signal } as unknown as Ctx;
    expect(await runProgram(argv, ctx, { version: '0', usageError: (m) => m })).toBe(0);
    return input!;
  }

  it.each([
    [['check', '/etc/letsencrypt/live/example.com']],
    [['check', 'a', 'b', '--within', '30', '--json']],
    [['check', 'https://127.0.0.1:8443', '--servername', 'www.example.com', '--expect', 'scs1700000000000']],
    [['check', 'x:443', '--timeout=5', '--retries', '1', '--endpoint', 'http://127.0.0.1:1', '--lang', 'zh']],
  ])('%j', async (argv) => {
    const plain = plainInput(checkSpec, GLOBAL_OPTIONS, argv.slice(1));
    expect(plain).toBeDefined();
    expect(plain).toEqual(await checkViaCommander(argv));
  });

  it.each([[['--within', 'x', 'a']], [['a', '-q']], [['--help']], [[]]])('%j goes to commander', (argv) => {
    expect(plainInput(checkSpec, GLOBAL_OPTIONS, argv)).toBeUndefined();
  });
});
