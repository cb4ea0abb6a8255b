// A private key encrypted with a cipher OpenSSL 3 runs only with its legacy provider (`openssl rsa -des`,
// `openssl pkcs8 -v1 PBE-MD5-DES`, `-v2 des`: old how-tos, old Java and Windows exports), through the built binary.
// Before, key-encrypted's fix was `openssl pkey -in KEY -out KEY.dec`, which OpenSSL 3 answers with "unsupported";
// the fix now names the cipher and loads the legacy provider, and the command it gives does decrypt the key.
// A key under AES or 3DES keeps the plain command.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
const LEGACY = ['-provider', 'legacy', '-provider', 'default'];
const openssl = (...args: string[]): Buffer => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });

const fixOf = async (key: string, lang = 'en'): Promise<string> => {
  const r = await runCli(['validate', '--cert', fixture('cases/rsa-fullchain.pem'), '--key', key, '--json', '--lang', lang], { cwd: dir });
  expect(r.code).toBe(1);
  const f = JSON.parse(r.stdout).findings;
  expect(f.map((x: { rule: string }) => x.rule)).toEqual(['key-encrypted']);
  return f[0].fix as string;
};

describeFixtures('a key encrypted with a cipher of OpenSSL 3\'s legacy provider', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-key-legacy-'));
    const key = fixture('cases/rsa.key');
    openssl('pkey', ...LEGACY, '-in', key, '-traditional', '-des', '-passout', 'pass:abc', '-out', 'des.key');
    openssl('pkcs8', ...LEGACY, '-topk8', '-in', key, '-v1', 'PBE-MD5-DES', '-passout', 'pass:abc', '-out', 'pbe-md5-des.key');
    openssl('pkcs8', ...LEGACY, '-topk8', '-in', key, '-v2', 'des', '-passout', 'pass:abc', '-outform', 'DER', '-out', 'v2-des.der');
    openssl('pkcs8', '-topk8', '-in', key, '-v2', 'aes-256-cbc', '-passout', 'pass:abc', '-out', 'aes.key');
    openssl('pkey', '-in', key, '-traditional', '-des3', '-passout', 'pass:abc', '-out', 'des3.key');
  });

  it.each([
    ['des.key', 'DES-CBC'],
    ['pbe-md5-des.key', 'PBE-MD5-DES'],
    ['v2-des.der', 'DES-CBC'],
  ])('%s: the fix names %s and loads the legacy provider, and its command opens the key', async (file, cipher) => {
    const fix = await fixOf(file);
    expect(fix).toBe(`Remove the password first: the key is encrypted with ${cipher}, which OpenSSL 3 reads only with its legacy provider, so \`openssl pkey -provider legacy -provider default -in ${file} -out ${file}.dec\` asks for it and writes the key without it beside the encrypted one (mode 600, keep it private); then use ${file}.dec as the key (a bundle folder finds it there).`);
    const command = /`(openssl [^`]+)`/.exec(fix)![1]!.split(' ');
    openssl(...command.slice(1), '-passin', 'pass:abc');
    const plain = await runCli(['validate', '--cert', fixture('cases/rsa-fullchain.pem'), '--key', `${file}.dec`], { cwd: dir });
    expect(plain.code).toBe(0);
  });

  it('in Chinese, and on standard input', async () => {
    expect(await fixOf('des.key', 'zh')).toContain('该私钥用 DES-CBC 加密，OpenSSL 3 只有加载 `legacy` 提供程序才能读取，因此请用 `openssl pkey -provider legacy -provider default -in des.key -out des.key.dec`');
    const r = await runCli(['validate', '--cert', fixture('cases/rsa-fullchain.pem'), '--key', '-', '--json'], { cwd: dir, input: openssl('pkey', ...LEGACY, '-in', 'des.key', '-passin', 'pass:abc', '-traditional', '-des', '-passout', 'pass:abc') });
    expect(JSON.parse(r.stdout).findings[0].fix).toBe('Remove the password first: the key is encrypted with DES-CBC, which OpenSSL 3 reads only with its legacy provider: `openssl pkey -provider legacy -provider default -in encrypted.key -out plain.key` (keep plain.key private, mode 600).');
  });

  it.each(['aes.key', 'des3.key'])('%s (a cipher of the default provider): the plain command', async (file) => {
    expect(await fixOf(file)).toBe(`Give its password as for a .pfx (the first line of a file given with --pfx-password-file FILE, or SCM_PFX_PASSWORD): scm opens the key with it and sends it without the password. Or remove the password first: \`openssl pkey -in ${file} -out ${file}.dec\` asks for it and writes the key without it beside the encrypted one (mode 600, keep it private); then use ${file}.dec as the key (a bundle folder finds it there).`);
  });
});
