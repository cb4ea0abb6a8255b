// An option that takes a non-negative whole number (OptionSpec.integer: --expiring, --keep, --within, --port
// ...) says so when given something else: 'expected a non-negative whole number' in English as the Chinese
// says 应为非负整数 (English said only 'a whole number', and -5 is one).
import { describe, expect, it } from 'vitest';
import { M as CHECK } from '../../src/commands/check/messages.js';
import type { Ctx } from '../../src/context.js';
import { t, type Lang } from '../../src/core/i18n.js';
import { localizeUsageError } from '../../src/commands/help/usage-errors.js';
import { PLAIN } from '../../src/io/style.js';
import { runProgram } from '../../src/program.js';
import { plainInput } from '../../src/commands/plain-args.js';
import { explainSpec } from '../../src/commands/explain/spec.js';
import { GLOBAL_OPTIONS } from '../../src/commands/shared/global-options.js';
import { viaCommander } from '../helpers/via-commander.js';

/** What a usage error of commander says for `argv`, in `lang`, and the exit status. */
async function usage(argv: string[], lang: Lang): Promise<[number, string]> {
  let said = '';
  const sink = { write: () => {}, isTTY: false };
  const ctx = { stdout: sink, stderr: sink, env: {}, cwd: '/', now: () => new Date(), lang, style: PLAIN, errStyle: PLAIN, debug: false, noInput: true, signal: new AbortController().signal } as unknown as Ctx;
  const code = await runProgram(argv, ctx, { version: '0', usageError: (m) => ((said = m), m) });
  return [code, said];
}

describe('a value that is not a non-negative whole number', () => {
  it.each([
    [['list', '--expiring', '-5'], "option '--expiring <days>' does not accept '-5': expected a non-negative whole number"],
    [['prune', '--domain', 'a.example.com', '--keep', '1.5'], "option '--keep <n>' does not accept '1.5': expected a non-negative whole number"],
    [['check', 'x.pem', '--within', 'soon'], "option '--within <days>' does not accept 'soon': expected a non-negative whole number"],
  ])('%j: exit 2, saying non-negative in English as in Chinese', async (argv, en) => {
    expect(await usage(argv, 'en')).toEqual([2, en]);
    const [code, zh] = await usage(argv, 'zh');
    expect([code, zh.endsWith('：应为非负整数')]).toEqual([2, true]);
  });

  it("check's own --within check says it the same way", () => {
    expect(t('en', CHECK.badWithin, { value: '-1' })).toBe('--within -1: give a non-negative whole number of days');
    expect(t('zh', CHECK.badWithin, { value: '-1' })).toBe('--within -1：请给出非负整数天数');
  });

  it('localizes the English reason as commander hands it on', () => {
    expect(localizeUsageError("error: option '--keep <n>' argument '-1' is invalid. expected a non-negative whole number.", 'en')).toBe("option '--keep <n>' does not accept '-1': expected a non-negative whole number");
  });
});

// Above Number.MAX_SAFE_INTEGER a number is no longer exact: '--keep 99999999999999999999' was read as 1e20 and
// echoed as 100000000000000000000. Such a value is a usage error, in the plain reader as in commander.
describe('a whole number too large to be exact', () => {
  it.each([
    [['prune', '--domain', 'a.example.com', '--keep', '99999999999999999999'], "option '--keep <n>' does not accept '99999999999999999999': expected a non-negative whole number of at most 9007199254740991"],
    [['list', '--expiring', '9007199254740992'], "option '--expiring <days>' does not accept '9007199254740992': expected a non-negative whole number of at most 9007199254740991"],
  ])('%j: exit 2, naming the bound', async (argv, en) => {
    expect(await usage(argv, 'en')).toEqual([2, en]);
    const [code, zh] = await usage(argv, 'zh');
    expect([code, zh.endsWith('：应为不超过 9007199254740991 的非负整数')]).toEqual([2, true]);
  });

  it('the plain reader leaves it to commander; the bound itself is taken, by both', async () => {
    expect(plainInput(explainSpec, GLOBAL_OPTIONS, ['--status', '99999999999999999999'])).toBeUndefined();
    expect(plainInput(explainSpec, GLOBAL_OPTIONS, ['--status', '9007199254740991'])?.opts.status).toBe(9007199254740991);
    expect((await viaCommander(explainSpec, ['explain', '--status', '9007199254740991'])).opts.status).toBe(9007199254740991);
  });
});
