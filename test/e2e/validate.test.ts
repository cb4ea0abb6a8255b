// `scm validate` end to end: the built binary on generated fixture folders, as scripts and CI call it.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const B = (name: string): string => fixture(`bundles/${name}`);
const C = (name: string): string => fixture(`cases/${name}`);
const json = (stdout: string): any => JSON.parse(stdout);

describeFixtures('scm validate', () => {
  it('passes a certbot folder: summary on stdout, nothing on stderr, exit 0', async () => {
    const r = await runCli(['validate', B('rsa-ok')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const field of ['Subject', 'Names', 'Issuer', 'Valid', 'Key', 'SHA-256', 'Chain']) expect(r.stdout).toMatch(new RegExp(`^  ${field}\\s`, 'm'));
    expect(r.stdout).toMatch(/Names\s+rsa\.example\.com, www\.rsa\.example\.com/);
    expect(r.stdout).toMatch(/Valid\s+\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \(\d+ days left\)/);
    expect(r.stdout).toMatch(/^OK\s+0 errors, 0 warnings/m);
  });

  it('--json prints the contract object', async () => {
    const r = await runCli(['validate', '--cert', C('rsa-fullchain.pem'), '--key', C('rsa.key'), '--json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({ schemaVersion: 1, valid: true, findings: [], certificate: { subject: 'CN=rsa.example.com' } });
  });

  it('reports an error with its SCM code, message and fix, and exits 1', async () => {
    const r = await runCli(['validate', B('mismatch'), '--json']);
    expect(r.code).toBe(1);
    const doc = json(r.stdout);
    expect(doc.valid).toBe(false);
    expect(doc.findings).toEqual([{
      rule: 'key-mismatch',
      severity: 'error',
      code: 'SCM.0014',
      message: expect.stringMatching(/privkey\.pem \(RSA 2048\) does not match the certificate CN=rsa\.example\.com/),
      fix: expect.stringMatching(/openssl x509 -noout -pubkey/),
    }]);
    const human = await runCli(['validate', B('mismatch')]);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/error\s+key-mismatch\s+SCM\.0014\n\s+the private key in .*privkey\.pem/);
    expect(human.stdout).toMatch(/fix: use the private key generated together/);
    expect(human.stdout).toMatch(/^FAIL\s+1 error, 0 warnings: SCM would refuse this upload/m);
  });

  it('reports several bundles in one document, each with its path', async () => {
    const dirs = ['rsa-ok', 'mismatch', 'misordered', 'no-key', 'weak', 'der', 'generic', 'combined', 'pfx'].map(B);
    const r = await runCli(['validate', ...dirs, '--json'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(r.code).toBe(1);
    const doc = json(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.valid).toBe(false);
    const byName = Object.fromEntries(doc.bundles.map((b: any) => [b.path.split('/').pop(), b]));
    expect(doc.bundles.map((b: any) => b.path)).toEqual(dirs);
    // A folder is read by content and sent in issuing order: a misordered fullchain.pem in a folder is fixed, not refused.
    expect(Object.fromEntries(Object.entries(byName).map(([k, b]: [string, any]) => [k, b.valid]))).toEqual({
      'rsa-ok': true, mismatch: false, misordered: true, 'no-key': false, weak: true, der: true, generic: true, combined: true, pfx: true,
    });
    const rules = (name: string): string[] => byName[name].findings.map((f: any) => `${f.rule} ${f.severity} ${f.code}`);
    expect(rules('misordered')).toEqual(['chain-includes-root info null']);
    expect(rules('no-key')).toEqual(['key-empty error SCM.0059']);
    expect(rules('weak')).toEqual(['weak-key warning null']);
    expect(rules('mismatch')).toEqual(['key-mismatch error SCM.0014']);
    const human = await runCli(['validate', ...dirs], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(human.stdout).toMatch(/^9 bundles: 7 passed, 2 failed$/m);
  });

  it('--strict fails on warnings too', async () => {
    expect((await runCli(['validate', B('weak')])).code).toBe(0);
    const strict = await runCli(['validate', B('weak'), '--strict', '--json']);
    expect(strict.code).toBe(1);
    expect(json(strict.stdout).valid).toBe(false);
  });

  it('--strict: a warning that fails is said as a warning that fails because of --strict, alike in text and JSON, in both languages', async () => {
    const lastError = (stderr: string): any => JSON.parse(stderr.trim().split('\n').pop()!).error;
    // The document says --strict was in force: "valid": false with warnings alone is then explained.
    expect(json((await runCli(['validate', B('weak'), '--json'])).stdout)).toMatchObject({ valid: true, strict: false });
    expect(json((await runCli(['validate', B('weak'), '--strict', '--json'])).stdout)).toMatchObject({ valid: false, strict: true, findings: [{ rule: 'weak-key', severity: 'warning' }] });
    expect(json((await runCli(['validate', B('weak'), B('rsa-ok'), '--strict', '--json'])).stdout)).toMatchObject({ valid: false, strict: true });
    for (const [lang, text, alone, both] of [
      ['en', /^FAIL\s+0 errors, 1 warning \(with --strict, warnings fail too\)$/m, '1 warning fails the check (with --strict, warnings fail too); see "findings" on stdout', '1 error and 1 warning fail the check (with --strict, warnings fail too); see "findings" on stdout'],
      // Chinese says what fails the check, not that a warning 未通过校验 (a finding is not what is checked).
      ['zh', /^不通过\s+0 个错误，1 个警告（使用 --strict 时警告也会导致不通过）$/m, '校验不通过：1 个警告（使用 --strict 时警告也会导致不通过）；详见标准输出中的 `findings`', '校验不通过：1 个错误和 1 个警告（使用 --strict 时警告也会导致不通过）；详见标准输出中的 `findings`'],
    ] as Array<[string, RegExp, string, string]>) {
      expect((await runCli(['validate', B('weak'), '--strict', '--lang', lang])).stdout).toMatch(text);
      expect(lastError((await runCli(['validate', B('weak'), '--strict', '--json', '--lang', lang])).stderr).message).toBe(alone);
      expect(lastError((await runCli(['validate', B('weak'), B('mismatch'), '--strict', '--json', '--lang', lang])).stderr).message).toBe(both);
    }
    // Without --strict only errors fail, and the message names them as errors.
    expect(lastError((await runCli(['validate', B('mismatch'), '--json'])).stderr).message).toBe('1 error fails the check; see "findings" on stdout');
    expect(lastError((await runCli(['validate', B('mismatch'), '--json', '--lang', 'zh'])).stderr).message).toBe('校验不通过：1 个错误；详见标准输出中的 `findings`');
  });

  it('--quiet prints only what fails', async () => {
    const ok = await runCli(['validate', B('rsa-ok'), B('weak'), '-q']);
    expect(ok).toMatchObject({ code: 0, stdout: '' });
    const bad = await runCli(['validate', B('rsa-ok'), B('mismatch'), '-q']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^\S+bundles\/mismatch\n  error\s+key-mismatch/);
    expect(bad.stdout).not.toContain('Subject');
  });

  it('skips files that a glob like live/* also matches (certbot README)', async () => {
    const r = await runCli(['validate', B('rsa-ok'), join(B('rsa-ok'), 'README')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/skipping .*README: not a directory/);
  });

  it('checks --name, --domain, --domain-count, --target and --enterprise-project-id', async () => {
    const r = await runCli(['validate', B('rsa-ok'), '--json', '--name', 'no spaces please', '--domain', 'shop.example.com', '--domain', 'www.rsa.example.com',
      '--domain-count', '3', '--target', 'waf', '--enterprise-project-id', 'default']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f: any) => `${f.rule} ${f.code}`)).toEqual([
      'domain-not-covered SCM.0015', 'domain-count-mismatch SCM.0015', 'name-invalid SCM.0032', 'enterprise-project-id-invalid SCM.0005',
    ]);
    const sm2 = await runCli(['validate', '--cert', C('sm2.crt'), '--chain', C('sm2-chain.pem'), '--key', C('sm2.key'), '--target', 'CDN', '--json']);
    expect(json(sm2.stdout).findings.filter((f: any) => f.severity === 'error').map((f: any) => f.rule)).toEqual(['target-sm2-unsupported']);
  });

  it('reads a combined PEM, or one input, from standard input', async () => {
    const combined = readFileSync(C('rsa-fullchain.pem'), 'utf8') + readFileSync(C('rsa.key'), 'utf8');
    expect((await runCli(['validate', '-'], { input: combined })).code).toBe(0);
    const key = await runCli(['validate', '--cert', C('rsa-fullchain.pem'), '--key', '-', '--json'], { input: readFileSync(C('other-rsa.key')) });
    expect(json(key.stdout).findings[0].message).toMatch(/private key in standard input/);
  });

  it('opens PKCS#12 with SCM_PFX_PASSWORD or --pfx-password-file, never from argv', async () => {
    const pfx = fixture('pfx/rsa-legacy.pfx');
    expect((await runCli(['validate', '--pfx', pfx], { env: { SCM_PFX_PASSWORD: 'secret' } })).code).toBe(0);
    expect((await runCli(['validate', '--pfx', pfx, '--pfx-password-file', fixture('pfx/password.txt')])).code).toBe(0);
    const missing = await runCli(['validate', '--pfx', pfx]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/needs a password\nhint: set SCM_PFX_PASSWORD or pass --pfx-password-file FILE/);
    const wrong = await runCli(['validate', '--pfx', pfx, '--json'], { env: { SCM_PFX_PASSWORD: 'hunter2' } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).not.toContain('hunter2');
    expect(JSON.parse(wrong.stderr).error).toMatchObject({ type: 'InputError', exitCode: 2 });
    expect((await runCli(['validate', '--pfx', pfx, '--pfx-password', 'secret'])).code).toBe(2);
  });

  it.each([
    [['validate', '--cert', '/nonexistent/cert.pem', '--key', 'x'], /cannot read \/nonexistent\/cert\.pem: no such file/],
    [['validate', '--cert', fixture('cases'), '--key', 'x'], /is a directory/],
    // A system error in a sentence, never the bare code (ENOTDIR, ENAMETOOLONG).
    [['validate', '--cert', join(C('rsa.key'), 'cert.pem'), '--key', 'x'], /cannot read .*rsa\.key\/cert\.pem: a part of the path is a file, not a folder\n/],
    [['validate', join(C('rsa.key'), 'sub')], /cannot read .*rsa\.key\/sub: a part of the path is a file, not a folder\n/],
    [['validate', 'y'.repeat(300)], /cannot read y+: the path, or a name in it, is too long\n/],
    [['validate', fixture('bundles/ambiguous')], /cannot tell which certificate/],
    [['validate', fixture('bundles/empty-dir')], /empty-dir holds no files/],
    [['validate'], /nothing to validate/],
    [['validate', B('rsa-ok'), '--pfx', fixture('pfx/rsa.pfx')], /--pfx is a bundle of its own/],
    [['validate', B('rsa-ok'), B('ec-ok'), '--key', C('rsa.key')], /override a role of one bundle/],
    [['validate', '--cert', '-', '--key', '-'], /'-' \(standard input\) may be given only once/],
    [['validate', B('rsa-ok'), '--target', 'OBS'], /--target must be CDN, WAF or ELB/],
    [['validate', B('rsa-ok'), '--domain-count', 'two'], /--domain-count/],
  ])('exit 2 for unreadable input or bad usage: %j', async (args, message) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  // cli-contract: validate --json prints one object {valid, findings, ...}; a folder it cannot read is reported
  // as a bundles[] entry is (valid false, error), also when it is the only one: exit 2, its error object on stderr.
  it('one unreadable folder under --json: the contract\'s one object on stdout, the error object on stderr, exit 2', async () => {
    const r = await runCli(['validate', fixture('bundles/ambiguous'), '--json']);
    expect(r.code).toBe(2);
    const doc = json(r.stdout);
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'path', 'valid', 'strict', 'error', 'findings']);
    expect([doc.path, doc.valid, doc.findings]).toEqual([fixture('bundles/ambiguous'), false, []]);
    expect(doc.error.message).toMatch(/^cannot tell which certificate/);
    const err = JSON.parse(r.stderr).error;
    expect([err.type, err.exitCode, err.message, err.hint]).toEqual(['InputError', 2, doc.error.message, doc.error.hint ?? null]);
    const empty = await runCli(['validate', fixture('bundles/empty-dir'), '--json', '--lang', 'zh']);
    expect([empty.code, json(empty.stdout).valid, json(empty.stdout).error.message]).toEqual([2, false, JSON.parse(empty.stderr).error.message]);
  });

  it('colours only when asked', async () => {
    const plain = await runCli(['validate', B('mismatch')], { env: { NO_COLOR: undefined } });
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    const forced = await runCli(['validate', B('mismatch')], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\x1b\[31merror/);
  });

  it('validates 200 bundles in one run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-many-'));
    try {
      const dirs = Array.from({ length: 200 }, (_, i) => join(dir, `site-${i}`));
      dirs.forEach((d, n) => cpSync(B(n % 2 ? 'ec-ok' : 'rsa-ok'), d, { recursive: true }));
      const r = await runCli(['validate', ...dirs, '--json', '--quiet']);
      expect(r.code).toBe(0);
      const doc = json(r.stdout);
      expect(doc.bundles).toHaveLength(200);
      expect(doc.bundles.every((b: any) => b.valid)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
