// `scm --help` is printed from the specs without commander (src/commands/help/overview.ts): it must be the page
// commander prints with ScmHelp, in both languages and at every width (narrow ones stack the descriptions).
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { overviewPage } from '../../src/commands/help/overview.js';
import { PLAIN } from '../../src/io/style.js';
import { runProgram } from '../../src/program.js';

async function viaCommander(lang: 'en' | 'zh', width: number, argv: string[]): Promise<string> {
  let out = '';
  const stdout = { write: (s: string) => void (out += s), isTTY: false };
  const stderr = { write: () => {}, isTTY: false };
  const ctx = { stdout, stderr, env: { COLUMNS: String(width) }, cwd: '/', now: () => new Date(), lang, style: PLAIN, errStyle: PLAIN, debug: false, noInput: true, signal: new AbortController().signal } as unknown as Ctx;
  expect(await runProgram(argv, ctx, { version: '0', usageError: (m) => m })).toBe(0);
  return out;
}

describe.each(['en', 'zh'] as const)('the root page in %s', (lang) => {
  it.each([20, 40, 41, 52, 60, 72, 79, 80, 81, 100, 120, 160, 250])('%i columns: as commander prints it', async (width) => {
    const page = overviewPage(lang, width);
    expect(page).toContain(lang === 'zh' ? '命令：' : 'Commands:');
    expect(page).toBe(await viaCommander(lang, width, ['--help']));
  });

  it('for `scm`, `scm help` and `scm -h` alike', async () => {
    for (const argv of [[], ['help'], ['-h']]) expect(await viaCommander(lang, 80, argv)).toBe(overviewPage(lang, 80));
  });
});
