// SIGHUP (the terminal closed, an ssh session dropped) stops scm as SIGTERM does, with its clean-up: exit 129
// (128 + 1, what a shell reports for a process the signal killed), a folder `scm export --out` made is removed,
// and a batch's rows are still printed. Before, Node's default action killed it on the spot: the folder stayed.
import { spawn } from 'node:child_process';
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withEmulator } from '../helpers/emulator-suite.js';
import { BIN, ROOT } from '../helpers/run-cli.js';

const t = withEmulator('hangup', { cn: 'hangup.example.test' });

/** Runs scm, sends `signal` once a request of `op` is on its way (held by a delay fault), and waits for the end. */
async function hangUp(args: string[], op: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const before = (await t.emu.state()).requests.byOperation[op] ?? 0;
  const env = { PATH: process.env.PATH, NO_COLOR: '1', LANG: 'C.UTF-8', ...t.env() };
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  for (let i = 0; i < 200; i++) {
    const state = await t.emu.state();
    if (state.in_flight > 0 && (state.requests.byOperation[op] ?? 0) > before) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGHUP');
  return { code: await closed, stdout, stderr };
}

describe('SIGHUP', () => {
  it('during export: exit 129, the folder --out made is gone, said in both languages', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'hup', pem: readFileSync(t.b.cert, 'utf8'), chain: readFileSync(t.b.chain, 'utf8'), private_key: t.b.keyPem }] })).certificates;
    for (const [lang, line] of [['en', 'scm: hung up (SIGHUP)'], ['zh', 'scm: 终端已断开（SIGHUP）']] as const) {
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
