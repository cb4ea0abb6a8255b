// A CA's download given as it comes, not unpacked (www_example_com.zip, a .tar.gz): before, scm read it as a file
// with nothing in it, 'z.zip holds no certificate' (cert-missing) plus 'holds no private key' (key-empty), two
// findings for one cause, or 'binary (DER) data but not an X.509 certificate' as --cert, and never said to unpack
// it. It is now one input error (exit 2) naming it an archive with the command that unpacks it, en and zh. Beside
// the files that hold the leaf and the key (a folder the zip was unpacked into), it is left out, said so (info),
// also when it stores them uncompressed (their bytes whole inside it: they are not 'read there').
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
const ENV = (): Record<string, string> => ({ HOME: dir, XDG_CONFIG_HOME: dir });
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A zip archive of one stored (uncompressed) file: local header, data, central directory, end record. */
function zipOf(name: string, data: Buffer): Buffer {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(10, 4); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(10, 6); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10); end.writeUInt32LE(46 + n.length, 12); end.writeUInt32LE(30 + n.length + data.length, 16);
  return Buffer.concat([local, n, data, central, n, end]);
}

describeFixtures('a CA download given as the archive it came in', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-archive-'));
    const pem = readFileSync(fixture('cases/rsa-fullchain.pem'));
    writeFileSync(join(dir, 'www_example_com.zip'), zipOf('www_example_com.crt', pem));
    writeFileSync(join(dir, 'site.tar.gz'), gzipSync(pem));
    mkdirSync(join(dir, 'unpacked'));
    copyFileSync(fixture('cases/rsa-fullchain.pem'), join(dir, 'unpacked', 'fullchain.pem'));
    copyFileSync(fixture('cases/rsa.key'), join(dir, 'unpacked', 'privkey.pem'));
    copyFileSync(join(dir, 'www_example_com.zip'), join(dir, 'unpacked', 'www_example_com.zip'));
  });

  it.each([
    [['www_example_com.zip'], 'scm: www_example_com.zip is a zip archive (a download not unpacked yet), not a certificate or a key: unpack it with `unzip www_example_com.zip -d www_example_com`, then validate the folder it makes: `scm validate www_example_com`'],
    [['--cert', 'www_example_com.zip', '--key', 'unpacked/privkey.pem'], 'scm: www_example_com.zip is a zip archive (a download not unpacked yet), not a certificate or a key: unpack it with `unzip www_example_com.zip -d www_example_com`, then validate the folder it makes: `scm validate www_example_com`'],
    [['site.tar.gz'], 'scm: site.tar.gz is a gzip archive (a download not unpacked yet), not a certificate or a key: unpack it with `mkdir site && tar -xzf site.tar.gz -C site`, then validate the folder it makes: `scm validate site`'],
  ])('validate %j: one input error that says to unpack it, exit 2', async (args, said) => {
    const r = await runCli(['validate', ...args], { cwd: dir, env: ENV() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')[0]).toBe(said);
  });

  it('in Chinese', async () => {
    const r = await runCli(['validate', 'www_example_com.zip', '--lang', 'zh'], { cwd: dir, env: ENV() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')[0]).toBe('scm: www_example_com.zip 是 zip 压缩包（下载后还没有解压），不是证书或私钥：请先用 `unzip www_example_com.zip -d www_example_com` 解压，再校验解压出的目录：`scm validate www_example_com`');
  });

  it('piped on standard input: no file name to unpack, so it says to save it to a file first, never a name it did not have (en and zh, validate and check)', async () => {
    const zip = readFileSync(join(dir, 'www_example_com.zip'));
    const r = await runCli(['validate', '-'], { cwd: dir, env: ENV(), input: zip });
    expect([r.code, r.stderr.trim().split('\n')[0]]).toEqual([2, 'scm: standard input is a zip archive (a download not unpacked yet), not a certificate or a key: save it to a file, unpack that with `unzip FILE -d FOLDER`, then validate the folder it makes: `scm validate FOLDER`']);
    const zh = await runCli(['validate', '-', '--lang', 'zh'], { cwd: dir, env: ENV(), input: readFileSync(join(dir, 'site.tar.gz')) });
    expect([zh.code, zh.stderr.trim().split('\n')[0]]).toEqual([2, 'scm: 标准输入是 gzip 压缩包（下载后还没有解压），不是证书或私钥：请先把它保存为文件，用 `mkdir 目录 && tar -xzf 文件 -C 目录` 解压，再校验解压出的目录：`scm validate 目录`']);
    const check = await runCli(['check', '-'], { cwd: dir, env: ENV(), input: zip });
    expect(check.code).toBe(2);
    expect(check.stdout).toContain('save it to a file, unpack that with `unzip FILE -d FOLDER`');
    expect(check.stdout + check.stderr).not.toContain('download.zip');
  });

  it('beside the files it held, unpacked: left out, said once (info), the bundle judged', async () => {
    const r = await runCli(['validate', 'unpacked', '--json'], { cwd: dir, env: ENV() });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { valid: boolean; findings: Array<{ rule: string; message: string; fix: string }> };
    expect(report.valid).toBe(true);
    expect(report.findings.filter((f) => f.rule === 'input-ignored').map((f) => [f.message, f.fix])).toEqual([[
      'unpacked/www_example_com.zip was left out: it is an archive (zip), and the other files hold the certificate and the private key',
      'Nothing to do: what it holds is read from the files unpacked beside it. Move it out of the folder if the folder should hold only what is uploaded.',
    ]]);
  });
});
