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
