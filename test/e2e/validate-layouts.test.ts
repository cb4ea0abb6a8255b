// `scm validate` on bundle folders as vendors and tools lay them out, through the built binary: every file is
// read by content whatever its name, several folders give one report each (an unreadable one its own entry,
// exit 2), files given as arguments form one bundle, and --cert/--key/--chain override one role of a folder.
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const L = (name: string): string => fixture(`bundles/layouts/${name}`);
const C = (name: string): string => fixture(`cases/${name}`);
const json = (stdout: string): any => JSON.parse(stdout);
const triples = (findings: any[]): string[] => findings.map((f) => `${f.rule} ${f.severity} ${f.code}`);
const ROOT_INFO = 'chain-includes-root info null';

/** layout -> the exact findings, and the subject of the leaf it must pick. */
const LAYOUTS: Array<[string, string[], string]> = [
  ['cert-chain-key', [], 'CN=rsa.example.com'],
  ['fullchain-key', [], 'CN=rsa.example.com'],
  ['cert-privkey-ca', [], 'CN=rsa.example.com'],
  ['cert-privkey-intermediate', [], 'CN=rsa.example.com'],
  ['cert-privkey-ca-bundle', [], 'CN=rsa.example.com'],
  ['sectigo', [ROOT_INFO], 'CN=www.example.com'],
  ['godaddy', [ROOT_INFO], 'CN=www.example.com'],
  ['digicert', [ROOT_INFO], 'CN=www.example.com'],
  ['tencent-nginx', ['input-not-sent info null'], 'CN=www.example.com'],
  ['leaf-int-root', [ROOT_INFO], 'CN=rsa.example.com'],
  ['der-key', ['input-converted info null'], 'CN=rsa.example.com'],
  ['misordered-fullchain', [ROOT_INFO], 'CN=rsa.example.com'],
  ['reversed-fullchain', [ROOT_INFO], 'CN=rsa.example.com'],
  ['utf16', ['input-converted info null'], 'CN=rsa.example.com'],
  ['stale-key', ['key-extra-ignored info null'], 'CN=rsa.example.com'],
  ['old-intermediate', ['chain-unrelated-cert warning null'], 'CN=rsa.example.com'],
  ['pfx-and-password', ['input-converted info null', ROOT_INFO], 'CN=rsa.example.com'],
  ['root-first-pfx', ['input-converted info null', ROOT_INFO], 'CN=rsa.example.com'],
  ['p7b-chain', [ROOT_INFO], 'CN=rsa.example.com'],
  ['p7b-signed-data-label', [], 'CN=rsa.example.com'],
  ['adcs-certnew', [], 'CN=rsa.example.com'],
  ['certbot-archive', ['cert-older-generation info null'], 'CN=rsa.example.com'],
  // SCM_PFX_PASSWORD below is not lego's, and the keystore cannot be read: each left out, the PEM files suffice.
  ['lego', ['input-ignored info null'], 'CN=www.example.com'],
  ['pem-and-jks', ['input-ignored info null'], 'CN=www.example.com'],
];

