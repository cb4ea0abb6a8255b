// Every option with fixed choices takes them in any case (`--waf-type Cloud`, `--status upload`, `--lang ZH`),
// as `--service waf` does: commander and the plain reader both hand run() the choice as the spec spells it,
// and a word that names no choice is still refused.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { choiceOf } from '../../src/commands/choices.js';
import { plainInput } from '../../src/commands/plain-args.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/commands/registry.js';
import type { Ctx } from '../../src/context.js';
import { PLAIN } from '../../src/io/style.js';
import { runProgram } from '../../src/program.js';
import { viaCommander } from '../helpers/via-commander.js';

afterEach(() => vi.restoreAllMocks());

const swapCase = (s: string): string => [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
const operands = (spec: (typeof COMMANDS)[number]): string[] => spec.args.filter((a) => a.required).map((_, i) => `arg${i}`);

const cases = COMMANDS.flatMap((spec) =>
  [...spec.options, ...GLOBAL_OPTIONS].filter((o) => o.choices && !o.hidden && o.choices.some((c) => /[a-z]/i.test(c))).map((o) => {
    const long = /--[a-z][a-z0-9-]*/.exec(o.flags)![0];
    const key = long.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    return [`${spec.name} ${long}`, spec, long, key, o.choices!.find((c) => /[a-z]/i.test(c))!] as const;
  }));

describe('a choice written in another case is that choice', () => {
  it('covers the options with choices of letters (lang, waf-type, from, status, sort ...)', () => {
    expect(cases.map((c) => c[0])).toEqual(expect.arrayContaining(['deploy --waf-type', 'list --status', 'list --sort', 'upload --from', 'explain-error --lang']));
  });

  it.each(cases)('%s', async (_, spec, long, key, choice) => {
    const argv = [spec.name, ...operands(spec), long, swapCase(choice)];
    const commander = await viaCommander(spec, argv);
    expect(commander.opts[key]).toBe(choice);
    const plain = plainInput(spec, GLOBAL_OPTIONS, argv.slice(1));
    if (plain) expect(plain).toEqual(commander);
  });

  it('a word that names no choice is refused as before', async () => {
    const list = COMMANDS.find((s) => s.name === 'list')!;
    expect(plainInput(list, GLOBAL_OPTIONS, ['--sort', 'expiryx'])).toBeUndefined();
    const said: string[] = [];
    const sink = { write: () => true, isTTY: false };
    const ctx = { stdout: sink, stderr: sink, env: {}, cwd: '/', now: () => new Date(), lang: 'en', style: PLAIN, errStyle: PLAIN, debug: false, noInput: true, signal: new AbortController().signal } as unknown as Ctx;
    expect(await runProgram(['list', '--sort', 'Expiryx'], ctx, { version: '0', usageError: (m) => (said.push(m), m) })).toBe(2);
    expect(said.join('')).toBe("option '--sort <key>' does not accept 'Expiryx': choose one of expiry, updated, status");
  });

  it('folds ASCII letters only', () => {
    expect(choiceOf(['CHECKING', 'UPLOAD'], 'checking')).toBe('CHECKING');
    expect(choiceOf(['CHECKING'], 'CHEC\u212AING')).toBeUndefined();
    expect(choiceOf(['bash', 'zsh'], 'ZSH')).toBe('zsh');
  });
});
