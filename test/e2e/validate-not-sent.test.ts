// `scm validate` through the built binary on a bundle folder (or files given together) that also holds a CRL or a
// certificate signing request: each such file is said once (input-not-sent, info), named with what it is, and is
// not sent; the exit code stays that of the bundle (0 here). A --chain file holding the same block warns instead.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const json = (stdout: string): any => JSON.parse(stdout);
let dir = '';
const ssl = (...args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });

describeFixtures('scm validate: a CRL or a CSR beside the bundle', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-not-sent-'));
    cpSync(fixture('bundles/certbot-split'), join(dir, 'bundle'), { recursive: true });
    // A CRL as `openssl ca -gencrl` writes it, PEM and DER, and a CSR for the bundle's key.
    ssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=CRL CA', '-days', '30');
    writeFileSync(join(dir, 'index.txt'), '');
    writeFileSync(join(dir, 'crlnumber'), '01\n');
    writeFileSync(join(dir, 'ca.cnf'), '[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\ncrlnumber = crlnumber\ndefault_md = sha256\ndefault_crl_days = 30\n');
    ssl('ca', '-config', 'ca.cnf', '-gencrl', '-keyfile', 'ca.key', '-cert', 'ca.crt', '-out', 'bundle/revoked.crl');
    ssl('crl', '-in', 'bundle/revoked.crl', '-outform', 'DER', '-out', 'bundle/revoked.der');
    ssl('req', '-new', '-key', 'bundle/privkey.pem', '-subj', '/CN=rsa.example.com', '-out', 'bundle/request.csr');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a folder: one info finding per file, naming it and what it is, exit 0', async () => {
    const b = join(dir, 'bundle');
    const r = await runCli(['validate', b, '--json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const doc = json(r.stdout);
    expect(doc.valid).toBe(true);
    expect(doc.findings.map((f: any) => `${f.rule} ${f.severity} ${f.code} ${f.message}`)).toEqual([
      `input-not-sent info null ${join(b, 'request.csr')} holds a certificate signing request (CSR), not a certificate or a key of the bundle; it is not sent`,
      `input-not-sent info null ${join(b, 'revoked.crl')} holds a certificate revocation list (CRL), not a certificate or a key of the bundle; it is not sent`,
      `input-not-sent info null ${join(b, 'revoked.der')} holds a certificate revocation list (CRL), not a certificate or a key of the bundle; it is not sent`,
    ]);
    const zh = await runCli(['validate', b, '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(`${join(b, 'revoked.crl')} 中是证书吊销列表（CRL），不是证书包的证书或私钥；它不会被发送`);
  });

  it('files given together: the same finding for the CRL beside the certificate and key', async () => {
    const b = join(dir, 'bundle');
    const r = await runCli(['validate', join(b, 'cert.pem'), join(b, 'chain.pem'), join(b, 'privkey.pem'), join(b, 'revoked.crl'), '--json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).findings.map((f: any) => `${f.rule} ${f.severity}`)).toEqual(['input-not-sent info']);
  });
});
