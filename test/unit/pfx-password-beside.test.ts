// A CA's download with a .pfx and its password file beside it (Tencent Cloud and Huawei Cloud's IIS folder:
// keystorePass.txt; Aliyun's: pfx-password.txt): the "needs a password" hint names that file as the
// --pfx-password-file to pass. It is never read on its own: a file the user did not choose is not trusted.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { validateBundle } from '../../src/core/validate/index.js';
import { passwordFileAmong, passwordFilesAmong } from '../../src/core/validate/pfx-password-files.js';
import { readBundleDir } from '../../src/io/bundle-files.js';
import { readBundle } from '../../src/commands/shared/read-bundle.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'scm-pfx-beside-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const ctx = { cwd: tmp, stdin: process.stdin } as Parameters<typeof readBundleDir>[1];
const NOW = new Date('2030-01-01T00:00:00Z');

/** A folder holding the fixture .pfx and `extra` files; its path relative to tmp. */
function folder(name: string, extra: Record<string, string>): string {
  mkdirSync(join(tmp, name), { recursive: true });
  copyFileSync(fixture('pfx/rsa.pfx'), join(tmp, name, 'www.example.com.pfx'));
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(tmp, name, file), text);
  return name;
}

const refusal = (p: Promise<unknown>): Promise<{ message: string; hint?: string }> => p.then(() => ({ message: 'no refusal' }), (e: { message: string; hint?: string }) => e);

it('knows the names CAs give the password file, and nothing else', () => {
  expect(passwordFileAmong(['IIS/www.example.com.pfx', 'IIS/keystorePass.txt'])).toBe('IIS/keystorePass.txt');
  expect(passwordFileAmong(['a/b.pfx', 'a/pfx-password.txt'])).toBe('a/pfx-password.txt');
  expect(passwordFileAmong(['a/b.pfx', 'a/KEYSTOREPASS.TXT'])).toBe('a/KEYSTOREPASS.TXT');
  expect(passwordFileAmong(['a/b.pfx', 'a/notes.txt', 'a/keystorePass.txt.bak', 'a/password.txt'])).toBeUndefined();
  // Aliyun's JKS download: the keystore beside jks-password.txt.
  expect(passwordFileAmong(['aliyun/b.jks', 'aliyun/jks-password.txt'], 'keystore')).toBe('aliyun/jks-password.txt');
  expect(passwordFileAmong(['aliyun/b.jks', 'aliyun/JKS-Password.txt'], 'keystore')).toBe('aliyun/JKS-Password.txt');
  expect(passwordFilesAmong(['a/b.pfx', 'a/jks-password.txt', 'a/x.txt', 'a/KeystorePass.txt', 'a/pfx-password.txt'])).toEqual(['a/jks-password.txt', 'a/KeystorePass.txt', 'a/pfx-password.txt']);
});

it('both of Aliyun\'s downloads in one folder: each kind of file gets its own password file', () => {
  const both = ['a/jks-password.txt', 'a/keystorePass.txt', 'a/pfx-password.txt', 'a/b.jks', 'a/b.pfx'];
  expect(passwordFileAmong(both, 'pkcs12')).toBe('a/pfx-password.txt');
  expect(passwordFileAmong(both)).toBe('a/pfx-password.txt');
  expect(passwordFileAmong(both, 'keystore')).toBe('a/jks-password.txt');
  expect(passwordFileAmong(['a/jks-password.txt', 'a/keystorePass.txt'], 'pkcs12')).toBe('a/keystorePass.txt');
  expect(passwordFileAmong(['a/pfx-password.txt', 'a/keystorePass.txt'], 'keystore')).toBe('a/keystorePass.txt');
  // Only the other kind's file: still the likeliest (a keystore converted from that .pfx keeps its password).
  expect(passwordFileAmong(['a/jks-password.txt'], 'pkcs12')).toBe('a/jks-password.txt');
  expect(passwordFileAmong(['a/pfx-password.txt'], 'keystore')).toBe('a/pfx-password.txt');
});

describeFixtures('a .pfx whose password file lies beside it, and no password given', () => {
  it.each([
    ['Tencent/Huawei IIS', 'IIS', 'keystorePass.txt'],
    ['Aliyun IIS', 'aliyun/IIS', 'pfx-password.txt'],
  ])('%s folder: the hint names %s/%s', async (_, name, file) => {
    const dir = folder(name, { [file]: 'not the password\n' });
    const e = await refusal(readBundleDir(dir, ctx).then((input) => validateBundle(input, { now: NOW })));
    expect(e.message).toBe(`cannot open ${dir}/www.example.com.pfx: it needs a password`);
    expect(e.hint).toBe(`the password is likely in ${dir}/${file}, beside it: pass --pfx-password-file ${dir}/${file} (scm never reads a password file it was not given), or set SCM_PFX_PASSWORD`);
    const z = await refusal(readBundleDir(dir, ctx).then((input) => validateBundle(input, { now: NOW, lang: 'zh' })));
    expect(z.hint).toBe(`密码可能在旁边的 ${dir}/${file} 中：请用 --pfx-password-file ${dir}/${file} 传入（scm 不会自行读取未指定的密码文件），或设置环境变量 SCM_PFX_PASSWORD`);
  });

  it('--pfx FILE: the file beside it is named too', async () => {
    const dir = folder('given', { 'keystorePass.txt': 'x\n' });
    const read = { ...ctx, noInput: true, lang: 'en' as const, stderr: { write: () => {} } };
    const e = await refusal(readBundle([], { pfx: `${dir}/www.example.com.pfx` }, read, undefined).then((input) => validateBundle(input, { now: NOW })));
    expect(e.hint).toBe(`the password is likely in ${dir}/keystorePass.txt, beside it: pass --pfx-password-file ${dir}/keystorePass.txt (scm never reads a password file it was not given), or set SCM_PFX_PASSWORD`);
  });

  it('no such file beside it: the hint stays general', async () => {
    const dir = folder('alone', { 'readme.txt': 'hello\n' });
    const e = await refusal(readBundleDir(dir, ctx).then((input) => validateBundle(input, { now: NOW })));
    expect(e.hint).toBe('set SCM_PFX_PASSWORD or pass --pfx-password-file FILE');
  });
});
