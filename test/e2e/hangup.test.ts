// SIGHUP (the terminal closed, an ssh session dropped) stops scm as SIGTERM does, with its clean-up: exit 129
// (128 + 1, what a shell reports for a process the signal killed), a folder `scm export --out` made is removed,
// and a batch's rows are still printed. Before, Node's default action killed it on the spot: the folder stayed.
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withEmulator } from '../helpers/emulator-suite.js';
import { interruptAt, type Interrupted } from '../helpers/interrupt.js';

const t = withEmulator('hangup', { cn: 'hangup.example.test' });

/** Runs scm, sends SIGHUP once a request of `op` is on its way (held by a delay fault), and waits for the end. */
async function hangUp(args: string[], op: string): Promise<Interrupted> {
  const before = (await t.emu.state()).requests.byOperation[op] ?? 0;
  return interruptAt(t.emu, args, t.env(), { op, nth: before + 1, signal: 'SIGHUP' });
}

describe('SIGHUP', () => {
  it('during export: exit 129, the folder --out made is gone, said in both languages', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'hup', pem: readFileSync(t.b.cert, 'utf8'), chain: readFileSync(t.b.chain, 'utf8'), private_key: t.b.keyPem }] })).certificates;
    // export's own account of the request it was waiting for (as under Ctrl-C or SIGTERM), not the bare signal's name.
    for (const [lang, line] of [['en', `scm: interrupted while exporting ${id}: nothing was written`], ['zh', `scm: 导出 ${id} 时被中断：没有写入任何文件`]] as const) {
      await t.emu.fault({ op: 'export', delay_ms: 5000 });
      const out = join(t.dir, `made-${lang}`, 'tls');
      const r = await hangUp(['export', id!, '--out', out, '--lang', lang], 'export');
      expect(r.code, r.stderr).toBe(129);
      expect(r.stderr.trim().split('\n').at(-1)).toBe(line);
      expect(lstatSync(join(t.dir, `made-${lang}`), { throwIfNoEntry: false })).toBeUndefined();
    }
  });

  it('during a delete batch: every row still printed, the rest not attempted, exit 129', async () => {
    const ids = (await t.emu.seed({ certificates: [0, 1].map((i) => ({ name: `hup-${i}`, domain: `hup${i}.example.test` })) })).certificates;
    await t.emu.fault({ op: 'delete', delay_ms: 5000 });
    const r = await hangUp(['delete', ...ids], 'delete');
    expect(r.code, r.stderr).toBe(129);
    expect(r.stdout).toMatch(new RegExp(`^${ids[0]} +interrupted`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^${ids[1]} +not attempted`, 'm'));
  });
});
