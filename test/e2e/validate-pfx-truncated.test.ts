// A .pfx/.p12 cut off in transfer (a download that stopped, an upload form's size limit), through the built binary.
// Before, --pfx said it was no PKCS#12 file and to pass PEM with --cert/--key instead, and given as a file or in a
// folder it was 'binary DER data that stops short' (cert-unparsable) plus key-empty 'holds no private key', two
// findings for one cause, a file that may well hold the key. It is now one input error (exit 2) wherever it is
// given (--cert too, where a whole one is sent to --pfx), saying it is a PKCS#12 file cut short and to fetch it again,
// as any other PKCS#12 scm cannot open is.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  });

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
});
