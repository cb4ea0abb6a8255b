// Through the built binary: an old certificate id mistyped in `scm rotate OLD --to NEW` (a digit missing, a
// stray character) was read as a bundle folder for the new certificate, and scm answered "give the new
// certificate one way" (or "give one bundle folder"), which sends the user looking at --to. It now names the
// argument: one that looks like an id (scs and digits) is said not to be one; another, beside --to, is said to
// have been read as a bundle folder. Exit 2 (usage), nothing sent: no endpoint or credentials are needed.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const NEW = 'scs1700000000001';

describe('scm rotate with a mistyped old id', () => {
  it('says that scs and too few digits is not a certificate id (en and zh)', async () => {
    const en = await runCli(['rotate', 'scs170000000000', '--to', NEW]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    // With the hint every command gives for a malformed id (push, deploy, show, delete, export, notify).
    expect(en.stderr).toBe("scm: 'scs170000000000' is not a certificate id: scs followed by 13 digits, such as scs1700000000000\nhint: pass the ID that `scm upload` printed, such as scs1700000000000 (16 characters, no spaces)\n");
    const zh = await runCli(['rotate', 'scs170000000000', '--to', NEW, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('scm: “scs170000000000”不是证书 ID：应为 scs 加 13 位数字，例如 scs1700000000000\n提示：请传入 `scm upload` 输出的证书 ID，例如 scs1700000000000（共 16 个字符，不含空格）\n');
    const json = await runCli(['rotate', 'scs170000000000', '--to', NEW, '--json']);
    expect(JSON.parse(json.stderr).error).toMatchObject({ type: 'UsageError', exitCode: 2, code: 'SCM.0020', hint: 'pass the ID that `scm upload` printed, such as scs1700000000000 (16 characters, no spaces)' });
  });

  it('--to that is no certificate id: said as push and deploy say it, with their hint (en and zh)', async () => {
    const en = await runCli(['rotate', 'scs1700000000002', '--to', 'scs17']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe("scm: 'scs17' given with --to is not a certificate id: scs followed by 13 digits, such as scs1700000000000\nhint: pass the ID that `scm upload` printed, such as scs1700000000000 (16 characters, no spaces)\n");
    const zh = await runCli(['rotate', 'scs1700000000002', '--to', 'scs17', '--lang', 'zh']);
    expect(zh.stderr).toBe('scm: --to 给出的“scs17”不是证书 ID：应为 scs 加 13 位数字，例如 scs1700000000000\n提示：请传入 `scm upload` 输出的证书 ID，例如 scs1700000000000（共 16 个字符，不含空格）\n');
  });

  it('says so too among several old ids, instead of asking for one bundle folder', async () => {
    const r = await runCli(['rotate', 'scs1700000000002', 'SCS1700000000003', 'scs17000000000044', '--to', NEW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scm: 'SCS1700000000003' is not a certificate id/);
  });

  it('beside --to, names the argument read as a bundle folder (en and zh)', async () => {
    const en = await runCli(['rotate', 'old-cert', '--to', NEW]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^scm: give the new certificate one way: --to scs1700000000001 or the bundle folder old-cert \('old-cert' is not a certificate id, scs followed by 13 digits, so it was read as a bundle folder\)\n/);
    const zh = await runCli(['rotate', 'old-cert', '--to', NEW, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/^scm: 新证书只能用一种方式给出：--to scs1700000000001 或证书目录 old-cert（“old-cert”不是证书 ID（scs 加 13 位数字），因此被当作证书目录读取）\n/);
  });

  it('the id given with --to among the old ids: refused offline (exit 2, nothing sent), saying what to do (en and zh)', async () => {
    const en = await runCli(['rotate', 'scs1700000000002', NEW, '--to', NEW], { env: { SCM_ENDPOINT: 'http://127.0.0.1:9', HUAWEICLOUD_SDK_AK: '', HUAWEICLOUD_SDK_SK: '' } });
    expect(en.code, en.stderr).toBe(2);
    expect(en.stderr).toBe(`scm: ${NEW} is both the new certificate and an old one\nhint: the old ids are the certificates to replace: leave ${NEW} out (with --domain, the new certificate is never among the old ones)\n`);
    const zh = await runCli(['rotate', NEW, '--to', ` ${NEW}`, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`提示：旧证书 ID 是要被替换的证书：请去掉 ${NEW}（使用 --domain 时，新证书不会被算作旧证书）`);
  });
});
