// A --key file with two private keys (`cat old.key new.key`): the one that matches the certificate is used and
// sent, the other is `key-extra-ignored` (info), in either order, as in a bundle folder. Through the built binary.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const findings = (stdout: string): string[] => JSON.parse(stdout).findings.map((f: any) => `${f.rule} ${f.severity} ${f.message}`);

describeFixtures('--key with two keys', () => {
  it.each(['two-keys-stale-first.pem', 'two-keys-stale-last.pem'])('%s: the matching key is used, the other said', async (file) => {
    const r = await runCli(['validate', '--cert', C('rsa-fullchain.pem'), '--key', C(file), '--json']);
    expect(r.code).toBe(0);
    expect(findings(r.stdout)).toEqual([`key-extra-ignored info ${C(file)} holds a private key (EC P-256) that matches no certificate of the bundle; it is not used`]);
    const up = await runCli(['upload', '--cert', C('rsa-fullchain.pem'), '--key', C(file), '--name', 'two-keys', '--dry-run', '--json']);
    expect(up.code, up.stderr).toBe(0);
    // The matching key, RSA: sent as PKCS#1 (the stale one is EC).
    expect(up.stdout).toMatch(/"private_key": "\[redacted: 1\d{3}-character private key, BEGIN RSA PRIVATE KEY\]"/);
  });

  it('the leaf\'s key and the intermediate\'s (`cat privkey.pem ca.key`): the intermediate\'s key is not said to match no certificate; as in a folder, a key that fits a certificate of the bundle is no stray', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-key-choice-'));
    try {
      const both = join(dir, 'both.key');
      writeFileSync(both, readFileSync(C('rsa.key'), 'utf8') + readFileSync(C('inter-rsa.key'), 'utf8'));
      const r = await runCli(['validate', '--cert', C('rsa-fullchain.pem'), '--key', both, '--json']);
      expect([r.code, findings(r.stdout)]).toEqual([0, []]);
      // The same keys in a folder: the same verdict.
      copyFileSync(C('rsa-fullchain.pem'), join(dir, 'fullchain.pem'));
      const folder = await runCli(['validate', dir, '--json']);
      expect([folder.code, findings(folder.stdout)]).toEqual([0, []]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