describeFixtures('scm validate: bundle folders read by content', () => {
  it.each(LAYOUTS)('%s', async (dir, findings, subject) => {
    const r = await runCli(['validate', L(dir), '--json'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    const doc = json(r.stdout);
    expect(triples(doc.findings)).toEqual(findings);
    expect(r.code).toBe(0);
    expect(doc.certificate.subject).toBe(subject);
    // Only a self-signed certificate is called a root; the chain is listed in issuing order.
    expect(doc.certificate.chain[0]).toMatch(new RegExp(`^${subject} \\(leaf, `));
    for (const line of doc.certificate.chain) if (/\(root,/.test(line)) expect(line).toMatch(/Root|Class 2/);
  });

  it("certbot's archive/ (every generation): the newest certificate and its key", async () => {
    const doc = json((await runCli(['validate', L('certbot-archive'), '--json'])).stdout);
    expect(doc.certificate.sha256).toBe(new X509Certificate(readFileSync(C('archive-new.crt'))).fingerprint256);
    // certbot's numbered files make fullchain1.pem an older generation, however close the dates (hunt6-acme 2).
    expect(doc.findings[0].message).toMatch(/certificate 1 in .*fullchain1\.pem\) is an older generation of the leaf \(the same names, issued .*\); it is not sent$/);
  });

  it("GoDaddy's cross-signed bundle is followed to the old root", async () => {
    const doc = json((await runCli(['validate', L('godaddy'), '--json'])).stdout);
    expect(doc.certificate.chain.map((l: string) => l.replace(/ \(.*/, ''))).toEqual([
      'CN=www.example.com', 'CN=Go Daddy Secure Fixture Authority - G2', 'CN=Go Daddy Root Fixture Authority - G2', 'CN=Go Daddy Class 2 Fixture Authority',
    ]);
    expect(doc.certificate.chain[2]).toMatch(/\(intermediate, /);
  });

  it.each([
    ['no-key-notes', ['key-empty error SCM.0059'], /^no private key among cert\.pem, chain\.pem, notes\.txt$/],
    ['garbage-cert', ['cert-missing error SCM.0031'], /^no end-entity certificate among cert\.pem, chain\.pem, privkey\.pem/],
    ['missing-middle', ['chain-missing-intermediate error SCM.0079'], /add CN=SCM Deep Intermediate 2 between CN=SCM Deep Intermediate 3 and CN=SCM Deep Intermediate 1/],
  ])('%s fails with one finding that says what was looked at', async (dir, findings, message) => {
    const r = await runCli(['validate', L(dir), '--json']);
    expect(r.code).toBe(1);
    const doc = json(r.stdout);
    expect(triples(doc.findings)).toEqual(findings);
    expect(doc.findings[0].message).toMatch(message);
  });

  it('a folder whose fullchain.pem is too big (a trust store appended) is unreadable, naming that file; the next folder is validated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-e2e-bigfile-'));
    try {
      const big = join(dir, 'big');
      mkdirSync(big);
      writeFileSync(join(big, 'fullchain.pem'), `${readFileSync(join(L('sectigo'), 'www_example_com.crt'), 'utf8')}\n${'#'.repeat(1_100_000)}\n`);
      writeFileSync(join(big, 'privkey.pem'), readFileSync(join(L('sectigo'), 'www_example_com.key')));
      const r = await runCli(['validate', big, L('sectigo'), '--json']);
      expect(r.code).toBe(2);
      const doc = json(r.stdout);
      expect(doc.bundles.map((b: any) => b.valid)).toEqual([false, true]);
      expect(doc.bundles[0].error.message).toMatch(/big\/fullchain\.pem is 1\d{6} bytes; a certificate, key or PKCS#12 file is at most 1048576 bytes here$/);
      expect(doc.bundles[0].findings).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('validates several folders; one that cannot be read gets its own entry and exit 2, the others are still validated', async () => {
    const dirs = [L('cert-chain-key'), L('pfx-and-password'), fixture('bundles/ambiguous'), L('no-key-notes'), L('sectigo'), fixture('bundles/no-such-folder')];
    const r = await runCli(['validate', ...dirs, '--json']);
    expect(r.code).toBe(2);
    const doc = json(r.stdout);
    expect(doc.valid).toBe(false);
    expect(doc.bundles.map((b: any) => [b.path, b.valid])).toEqual(dirs.map((d, i) => [d, [true, false, false, false, true, false][i]]));
    expect(doc.bundles[5].error.message).toMatch(/cannot read .*no-such-folder: no such directory$/);
    expect(doc.bundles[1]).toEqual({ path: dirs[1], valid: false, error: { message: expect.stringMatching(/site\.pfx: it needs a password$/), hint: `the password is likely in ${dirs[1]}/keystorePass.txt, beside it: pass --pfx-password-file ${dirs[1]}/keystorePass.txt (scm never reads a password file it was not given), or set SCM_PFX_PASSWORD` }, findings: [] });
    expect(doc.bundles[2].error.message).toMatch(/cannot tell which certificate is the leaf in .*ambiguous: CN=rsa\.example\.com in a\.crt, CN=ec\.example\.com in b\.crt/);
    expect(triples(doc.bundles[3].findings)).toEqual(['key-empty error SCM.0059']);
    expect(triples(doc.bundles[4].findings)).toEqual([ROOT_INFO]);
    const stderr = r.stderr.trim().split('\n');
    expect(JSON.parse(stderr.at(-1)!).error).toMatchObject({ type: 'InputError', exitCode: 2, message: '3 bundles of 6 could not be read; the others were validated' });

    const human = await runCli(['validate', ...dirs]);
    expect(human.code).toBe(2);
    expect(human.stdout).toMatch(/pfx-and-password\n  unreadable  cannot open .*site\.pfx: it needs a password\n    hint: the password is likely in .*pfx-and-password\/keystorePass\.txt, beside it: pass --pfx-password-file /);
    expect(human.stdout).toMatch(/^6 bundles: 2 passed, 1 failed, 3 could not be read$/m);
    expect(human.stderr).toBe('scm: 3 bundles of 6 could not be read; the others were validated\n');
  });

  it('files given as arguments form one bundle, told apart by content', async () => {
    const live = fixture('bundles/rsa-ok');
    for (const args of [[join(live, 'fullchain.pem'), join(live, 'privkey.pem')], [join(live, 'privkey.pem'), join(live, 'chain.pem'), join(live, 'cert.pem')], [fixture('bundles/combined/bundle.pem')]]) {
      const r = await runCli(['validate', ...args, '--json']);
      expect(json(r.stdout).findings, args.join(' ')).toEqual([]);
      expect(r.code).toBe(0);
    }
    const pfx = await runCli(['validate', fixture('pfx/rsa.pfx'), '--json'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(triples(json(pfx.stdout).findings)).toEqual(['input-converted info null', ROOT_INFO]);
    const stdin = await runCli(['validate', '-', '--json'], { input: readFileSync(fixture('pfx/rsa.pfx')), env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(json(stdin.stdout).findings[0].message).toBe('standard input is PKCS#12; its 3 certificates and private key will be sent as PEM');
  });

  it('--key, --cert or --chain given with a folder replaces that role only', async () => {
    const wrongKey = fixture('bundles/mismatch');
    expect((await runCli(['validate', wrongKey])).code).toBe(1);
    const fixed = await runCli(['validate', wrongKey, '--key', C('rsa.key'), '--json']);
    expect(json(fixed.stdout).findings).toEqual([]);
    const noKey = await runCli(['validate', L('no-key-notes'), '--key', C('rsa.key'), '--json']);
    expect(json(noKey.stdout).findings).toEqual([]);
    const otherChain = await runCli(['validate', L('cert-chain-key'), '--chain', C('unrelated-chain.pem'), '--json']);
    expect(triples(json(otherChain.stdout).findings)).toEqual(['chain-broken error SCM.0079']);
    const cert = await runCli(['validate', L('cert-chain-key'), '--cert', C('ec256.crt'), '--json']);
    expect(json(cert.stdout).certificate.subject).toBe('CN=ec.example.com');
    expect(triples(json(cert.stdout).findings)).toEqual(['key-mismatch error SCM.0014', 'chain-broken error SCM.0079']);
  });

  it('scm upload reads a folder the same way, and sends its chain in issuing order (dry run)', async () => {
    const r = await runCli(['upload', L('reversed-fullchain'), '--name', 'reversed', '--dry-run', '--json'], { env: { HUAWEICLOUD_SDK_AK: 'AK', HUAWEICLOUD_SDK_SK: 'SK' } });
    expect(r.code).toBe(0);
    const body = json(r.stdout).requests[0].body;
    const subjects = (pem: string): string[] => (pem.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----\n/g) ?? []).map((b) => new X509Certificate(b).subject.split('\n').at(-1)!);
    expect(subjects(body.certificate)).toEqual(['CN=rsa.example.com']);
    expect(subjects(body.certificate_chain)).toEqual(['CN=SCM Test Intermediate R2', 'CN=SCM Test Root R1']);
    expect(body.private_key).toMatch(/^\[redacted/);
  });
});
