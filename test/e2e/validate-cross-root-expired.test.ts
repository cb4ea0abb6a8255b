// A fullchain that ends with an expired cross-signed copy of a root (Let's Encrypt's ISRG Root X1 signed by DST
// Root CA X3, GoDaddy's Root G2 signed by Class 2), through the built binary. Before, chain-cert-expired told the
// user to 'get the current intermediate certificate from your CA', though the copy is no intermediate and clients
// that hold the root never need it: the fix is to leave it out. An expired intermediate that signed the leaf keeps
// the old fix. validate and check say the same (en and zh).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
// Past the cross-signed copy's 50 years, within the leaf's and the intermediate's 100.
const ENV = { SCM_NOW: new Date(Date.now() + 75 * 365.25 * 86_400_000).toISOString() };
const ROOT = 'CN=Go Daddy Root Fixture Authority - G2';
const INTER = 'CN=Go Daddy Secure Fixture Authority - G2';

describeFixtures('an expired cross-signed root at the end of a fullchain', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-cross-root-'));
    const ext = join(dir, 'ca.cnf');
    writeFileSync(ext, '[req]\ndistinguished_name = dn\n[dn]\n[ca]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign,cRLSign\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n');
    // Root G2 (its key) cross-signed by Class 2 for 50 years, as openssl 3 makes it.
    execFileSync('openssl', ['req', '-x509', '-new', '-key', fixture('keys/gd-root-g2.key'), '-subj', '/O=Go Daddy Fixtures/CN=Go Daddy Root Fixture Authority - G2',
      '-CA', fixture('pki/gd-class2.crt'), '-CAkey', fixture('keys/gd-class2.key'), '-days', '18250', '-config', ext, '-extensions', 'ca', '-out', join(dir, 'cross.crt')], { stdio: 'pipe' });
    const [leaf, inter, cross] = [fixture('cases/gd-leaf.crt'), fixture('pki/gd-inter-g2.crt'), join(dir, 'cross.crt')].map((f) => readFileSync(f, 'utf8')) as [string, string, string];
    writeFileSync(join(dir, 'fullchain.pem'), leaf + inter + cross);
  });

  it('validate: the copy is said to be a cross-signed root, and the fix is to leave it out (a warning, exit 0)', async () => {
    const r = await runCli(['validate', '--cert', join(dir, 'fullchain.pem'), '--key', fixture('keys/vendor-leaf.key'), '--json'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const findings = JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'chain-cert-expired');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(new RegExp(`^${ROOT} in the chain expired on \\d{4}-\\d\\d-\\d\\d; it signed ${INTER}, another CA, as a root cross-signed by an older root does`));
    // What it means: who accepts the chain (clients that trust the CA below as a root) and who refuses it.
    expect(findings[0].message).toMatch(new RegExp(`as a root cross-signed by an older root does: clients that trust ${INTER} as a root stop there and accept the chain; the others, and older ones that follow the chain as it is sent \\(OpenSSL 1\\.0\\.2\\), reach the expired certificate and refuse the chain$`));
    expect(findings[0].fix).toBe(`Leave ${ROOT} (and any certificate after it) out of the chain: clients that hold it as a root use their own copy, and an expired copy serves no client; only if it is no root, get its current certificate from your CA.`);
    const zh = await runCli(['validate', '--cert', join(dir, 'fullchain.pem'), '--key', fixture('keys/vendor-leaf.key'), '--lang', 'zh'], { env: ENV });
    expect(zh.stdout).toContain(`请把 ${ROOT}（以及它之后的证书）从证书链中删掉`);
    expect(zh.stdout).toContain(`把 ${INTER} 作为根证书信任的客户端到它为止，会接受这条证书链；其他客户端，以及按发送顺序构建证书链的旧客户端（如 OpenSSL 1.0.2），会走到这张过期的证书并拒绝这条证书链`);
  });

  it('check: the same words in its chain note', async () => {
    const r = await runCli(['check', join(dir, 'fullchain.pem'), '--json'], { env: ENV });
    const notes = JSON.parse(r.stdout).targets[0].chain.problems;
    expect(notes.map((p: { id: string }) => p.id)).toEqual(['chain-cert-expired']);
    expect(notes[0].message).toContain(`it signed ${INTER}, another CA, as a root cross-signed`);
  });

  it('an expired intermediate that signed the leaf keeps the fix to get the current one', async () => {
    const env = { SCM_NOW: new Date(new Date(new (await import('node:crypto')).X509Certificate(readFileSync(fixture('pki/inter-short.crt'))).validTo).getTime() + 86_400_000).toISOString() };
    const r = await runCli(['validate', '--cert', fixture('cases/short-chain-leaf.crt'), '--chain', fixture('cases/short-chain.pem'), '--key', fixture('keys/leaf-rsa.key'), '--json'], { env });
    const f = JSON.parse(r.stdout).findings.find((x: { rule: string }) => x.rule === 'chain-cert-expired');
    expect(f.fix).toBe('Get the current intermediate certificate from your CA.');
  });
});
