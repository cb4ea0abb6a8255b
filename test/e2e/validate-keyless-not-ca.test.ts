// A folder (or one file) holding a leaf and the certificate that signed it, which is no CA (CA:FALSE, or a
// version 1 certificate without extensions), and no key: read by content both are end-entity certificates, and
// scm gave up with "cannot tell which certificate is the leaf" (exit 2). The one that signed the other is its
// issuer, however wrongly made: the leaf is the other one, the chain says chain-not-ca, the missing key key-empty
// (exit 1, the answer is "no", contract: exit codes).
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const folder = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'scm-keyless-'));
  dirs.push(dir);
  for (const [name, from] of Object.entries(files)) copyFileSync(fixture(from), join(dir, name));
  return dir;
};
const rules = (stdout: string): string[] => (JSON.parse(stdout) as { findings: Array<{ rule: string; severity: string }> }).findings.map((f) => `${f.rule} ${f.severity}`);

describeFixtures('a keyless bundle with a leaf and a non-CA signer', () => {
  it.each([
    ['CA:FALSE', 'cases/not-ca-ee-leaf.crt', 'pki/not-ca-ee.crt'],
    ['version 1', 'cases/not-ca-v1-leaf.crt', 'pki/not-ca-v1.crt'],
  ])('%s signer in a file named like neither: the leaf is found, exit 1 with chain-not-ca and key-empty', async (_, leaf, signer) => {
    const dir = folder({ 'www.crt': leaf, 'signer.crt': signer });
    const r = await runCli(['validate', dir, '--json']);
    expect(r.code, r.stderr).toBe(1);
    expect(rules(r.stdout)).toEqual(['key-empty error', 'chain-not-ca warning']);
    expect(JSON.parse(r.stdout).certificate.subject).toBe('CN=www.example.com');
  });

  it('both in one file given alone (signer first): the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-keyless-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'both.pem'), readFileSync(fixture('pki/not-ca-ee.crt'), 'utf8') + readFileSync(fixture('cases/not-ca-ee-leaf.crt'), 'utf8'));
    const r = await runCli(['validate', join(dir, 'both.pem'), '--json']);
    expect(r.code, r.stderr).toBe(1);
    expect(rules(r.stdout)).toEqual(['key-empty error', 'chain-not-ca warning']);
  });
});
