// The key that matches the leaf cannot be read (encrypted, cut short) and another key sits beside it (a stale
// one, the CA's own): the unreadable key is the cause, said alone, never a mismatch with the other key. As a
// folder, as files given together and as a --key file with both keys. Through the built binary.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const L = (name: string): string => fixture(`bundles/layouts/${name}`);
const findings = (stdout: string): string[] => JSON.parse(stdout).findings.map((f: any) => `${f.rule} ${f.severity} ${f.code}: ${f.message}`);
const ENCRYPTED = (file: string): string => `key-encrypted error SCM.0012: ${file} holds an encrypted PKCS#8 private key (protected by a password)`;

const LAYOUTS: Array<[string, (dir: string) => string]> = [
  ['encrypted-key-stale', (d) => ENCRYPTED(join(d, 'privkey.pem'))],
  ['encrypted-legacy-key-stale', (d) => `key-encrypted error SCM.0012: ${join(d, 'key.pem')} holds a password-protected PKCS#1 RSA private key (Proc-Type: 4,ENCRYPTED, AES-256-CBC)`],
  ['encrypted-key-ca-key', (d) => ENCRYPTED(join(d, 'privkey.pem'))],
  ['truncated-key-stale', (d) => `key-unparsable error SCM.0012: the PKCS#8 private key in ${join(d, 'privkey.pem')} does not parse`],
];

describeFixtures('an unreadable key beside a key that does not match', () => {
  it.each(LAYOUTS)('%s: the unreadable key is the one finding, as a folder and as files given together', async (name, cause) => {
    const dir = L(name);
    for (const args of [[dir], readdirSync(dir).sort().map((f) => join(dir, f))]) {
      const r = await runCli(['validate', ...args, '--json']);
      expect(findings(r.stdout), args.join(' ')).toEqual([cause(dir)]);
      expect(r.code).toBe(1);
    }
  });

  it('--key holding a stale key, then the encrypted one: the encrypted key, in either order', async () => {
    for (const file of ['two-keys-stale-then-encrypted.pem', 'two-keys-encrypted-then-stale.pem']) {
      const key = fixture(`cases/${file}`);
      const r = await runCli(['validate', '--cert', fixture('cases/rsa-fullchain.pem'), '--key', key, '--json']);
      expect(findings(r.stdout)).toEqual([ENCRYPTED(key)]);
      expect(r.code).toBe(1);
    }
  });
});
