// A .pfx/.p12 cut off in transfer (a download that stopped, an upload form's size limit), through the built binary.
// Before, --pfx said it was no PKCS#12 file and to pass PEM with --cert/--key instead, and given as a file or in a
// folder it was 'binary DER data that stops short' (cert-unparsable) plus key-empty 'holds no private key', two
// findings for one cause, a file that may well hold the key. It is now one input error (exit 2) wherever it is
// given (--cert too, where a whole one is sent to --pfx), saying it is a PKCS#12 file cut short and to fetch it again,
// as any other PKCS#12 scm cannot open is. In a bundle folder whose other files hold the leaf and the key, it is
// left out with an input-ignored finding, as a .pfx its password did not open is (given as an argument, not).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
const ENV = (): Record<string, string> => ({ HOME: dir, XDG_CONFIG_HOME: dir, SCM_PFX_PASSWORD: 'secret' });
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describeFixtures('a PKCS#12 file cut short', () => {
  let size = 0;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-pfx-cut-'));
    const whole = readFileSync(fixture('pfx/rsa.pfx'));
    size = whole.length;
    writeFileSync(join(dir, 'site.pfx'), whole.subarray(0, 1500));
    mkdirSync(join(dir, 'IIS'));
    writeFileSync(join(dir, 'IIS', 'www.example.com.pfx'), whole.subarray(0, 1500));
    // lego's folder, its .pfx exported by openssl from its own PEM files and then cut off in transfer.
    const lego = fixture('bundles/layouts/lego');
    mkdirSync(join(dir, 'lego'));
    for (const f of ['www.example.com.crt', 'www.example.com.key']) copyFileSync(join(lego, f), join(dir, 'lego', f));
    const pfx = join(dir, 'exported.pfx');
    execFileSync('openssl', ['pkcs12', '-export', '-in', join(lego, 'www.example.com.crt'), '-inkey', join(lego, 'www.example.com.key'), '-out', pfx, '-passout', 'pass:secret']);
    exported = readFileSync(pfx).length;
    writeFileSync(join(dir, 'lego', 'www.example.com.pfx'), readFileSync(pfx).subarray(0, 1000));
  });
  let exported = 0;

  const SAID = (source: string): string => `scm: ${source} is a PKCS#12 (.pfx/.p12) file that stops short (it says ${size} bytes, the file has 1500): it was cut off in transfer`;

  it.each([
    [['--pfx', 'site.pfx'], 'site.pfx'],
    [['site.pfx'], 'site.pfx'],
    [['IIS'], 'IIS/www.example.com.pfx'],
    [['--cert', 'site.pfx', '--key', 'site.pfx'], 'site.pfx'],
  ])('validate %j: one input error naming it a PKCS#12 file cut short, exit 2', async (args, source) => {
    const r = await runCli(['validate', ...args], { cwd: dir, env: ENV() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(SAID(source));
    expect(lines[1]).toBe('hint: download or export it again, copied as binary (an FTP transfer in ASCII mode or a text editor damages it); nothing in it can be read as it is');
  });

  it('in Chinese too', async () => {
    const r = await runCli(['validate', '--pfx', 'site.pfx', '--lang', 'zh'], { cwd: dir, env: ENV() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `scm: site.pfx 是不完整的 PKCS#12（.pfx/.p12）文件（声明长度 ${size} 字节，文件只有 1500 字节）：文件在传输中被截断了`,
      '提示：请重新下载或导出该文件，并以二进制方式复制（ASCII 模式的 FTP 传输或文本编辑器会损坏它）；文件现在的内容无法读取',
    ]);
  });

  it('in a folder whose other files hold the leaf and the key: left out (input-ignored, info), validated from the others, exit 0 (en and zh)', async () => {
    const r = await runCli(['validate', 'lego', '--json'], { cwd: dir, env: ENV() });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ valid: true, certificate: { subject: 'CN=www.example.com' } });
    expect(doc.findings).toEqual([{
      rule: 'input-ignored', severity: 'info', code: null,
      message: `lego/www.example.com.pfx was left out: it is a PKCS#12 (.pfx/.p12) file cut short (it says ${exported} bytes, the file has 1000), and the other files hold the certificate and the private key`,
      fix: 'Nothing to do: the other files hold what is uploaded. To have it read too, download or export it again, copied as binary (an FTP transfer in ASCII mode or a text editor damages it).',
    }]);
    const zh = await runCli(['validate', 'lego', '--lang', 'zh'], { cwd: dir, env: ENV() });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(`lego/www.example.com.pfx 未被读取：它是被截断的 PKCS#12（.pfx/.p12）文件（声明长度 ${exported} 字节，文件只有 1000 字节），而其他文件中已有证书和私钥`);
  });

  it('the same files given as arguments: the cut .pfx stays the input error, exit 2', async () => {
    const r = await runCli(['validate', 'lego/www.example.com.crt', 'lego/www.example.com.key', 'lego/www.example.com.pfx'], { cwd: dir, env: ENV() });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`scm: lego/www.example.com.pfx is a PKCS#12 (.pfx/.p12) file that stops short (it says ${exported} bytes, the file has 1000): it was cut off in transfer`);
  });
});
