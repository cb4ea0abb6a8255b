// Ctrl-C or SIGTERM while `scm notify` or `scm export` waits for SCM, through the built binary: the last line said
// only "interrupted", not what the request on its way may have done. notify says SCM may or may not have changed
// the e-mails and that the same command again is harmless; export that nothing was written (and no folder is
// left). Exit 130/143, en and zh. The emulator holds the request (`delay_ms`) while the signal is sent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withEmulator } from '../helpers/emulator-suite.js';
import { interruptAt, type Interrupted } from '../helpers/interrupt.js';

const t = withEmulator('interrupted-notify-export', { cn: 'notify.example.test' });

/** Runs the CLI, waits until the emulator holds a request of `op` in flight, then sends `signal`. */
async function interrupt(args: string[], op: string, signal: NodeJS.Signals): Promise<Interrupted> {
  const r = await interruptAt(t.emu, args, t.env(), { op, signal });
  expect(r.held, `no ${op} request in flight; stderr: ${r.stderr}`).toBe(true);
  return r;
}

const said = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('scm: ') || l.startsWith('hint: ') || l.startsWith('提示：'));

const seed = async (): Promise<string[]> =>
  (await t.emu.seed({ certificates: [
    { name: 'n1', pem: readFileSync(t.b.cert, 'utf8'), chain: readFileSync(t.b.chain, 'utf8'), private_key: t.b.keyPem },
    { name: 'n2', domain: 'n2.example.test' },
  ] })).certificates;

describe('scm notify, interrupted with the request on its way', () => {
  it('says SCM may or may not have changed them, and the command that sets them again; exit 130 (en), 143 (zh)', async () => {
    const ids = await seed();
    await t.emu.fault({ op: 'notification-disable', delay_ms: 3000 });
    const r = await interrupt(['notify', 'off', ...ids], 'notification-disable', 'SIGINT');
    expect([r.code, r.stdout]).toEqual([130, '']);
    expect(said(r.stderr)).toEqual([
      `scm: interrupted while turning expiry e-mails off for ${ids[0]}, ${ids[1]}: SCM may or may not have changed them`,
      `hint: run 'scm notify off ${ids[0]} ${ids[1]}' again: setting them again changes nothing more`,
    ]);
    await t.emu.settled();
    await t.emu.fault({ op: 'notification-enable', delay_ms: 3000 });
    const zh = await interrupt(['notify', 'on', ids[0]!, '--lang', 'zh'], 'notification-enable', 'SIGTERM');
    expect(zh.code).toBe(143);
    expect(said(zh.stderr)).toEqual([
      `scm: 为 ${ids[0]} 开启到期通知时被中断：SCM 可能已经更改，也可能没有`,
      `提示：请再次运行 \`scm notify on ${ids[0]}\`：重复设置不会产生额外影响`,
    ]);
    await t.emu.settled();
  });
});

describe('scm export, interrupted while SCM is asked', () => {
  it('says nothing was written, and leaves no folder; exit 130 (en and zh)', async () => {
    const [id] = await seed();
    for (const lang of ['en', 'zh']) {
      await t.emu.fault({ op: 'export', delay_ms: 3000 });
      const out = join(t.dir, `out-${lang}`);
      const r = await interrupt(['export', id!, '--out', out, '--lang', lang], 'export', 'SIGINT');
      expect([r.code, r.stdout]).toEqual([130, '']);
      expect(said(r.stderr)).toEqual([lang === 'en' ? `scm: interrupted while exporting ${id}: nothing was written` : `scm: 导出 ${id} 时被中断：没有写入任何文件`]);
      expect(existsSync(out)).toBe(false);
      await t.emu.settled();
    }
  });
});
