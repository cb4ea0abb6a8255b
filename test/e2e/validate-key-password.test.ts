// An encrypted PKCS#8 private key (cases/rsa.encrypted-pkcs8.key, password "secret", and its DER form) with its
// password given as for a .pfx (--pfx-password-file FILE, SCM_PFX_PASSWORD): before, the password was silently
// ignored and the key said to be encrypted, its fix asking for the password again. Now it opens the key: one info
// finding (input-converted), the key matched and sent without the password (upload's payload); a wrong password is
// key-encrypted saying the password given does not open it. Through the built binary, en and zh.
import { mkdirSync, mkdtempSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
type Out = { valid: boolean; findings: { rule: string; severity: string; message: string }[] };
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describeFixtures('an encrypted PKCS#8 key and its password file', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-key-password-'));
    mkdirSync(join(dir, 'site'));
    copyFileSync(fixture('cases/rsa-fullchain.pem'), join(dir, 'site', 'fullchain.pem'));
    copyFileSync(fixture('cases/rsa.encrypted-pkcs8.key'), join(dir, 'site', 'privkey.pem'));
    copyFileSync(fixture('cases/rsa.encrypted-pkcs8.key.der'), join(dir, 'key.der'));
    copyFileSync(fixture('cases/rsa.encrypted-legacy.key'), join(dir, 'legacy.key'));
    writeFileSync(join(dir, 'password.txt'), 'secret\n');
    writeFileSync(join(dir, 'wrong.txt'), 'not-it\n');
  });

  it('--key with --pfx-password-file: opened, one info, valid; the folder and the DER key the same', async () => {
    const run = async (args: string[]): Promise<Out> => JSON.parse((await runCli(['validate', ...args, '--pfx-password-file', 'password.txt', '--json'], { cwd: dir })).stdout) as Out;
    for (const args of [['--cert', 'site/fullchain.pem', '--key', 'site/privkey.pem'], ['site'], ['--cert', 'site/fullchain.pem', '--key', 'key.der'], ['--cert', 'site/fullchain.pem', '--key', 'legacy.key']]) {
      const r = await run(args);
      expect([args, r.valid, r.findings.map((f) => `${f.rule} ${f.severity}`)]).toEqual([args, true, ['input-converted info']]);
      expect(r.findings[0]!.message).toMatch(/^(site\/privkey\.pem|key\.der|legacy\.key) holds a password-protected private key, opened with the password given \(--pfx-password-file or SCM_PFX_PASSWORD\); it is read, and sent, without the password, as SCM needs it$/);
    }
    const zh = await runCli(['validate', 'site', '--lang', 'zh'], { cwd: dir, env: { SCM_PFX_PASSWORD: 'secret' } });
    expect([zh.code, zh.stdout]).toEqual([0, expect.stringContaining('site/privkey.pem 中是有密码保护的私钥，已用所给的密码（--pfx-password-file 或 SCM_PFX_PASSWORD）打开')]);
  });

  it('a wrong password: key-encrypted saying so (exit 1); none: as before', async () => {
    const r = await runCli(['validate', '--cert', 'site/fullchain.pem', '--key', 'site/privkey.pem', '--pfx-password-file', 'wrong.txt', '--json'], { cwd: dir });
    const out = JSON.parse(r.stdout) as Out;
    expect([r.code, out.findings.map((f) => f.rule)]).toEqual([1, ['key-encrypted']]);
    expect(out.findings[0]!.message).toBe('site/privkey.pem holds an encrypted PKCS#8 private key (protected by a password), and the password given (--pfx-password-file or SCM_PFX_PASSWORD) does not open it');
    const legacy = JSON.parse((await runCli(['validate', '--cert', 'site/fullchain.pem', '--key', 'legacy.key', '--json'], { cwd: dir, env: { SCM_PFX_PASSWORD: 'nope' } })).stdout) as Out;
    expect(legacy.findings.map((f) => f.message)).toEqual(['legacy.key holds a PKCS#1 RSA private key (protected by a password), and the password given (--pfx-password-file or SCM_PFX_PASSWORD) does not open it']);
    const none = JSON.parse((await runCli(['validate', '--cert', 'site/fullchain.pem', '--key', 'site/privkey.pem', '--json'], { cwd: dir })).stdout) as Out;
    expect(none.findings[0]!.message).toBe('site/privkey.pem holds an encrypted PKCS#8 private key (protected by a password)');
  });
});
