// --help's examples when they do not fit beside their notes: each note above its command, and a command as
// wide as the room left (80 columns less the indent: 78) stays on one line; the room kept for " \" was taken
// from the last line too, so such a command was broken though it fitted (help.test expects it whole).
import { describe, expect, it } from 'vitest';
import { exampleLines } from '../../src/commands/help/layout.js';

const note = { en: 'a note long enough that it cannot stand beside the command', zh: '足够长的说明，无法与命令并排显示' };
const cmdOf = (n: number): string => `scm list --json | jq -r '${'x'.repeat(n - 'scm list --json | jq -r \'\''.length)}'`;

describe('--help examples: a command that fits the width is not broken', () => {
  it('78 columns at 80: one line of 80 columns', () => {
    const cmd = cmdOf(78);
    expect(cmd).toHaveLength(78);
    expect(exampleLines([{ cmd, note }], 'en', 80)).toEqual([`  # ${note.en}`, `  ${cmd}`]);
  });

  it('79 columns at 80: broken at a space with " \\", every line within 80', () => {
    const cmd = cmdOf(79);
    const lines = exampleLines([{ cmd, note }], 'en', 80);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[1]!.endsWith(' \\')).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
  });
});
