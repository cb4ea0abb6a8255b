// `scm delete` and `scm prune` on a terminal: the table keeps within its width, the note or plan (a sentence,
// often Chinese) broken into lines under its own column instead of folded back to the first column by the
// terminal; piped, one line per certificate as before. Terminals are pseudo-terminals from util-linux script.
import { expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runProgram } from '../helpers/pebble.js';
import { BIN } from '../helpers/run-cli.js';
import { describeWithTool } from '../helpers/tools.js';
import { displayWidth } from '../../src/render/text.js';

const t = withEmulator('tty-width', { bundle: false });
const api = () => t.env();
const { run } = cliRecorder(api);

/** Two certificates for shop.example.test, the older deployed to ELB and WAF, and a region SCM cannot count. */
async function seeded(): Promise<string[]> {
  const { certificates: ids } = await t.emu.seed({
    certificates: [
      { name: 'shop-old', domain: 'shop.example.test', not_after: new Date(Date.now() + 20 * 86_400_000).toISOString() },
      { name: 'shop-new', domain: 'shop.example.test', not_after: new Date(Date.now() + 90 * 86_400_000).toISOString() },
      { name: 'shop-older', domain: 'shop.example.test', not_after: new Date(Date.now() + 10 * 86_400_000).toISOString() },
    ],
    unreliable: [{ service: 'ELB', region: 'cn-east-3' }],
  });
  await t.emu.seed({ resources: [{ service: 'ELB', project: 'ap-southeast-1', certificate_id: ids[0]! }, { service: 'WAF', project: 'cn-north-4', certificate_id: ids[0]! }] });
  return ids;
}

describeWithTool('script', 'delete and prune tables on an 80-column terminal', (script) => {
  const onTty = (args: string[]) => {
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    return runProgram(script, ['-qec', `stty cols 80; ${quoted} 2>/dev/null`, '/dev/null'], { env: { PATH: process.env.PATH, TERM: 'xterm-256color', LANG: 'C.UTF-8', NO_COLOR: '1', ...api() }, timeoutMs: 20_000 });
  };
  const lines = (out: string): string[] => out.replace(/\r/g, '').split('\n').filter(Boolean);

  it('every line within 80 columns (en, zh); the note continues under its column', async () => {
    const ids = await seeded();
    for (const args of [['delete', ...ids, '--dry-run', '--lang', 'zh'], ['delete', ...ids, '--dry-run'], ['prune', '--domain', 'shop.example.test', '--dry-run', '--lang', 'zh'], ['prune', '--domain', 'shop.example.test', '--dry-run']]) {
      const r = await onTty(args);
      const shown = lines(r.stdout);
      expect(shown.length, `${args.join(' ')}\n${r.stdout}`).toBeGreaterThan(ids.length);
      expect(shown.filter((l) => displayWidth(l) > 80), args.join(' ')).toEqual([]);
    }
    const zh = lines((await onTty(['delete', ids[0]!, '--dry-run', '--lang', 'zh'])).stdout);
    const start = displayWidth(`${ids[0]}  拒绝删除  `);
    expect(zh.length).toBeGreaterThan(2);
    expect(zh.slice(2).every((l) => l.startsWith(' '.repeat(start)) && l[start] !== ' ')).toBe(true);
  });

  it('piped: one line per certificate, the note whole', async () => {
    const ids = await seeded();
    const r = await run(['delete', ids[0]!, '--dry-run', '--lang', 'zh']);
    expect(lines(r.stdout)).toHaveLength(2);
    expect(r.stdout).toContain('已部署到 WAF cn-north-4、ELB ap-southeast-1；');
  });
});
