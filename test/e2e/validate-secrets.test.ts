// The contract's promise: no output of `scm validate`, in any mode, carries private key material or a
// PKCS#12 password: not the armor text, not a line of the key's base64, not the password.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const B = (name: string): string => fixture(`bundles/${name}`);

/** Every base64 line of every key the runs below read (the DER/PKCS#12 keys are these same keys). */
function keyLines(): string[] {
  const keys = ['rsa.key', 'rsa.pkcs1.key', 'other-rsa.key', 'ec256.key', 'ec256.sec1.key', 'sm2.key', 'rsa.encrypted-pkcs8.key', 'rsa.encrypted-legacy.key', 'variants/key-no-end.key', 'variants/key-armor-missing.key'];
  const lines = keys.flatMap((k) => readFileSync(C(k), 'utf8').split('\n'));
  return [...new Set(lines.map((l) => l.trim()).filter((l) => /^[A-Za-z0-9+/=]{40,}$/.test(l)))].map((l) => l.slice(0, 40));
}

const RUNS: string[][] = [
  [B('rsa-ok')],
  [B('mismatch')],
  [B('combined')],
  [B('der')],
  ['--cert', C('rsa-fullchain.pem'), '--key', C('rsa.key')],
  ['--cert', C('rsa-fullchain.pem'), '--key', C('rsa.encrypted-legacy.key')],
  ['--cert', C('rsa-fullchain.pem'), '--key', C('rsa.encrypted-pkcs8.key')],
  ['--cert', C('rsa-fullchain.pem'), '--key', C('variants/key-no-end.key')],
  ['--cert', C('rsa-fullchain.pem'), '--key', C('variants/key-armor-missing.key')],
  ['--cert', C('rsa.key'), '--key', C('rsa.key')],
  ['--cert', C('rsa.crt'), '--chain', C('chain-with-key.pem'), '--key', C('rsa.key')],
  ['--cert', C('ec-fullchain.pem'), '--key', C('ec256.sec1.key')],
  ['--cert', C('sm2.crt'), '--chain', C('sm2-chain.pem'), '--key', C('sm2.key'), '--target', 'CDN'],
  ['--pfx', fixture('pfx/rsa.pfx')],
  ['--pfx', fixture('pfx/rsa.pfx'), '--pfx-password-file', fixture('pfx/password.txt')],
];
const MODES: string[][] = [[], ['--json'], ['--quiet'], ['--strict'], ['--debug'], ['--lang', 'zh']];

describeFixtures('validate never prints key material', () => {
  const lines = keyLines();

  it('has key lines to look for', () => {
    expect(lines.length).toBeGreaterThan(50);
  });

  it.each(RUNS.map((args) => [args.map((a) => a.split('/').pop()).join(' '), args] as const))('%s', async (_, args) => {
    // The wrong password matters only where a PKCS#12 is read; the runs of one bundle go in parallel.
    const passwords = args.includes('--pfx') ? ['secret', 'wrong-password-xyz'] : ['secret'];
    const runs = MODES.flatMap((mode) => passwords.map((pw) => ({ mode, pw })));
    await Promise.all(runs.map(async ({ mode, pw }) => {
      const r = await runCli(['validate', ...args, ...mode], { env: { SCM_PFX_PASSWORD: pw } });
      const out = r.stdout + r.stderr;
      expect([0, 1, 2], out).toContain(r.code);
      expect(out).not.toContain('PRIVATE KEY');
      expect(out).not.toContain(pw);
      for (const line of lines) expect(out.includes(line), `key material in output of ${args.join(' ')} ${mode.join(' ')}`).toBe(false);
    }));
  });
});
