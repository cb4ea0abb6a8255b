// An encrypted PKCS#8 private key (cases/rsa.encrypted-pkcs8.key, password "secret", and its DER form) with its
// password given as for a .pfx (--pfx-password-file FILE, SCM_PFX_PASSWORD): before, the password was silently
// ignored and the key said to be encrypted, its fix asking for the password again. Now it opens the key: one info
// finding (input-converted), the key matched and sent without the password (upload's payload); a wrong password is
// key-encrypted saying the password given does not open it. Through the built binary, en and zh.
import { mkdirSync, mkdtempSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('no password given: the fix names both ways, the password as for a .pfx and openssl (en, zh; standard input too)', async () => {
    type Fixed = { findings: { rule: string; fix: string }[] };
    const fix = async (args: string[], input?: Buffer): Promise<string> => (JSON.parse((await runCli(['validate', '--cert', 'site/fullchain.pem', ...args, '--json'], { cwd: dir, ...(input ? { input } : {}) })).stdout) as Fixed).findings.find((f) => f.rule === 'key-encrypted')!.fix;
    expect(await fix(['--key', 'site/privkey.pem'])).toBe('Give its password as for a .pfx (the first line of a file given with --pfx-password-file FILE, or SCM_PFX_PASSWORD): scm opens the key with it and sends it without the password. Or remove the password first: `openssl pkey -in site/privkey.pem -out site/privkey.pem.dec` asks for it and writes the key without it beside the encrypted one (mode 600, keep it private); then use site/privkey.pem.dec as the key (a bundle folder finds it there).');
    expect(await fix(['--key', 'key.der', '--lang', 'zh'])).toBe('请像 .pfx 一样提供它的密码（写在文件第一行并用 --pfx-password-file 文件 传入，或设置 SCM_PFX_PASSWORD）：scm 会用它打开私钥，并以去掉密码后的形式发送。或者先去掉密码：`openssl pkey -in key.der -out key.der.dec` 会询问密码，并在加密私钥旁写出未加密的私钥（权限 600，请妥善保管）；然后把 key.der.dec 作为私钥使用（证书目录会在原处找到它）。');
    expect(await fix(['--key', '-'], readFileSync(join(dir, 'site', 'privkey.pem')))).toBe('Give its password as for a .pfx (SCM_PFX_PASSWORD, or the first line of a file given with --pfx-password-file FILE): scm opens the key with it and sends it without the password. Or remove the password first: `openssl pkey -in encrypted.key -out plain.key` (keep plain.key private, mode 600).');
  });

  it('--help says --key may be encrypted when its password is given (en, zh), not "unencrypted" alone', async () => {
    const en = await runCli(['validate', '--help'], { cwd: dir });
    expect(en.stdout.replace(/\s+/g, ' ')).toContain('--key <file> private key (PEM or DER; PKCS#1, PKCS#8 or SEC1; unencrypted, or opened with the password of --pfx-password-file or $SCM_PFX_PASSWORD)');
    const zh = await runCli(['upload', '--help', '--lang', 'zh'], { cwd: dir });
    expect(zh.stdout.replace(/\s+/g, '')).toContain('私钥文件（PEM或DER；PKCS#1、PKCS#8或SEC1；未加密，或用--pfx-password-file或$SCM_PFX_PASSWORD中的密码打开）');
  });
});
