// A flag that takes no value given one (`--json=true`, `--json=false`, `--dry-run=yes`): commander calls it an
// unknown option, which sends the user looking for a flag that is there. scm says the flag takes no value, in
// one line (exit 2), for every boolean flag of every command and every global one; the value is never shown.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/commands/registry.js';
import { optionParts } from '../../src/commands/plain-args.js';
import type { OptionSpec } from '../../src/commands/types.js';
import { runInProcess } from '../helpers/fuzz.js';

const cwd = mkdtempSync(join(tmpdir(), 'scm-flag-no-value-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const run = (argv: string[]) => runInProcess(argv, { cwd, env: { HOME: cwd } });

/** The long flags of `options` that take no value. */
const booleans = (options: OptionSpec[]): string[] => options.flatMap((o) => {
  const parts = optionParts(o);
  return parts && !parts.takesValue && !/\[/.test(o.flags) ? [parts.long] : [];
});

const cases = COMMANDS.flatMap((c) => [...booleans(c.options), ...booleans(GLOBAL_OPTIONS)].map((flag) => [c.name, flag] as const));

describe('a flag that takes no value, given one', () => {
  it('there are boolean flags to try, global ones included', () => {
    expect(cases.length).toBeGreaterThan(COMMANDS.length * 3);
    expect(booleans(GLOBAL_OPTIONS)).toEqual(['--debug', '--no-color', '--no-input']);
  });

  it.each(cases)('scm %s %s=true: exit 2, one line saying it takes no value', async (command, flag) => {
    const r = await run([command, `${flag}=true`]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `scm: option '${flag}' takes no value: write ${flag} alone, or leave it out\n`]);
  });

  it('any value, empty included, never shown; before the command word too; in Chinese', async () => {
    for (const argv of [['list', '--json=false'], ['delete', 'scs1234567890123', '--dry-run=yes'], ['explain', '14', '--json='], ['--debug=1', 'explain', '14']]) {
      const flag = argv.find((a) => a.includes('='))!.split('=')[0]!;
      const r = await run(argv);
      expect([r.code, r.stdout, r.stderr], argv.join(' ')).toEqual([2, '', `scm: option '${flag}' takes no value: write ${flag} alone, or leave it out\n`]);
    }
    const zh = await run(['list', '--json=Sup3r', '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, 'scm: 选项“--json”不接受取值：请只写 --json，或者不写\n']);
  });

  it('an unknown flag with a value is still unknown, and its value is still left out', async () => {
    const r = await run(['list', '--jsonn=true']);
    expect([r.code, r.stderr]).toEqual([2, "scm: unknown option '--jsonn'\n"]);
    const other = await run(['list', '--force=yes']); // a flag of delete, not of list
    expect([other.code, other.stderr]).toEqual([2, "scm: unknown option '--force'\n"]);
  });
});
