// `scm check --expect` with a fingerprint as people paste it (openssl's `sha256 Fingerprint=AB:CD...`, bare hex in
// either case, SHA-1 or SHA-256), through the built binary: compared with the leaf as an id or a file would be.
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const print = (file: string, algo: string): string => execFileSync('openssl', ['x509', '-in', fixture(file), '-noout', '-fingerprint', `-${algo}`], { encoding: 'utf8' }).trim();

describeFixtures('scm check --expect FINGERPRINT', () => {
  it('every pasted form of the leaf\'s SHA-1 or SHA-256 matches (exit 0); another certificate\'s is a mismatch (exit 1)', async () => {
    const sha256 = print('bundles/rsa-ok/cert.pem', 'sha256');
    const sha1 = print('bundles/rsa-ok/cert.pem', 'sha1');
    const bare = (line: string): string => line.split('=')[1]!;
    const forms = [sha256, sha1, bare(sha256), bare(sha1).toLowerCase(), bare(sha256).replace(/:/g, ''), bare(sha1).replace(/:/g, ' ').toLowerCase()];
    for (const form of forms) {
      const r = await runCli(['check', fixture('bundles/rsa-ok'), '--expect', form, '--json']);
      expect([form, r.code, r.stderr]).toEqual([form, 0, '']);
      expect(JSON.parse(r.stdout).targets[0].expect).toMatchObject({ matches: true });
    }
    const other = bare(print('bundles/ec-ok/cert.pem', 'sha256'));
    const r = await runCli(['check', fixture('bundles/rsa-ok'), '--expect', other]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`expected ${other.replace(/:/g, '').toLowerCase()}`);
  });

  it('a prefix naming the other algorithm, or a length that is neither, is not a fingerprint (read as a file: exit 2)', async () => {
    const wrong = print('bundles/rsa-ok/cert.pem', 'sha256').replace('sha256', 'SHA1');
    for (const value of [wrong, 'ab:cd:ef']) {
      const r = await runCli(['check', fixture('bundles/rsa-ok'), '--expect', value]);
      expect([value, r.code]).toEqual([value, 2]);
    }
  });

  it('one cut short (a wrapped line pasted in part) says what a fingerprint has, not only "no such file"; in Chinese too', async () => {
    const half = print('bundles/rsa-ok/cert.pem', 'sha256').slice(0, 50);
    const bare = half.split('=')[1]!;
    const digits = bare.replace(/:/g, '').length;
    const r = await runCli(['check', fixture('bundles/rsa-ok'), '--expect', half]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`scm: cannot read ${half}: no such file; '${half}' is not a fingerprint either: a SHA-256 fingerprint has 64 hex digits, this has ${digits}\n`);
    const wrong = print('bundles/rsa-ok/cert.pem', 'sha256').replace('sha256', 'SHA1');
    const named = await runCli(['check', fixture('bundles/rsa-ok'), '--expect', wrong]);
    expect(named.stderr).toContain(`'${wrong}' is not a fingerprint either: a SHA-1 fingerprint has 40 hex digits, this has 64`);
    const zh = await runCli(['check', fixture('bundles/rsa-ok'), '--expect', bare, '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, `scm: 无法读取 ${bare}：文件不存在；“${bare}”也不是指纹：SHA-1 指纹有 40 位十六进制数字，SHA-256 指纹有 64 位，它有 ${digits} 位\n`]);
  });
});
