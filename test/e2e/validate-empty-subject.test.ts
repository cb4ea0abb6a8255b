// The built binary on certificates with an empty subject (--cert and a bundle folder), and on PKCS#12 password
// files as Windows writes them (UTF-8 with a BOM, UTF-16LE with a BOM), which must never be echoed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const tmp = mkdtempSync(join(tmpdir(), 'scm-e2e-empty-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describeFixtures('scm validate: an empty subject', () => {
  const slots = ['--cert', C('empty-subject.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')];

  it('--cert: accepted, the subject said to be empty, the names and the chain from the SAN', async () => {
    const r = await runCli(['validate', ...slots]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^ {2}Subject +\(empty\)\n {2}Names +empty\.example\.com, www\.empty\.example\.com\n/);
    expect(r.stdout).toMatch(/^ {2}Chain +DNS:empty\.example\.com \(leaf, RSA 2048\)$/m);
    expect(r.stdout).toMatch(/^OK +0 errors, 0 warnings/m);
    const zh = await runCli(['validate', ...slots, '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^ {2}主题 +（空）$/m);
  });

  it('a bundle folder, --json: valid, no finding, subject "" and the SAN names', async () => {
    const r = await runCli(['validate', fixture('bundles/empty-subject'), '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ valid: true, findings: [], certificate: { subject: '', names: ['empty.example.com', 'www.empty.example.com'] } });
  });

  it('no SAN either: cert-no-domain (SCM.0009), exit 1', async () => {
    const r = await runCli(['validate', '--cert', C('empty-subject-no-san.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: any) => `${f.rule} ${f.code}`)).toEqual(['cert-no-domain SCM.0009']);
  });
});

describeFixtures('scm validate: PKCS#12 password files from Windows', () => {
  const utf16 = (s: string): Buffer => Buffer.from(`\ufeff${s}`, 'utf16le');

  it.each([
    ['UTF-8 with a BOM and CRLF', Buffer.from('\ufeffsecret\r\n')],
    ['UTF-16LE with a BOM (PowerShell 5)', utf16('secret\r\n')],
  ])('%s opens the file; through standard input too', async (name, data) => {
    const file = join(tmp, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, data);
    const r = await runCli(['validate', '--pfx', fixture('pfx/rsa.pfx'), '--pfx-password-file', file, '-q']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const piped = await runCli(['validate', '--pfx', fixture('pfx/rsa.pfx'), '--pfx-password-file', '-', '-q'], { input: data });
    expect([piped.code, piped.stderr]).toEqual([0, '']);
  });

  it('$SCM_PFX_PASSWORD with a BOM and a CR copied in opens it', async () => {
    const r = await runCli(['validate', '--pfx', fixture('pfx/rsa.pfx'), '-q'], { env: { SCM_PFX_PASSWORD: '\ufeffsecret\r' } });
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('a wrong UTF-16 password: exit 2, "wrong password", the password nowhere', async () => {
    const file = join(tmp, 'wrong.txt');
    writeFileSync(file, utf16('Hunter2-wrong\r\n'));
    const r = await runCli(['validate', '--pfx', fixture('pfx/rsa.pfx'), '--pfx-password-file', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/password/);
    expect(r.stdout + r.stderr).not.toMatch(/Hunter2/);
  });
});
