// A table on a terminal keeps within its width by breaking one sentence column (delete's note, prune's plan)
// into lines under it, Chinese included; piped (width 0) nothing is broken, one line per row for grep.
import { describe, expect, it } from 'vitest';
import { displayWidth, table } from '../../src/render/text.js';

const NOTE_ZH = 'SCM 无法确定它是否部署在 ELB cn-east-3（`is_error`）；请稍后再试，或加 --force';
const NOTE_EN = 'deployed to WAF cn-north-4, ELB ap-southeast-1; move what uses it to another certificate first (scm rotate), or --force';
const rows = [['ID', 'RESULT', 'NOTE'], ['scs1796291155691', '拒绝删除', NOTE_ZH], ['scs1796291155690', 'refused', NOTE_EN], ['scs1796291155692', 'deleted', 'not deployed anywhere']];

describe('table({ width, wrap })', () => {
  it('every line within the width; the sentence whole when its lines are joined, under its own column', () => {
    const out = table(rows, { width: 80, wrap: 2 }).trimEnd().split('\n');
    expect(out.filter((l) => displayWidth(l) > 80)).toEqual([]);
    const start = out[0]!.indexOf('NOTE');
    const cont = out.filter((l) => l.startsWith(' '));
    expect(cont.length).toBeGreaterThan(1);
    expect(cont.every((l) => /^ +\S/.test(l) && l.match(/^ */)![0].length === start)).toBe(true);
    const zh = out.findIndex((l) => l.startsWith('scs1796291155691'));
    const en = out.findIndex((l) => l.startsWith('scs1796291155690'));
    const prefix = 'scs1796291155691  拒绝删除  ';
    expect(displayWidth(prefix)).toBe(start);
    expect(out[zh]!.startsWith(prefix)).toBe(true);
    const joined = out.slice(zh, en).map((l, k) => (k === 0 ? l.slice(prefix.length) : l).trim()).join('');
    expect(joined.replace(/ /g, '')).toBe(NOTE_ZH.replace(/ /g, ''));
    expect(out.at(-1)).toBe('scs1796291155692  deleted   not deployed anywhere');
  });

  it('width 0 (not a terminal), or too narrow to leave 20 columns: as before, one line a row', () => {
    expect(table(rows, { width: 0, wrap: 2 })).toBe(table(rows));
    expect(table(rows, { width: 40, wrap: 2 })).toBe(table(rows));
    expect(table(rows).trimEnd().split('\n')).toHaveLength(4);
  });

  it('a column after the broken one stays on the first line', () => {
    const out = table([['a', 'PLAN', 'RESULT'], ['x', NOTE_EN, 'deleted']], { width: 60, wrap: 1 }).trimEnd().split('\n');
    expect(out.filter((l) => displayWidth(l) > 60)).toEqual([]);
    expect(out[1]!.endsWith('deleted')).toBe(true);
    expect(out.slice(2).every((l) => !l.includes('deleted'))).toBe(true);
  });
});
