// `scm explain` end to end: the built binary, as scripts call it.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('scm explain CODE', () => {
  it.each(['SCM.0014', 'scm.0014', 'SCM0014', '0014', '14'])('explains %s', async (form) => {
    const r = await runCli(['explain', form]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SCM.0014');
    expect(r.stdout).toContain('The uploaded certificate does not match the private key.');
    expect(r.stdout).toMatch(/Fix\s+Pass the certificate together with its own private key/);
    expect(r.stdout).toContain('key-mismatch');
    expect(r.stderr).toBe('');
  });

  it('is also reachable as explain-error and explains several codes at once', async () => {
    const r = await runCli(['explain-error', 'SCM.0010', '13']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SCM.0010');
    expect(r.stdout).toContain('SCM.0013');
    expect(r.stdout).toMatch(/403 instead of 400/);
  });

  it('explains a validate rule id', async () => {
    const r = await runCli(['explain', 'key-mismatch']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SCM.0014');
    expect(r.stdout).toMatch(/Rule\s+key-mismatch \(error\)/);
  });

  it('prints Chinese with --lang zh and by default under a zh_* locale', async () => {
    const flag = await runCli(['explain', '14', '--lang', 'zh']);
    const locale = await runCli(['explain', '14'], { env: { LANG: 'zh_CN.UTF-8' } });
    for (const r of [flag, locale]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('上传证书和私钥不匹配');
      expect(r.stdout).toMatch(/原因\s+私钥与证书中的公钥不是一对。/);
      expect(r.stdout).toMatch(/解决方法\s+请把证书和它自己的私钥一起上传/);
    }
    const english = await runCli(['explain', '14', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(english.stdout).toContain('does not match the private key');
  });

  it('links the upload FAQ codes to the English page in English and the Chinese page in Chinese', async () => {
    const codes = ['SCM.0053', 'SCM.0054', 'SCM.0079', 'SCM.0109', 'SCM.0114'];
    const en = await runCli(['explain', ...codes]);
    const zh = await runCli(['explain', ...codes, '--lang', 'zh']);
    expect(en.stdout.match(/https:\S+/g)).toEqual(codes.map(() => 'https://support.huaweicloud.com/intl/en-us/ccm_faq/ccm_01_0397.html'));
    expect(zh.stdout.match(/https:\S+/g)).toEqual(codes.map(() => 'https://support.huaweicloud.com/ccm_faq/ccm_01_0397.html'));
  });

  it('rejects an unknown --lang with exit 2', async () => {
    const r = await runCli(['explain', '14', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lang/);
  });
});

describe('codes as they are copied', () => {
  it('a trailing full stop or comma, quotes, and full-width input from a Chinese IME (NFKC) find the code', async () => {
    const ref = (await runCli(['explain', 'SCM.0014'])).stdout;
    for (const q of ['SCM.0014.', 'SCM.0014,', 'SCM.0014。', '\u201cSCM.0014\u201d\uff0c', '(SCM.0014)', '\uff33\uff23\uff2d.\uff10\uff10\uff11\uff14', 'SCM\uff0e0014', '14.']) {
      const r = await runCli(['explain', q]);
      expect([r.code, r.stderr, r.stdout], q).toEqual([0, '', ref]);
    }
    const rule = await runCli(['explain', '\uff4b\uff45\uff59-mismatch.']);
    expect([rule.code, rule.stdout]).toEqual([0, (await runCli(['explain', 'key-mismatch'])).stdout]);
  });
});

describe('unknown codes', () => {
  it('suggests the nearest codes and exits 1', async () => {
    const r = await runCli(['explain', 'SCM.0041']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^scm: unknown error code 'SCM.0041' \(did you mean .*SCM\.0014.*\?\)\nhint: 'scm explain --list' lists every known code\n$/);
  });

  it('still explains the known codes and exits 0 when only some are unknown', async () => {
    const r = await runCli(['explain', '14', 'SCM.9999']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SCM.0014');
    // No near spelling: the codes of its family nearest in number (the contract: the nearest known codes).
    expect(r.stderr).toBe("warning: unknown error code 'SCM.9999' (did you mean SCM.4002, SCM.4001, SCM.1010?)\nhint: 'scm explain --list' lists every known code\n");
  });

  it.each(['SCM.12345', '12345', 'scm-00099'])('a code with a digit too many (%s) still gets its family\'s nearest codes, text and --json', async (query) => {
    const r = await runCli(['explain', query]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^scm: unknown error code '${query}' \\(did you mean SCM\\.\\d{4}, SCM\\.\\d{4}, SCM\\.\\d{4}\\?\\)\n`));
    const j = await runCli(['explain', query, '--json']);
    expect(j.code).toBe(1);
    const error = JSON.parse(j.stderr.trim().split('\n').pop()!).error;
    expect(error).toMatchObject({ type: 'UnknownCode', query });
    expect(error.suggestions).toHaveLength(3);
  });

  it('points to the list in Chinese too', async () => {
    const r = await runCli(['explain', 'SCM.9999', '--lang', 'zh']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("scm: 未知错误码“SCM.9999”（是不是要查 SCM.4002、SCM.4001、SCM.1010？）\n提示：`scm explain --list` 可列出所有已知的错误码\n");
  });

  it('without any code is a usage error (exit 2)', async () => {
    const r = await runCli(['explain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing error code/);
  });
});

describe('scm explain - (stdin)', () => {
  it('explains the code of an API error body and shows what the server said', async () => {
    const body = JSON.stringify({ error_code: 'SCM.0013', error_msg: 'The uploaded certificate chain failed to be resolved.' });
    const r = await runCli(['explain', '-'], { input: body });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SCM.0013');
    expect(r.stdout).toMatch(/Server said\s+The uploaded certificate chain failed to be resolved\./);
  });

  it('explains a nested body and every code in a log', async () => {
    const nested = await runCli(['explain', '-', '--json'], { input: '{"error":{"error_code":"SCM.0012","error_msg":"x"}}' });
    expect(JSON.parse(nested.stdout).map((x: { code: string }) => x.code)).toEqual(['SCM.0012']);
    const log = await runCli(['explain', '-', '--json'], { input: 'upload failed: SCM.0014\nlater APIG.0301 from the gateway\n' });
    expect(JSON.parse(log.stdout).map((x: { code: string }) => x.code)).toEqual(['SCM.0014', 'APIGW.0301']);
  });

  it('says so when stdin holds no code (exit 2)', async () => {
    const r = await runCli(['explain', '-'], { input: 'nothing to see here' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no error code found in standard input/);
  });
});

describe('scm explain TEXT (an error body or a sentence pasted as the argument)', () => {
  it('explains the code of an API error body given as the argument, with what the server said', async () => {
    const r = await runCli(['explain', '{"error_code":"SCM.0013","error_msg":"The uploaded certificate chain failed to be resolved."}']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('SCM.0013');
    expect(r.stdout).toMatch(/Server said\s+The uploaded certificate chain failed to be resolved\./);
  });

  it('explains every code inside a sentence copied from a log, in both languages', async () => {
    const r = await runCli(['explain', 'upload failed: SCM.0014 (HTTP 400), then APIG.0301', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { code: string }) => x.code)).toEqual(['SCM.0014', 'APIGW.0301']);
    const zh = await runCli(['explain', '上传失败：SCM.0014', '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([0, '']);
    expect(zh.stdout).toContain('上传证书和私钥不匹配');
  });

  it('text without any code is still unknown (exit 1)', async () => {
    const r = await runCli(['explain', 'it failed again']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown error code 'it failed again'");
  });
});

describe('scm explain CDN.00010198 (CDN without its agency to read SCM, issue 12)', () => {
  it('explains it as the CDN permission of SCM.0212, with where to grant it, in both languages', async () => {
    const r = await runCli(['explain', 'CDN.00010198']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^SCM\.0212 /);
    expect(r.stdout).toContain('granted in the CDN console; without it CDN answers CDN.00010198');
    const zh = await runCli(['explain', 'cdn.00010198', '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([0, '']);
    // The words CDN answers with, as the English quotes them: what a Chinese reader sees in the failure row too.
    expect(zh.stdout).toContain('（在 CDN 控制台授权）；缺少时 CDN 会返回 CDN.00010198（`Insufficient permission to access scm`），部署到 CDN 时也是如此');
  });

  it('is found in a deployment failure row or an error body too', async () => {
    const row = await runCli(['explain', '-', '--json'], { input: 'CDN  global  www.example.com  failed  CDN.00010198 Insufficient permission to access scm.\n' });
    expect([row.code, JSON.parse(row.stdout).map((x: { code: string }) => x.code)]).toEqual([0, ['SCM.0212']]);
    const body = await runCli(['explain', '{"error_code":"CDN.00010198","error_msg":"Insufficient permission to access scm."}']);
    expect(body.code).toBe(0);
    expect(body.stdout).toMatch(/Server said\s+Insufficient permission to access scm\./);
  });
});

describe('--json', () => {
  it('prints an array with the contract fields', async () => {
    const r = await runCli(['explain', '14', 'APIGW.0301', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({
      schemaVersion: 1,
      code: 'SCM.0014',
      status: 400,
      message: { zh: '上传证书和私钥不匹配', en: 'The uploaded certificate does not match the private key.' },
      description: { zh: '私钥与证书中的公钥不是一对。' },
      fix: { zh: expect.stringMatching(/^请把证书和它自己的私钥一起上传/) },
      // The user's table row, verbatim.
      seed: { message: '上传证书和私钥不匹配', description: '上传证书和私钥不匹配', fix: '请传递正确的证书和私钥' },
      exitCode: 4,
    });
    expect(out[0]).not.toHaveProperty('seedRemark');
    expect(out[1]).toMatchObject({ code: 'APIGW.0301', status: 401, origin: 'gateway', exitCode: 3 });
  });

  it('reports unknown codes as JSON on stderr', async () => {
    const r = await runCli(['explain', 'SCM.0041', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
    const err = JSON.parse(r.stderr);
    expect(err.error.type).toBe('UnknownCode');
    expect(err.error.suggestions).toContain('SCM.0014');
    expect(err.error).toMatchObject({ message: "unknown error code 'SCM.0041'", hint: "'scm explain --list' lists every known code" });
  });

  it('explain -: the server\'s own words are shown with their control characters escaped', async () => {
    const r = await runCli(['explain', '-'], { input: '{"error_code":"SCM.0014","error_msg":"x\\u001b[2J\\u202ey"}' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('x\\1B[2J\\u202Ey');
    expect(r.stdout).not.toMatch(/[\x1b\u202e]/);
  });

  it('known and unknown codes together: exit 0, and the unknown ones are a warning, never an error object', async () => {
    const j = await runCli(['explain', 'SCM.0014', 'SCM.9999', '--json']);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout).map((x: { code: string }) => x.code)).toEqual(['SCM.0014']);
    const line = JSON.parse(j.stderr);
    expect(line).not.toHaveProperty('error');
    expect(line.warning).toMatchObject({ type: 'UnknownCode', message: "unknown error code 'SCM.9999'", query: 'SCM.9999' });
    const text = await runCli(['explain', 'SCM.0014', 'SCM.9999']);
    expect(text.code).toBe(0);
    expect(text.stderr).toMatch(/^warning: unknown error code 'SCM\.9999'/m);
    expect(text.stderr).not.toMatch(/^scm: /m);
  });

  it('several unknown codes in --json: plain English (and Chinese), the same hint as the text', async () => {
    const en = JSON.parse((await runCli(['explain', 'SCM.9999', 'SCM.8888', '--json'])).stderr).error;
    expect([en.message, en.hint]).toEqual(["unknown error codes 'SCM.9999', 'SCM.8888'", "'scm explain --list' lists every known code"]);
    const one = JSON.parse((await runCli(['explain', 'NOPE.999', '--json'])).stderr).error;
    expect([one.message, one.hint]).toEqual(["unknown error code 'NOPE.999'", "'scm explain --list' lists every known code"]);
    const zh = JSON.parse((await runCli(['explain', 'SCM.9999', 'SCM.8888', '--json', '--lang', 'zh'])).stderr).error;
    expect([zh.message, zh.hint]).toEqual(['未知错误码“SCM.9999”、“SCM.8888”', "`scm explain --list` 可列出所有已知的错误码"]);
  });
});

describe('--list and --search', () => {
  it('lists every code as a table', async () => {
    const r = await runCli(['explain', '--list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^CODE\s+STATUS\s+MESSAGE$/);
    expect(lines.length).toBeGreaterThan(46);
    expect(r.stdout).toMatch(/^SCM\.0014\s+400\s+The uploaded certificate does not match/m);
  });

  it('filters by HTTP status', async () => {
    const r = await runCli(['explain', '--list', '--status', '401', '--json']);
    const codes = (JSON.parse(r.stdout) as Array<{ code: string; status: number }>);
    expect(codes.map((c) => c.code)).toEqual(expect.arrayContaining(['SCM.1000', 'SCM.1004', 'SCM.1009', 'SCM.1010', 'SCM.4002', 'APIGW.0301']));
    expect(codes.every((c) => c.status === 401)).toBe(true);
  });

  it('searches in English and Chinese', async () => {
    const en = await runCli(['explain', '--search', 'mismatch']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('SCM.0014');
    const zh = await runCli(['explain', '--search', '私钥', '--lang', 'zh']);
    expect(zh.stdout).toContain('SCM.0012');
    expect(zh.stdout).toMatch(/^错误码/);
  });

  it('exits 1 when nothing matches', async () => {
    const r = await runCli(['explain', '--search', 'zebra-unicorn']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no code matches/);
  });
});

describe('colour', () => {
  it('is off when piped, on with FORCE_COLOR', async () => {
    const piped = await runCli(['explain', '14'], { env: { NO_COLOR: undefined } });
    expect(piped.stdout).not.toMatch(/\x1b\[/);
    const forced = await runCli(['explain', '14'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\x1b\[1mSCM\.0014/);
    const noColor = await runCli(['explain', '14', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(/\x1b\[/);
  });
});

describe('one answer per question', () => {
  it('explains a code asked twice in two spellings once', async () => {
    const text = await runCli(['explain', 'SCM.0014', '14', 'scm0014']);
    expect(text.code).toBe(0);
    expect(text.stdout.match(/^SCM\.0014 · /gm)).toHaveLength(1);
    const json = await runCli(['explain', 'SCM.0014', '14', '--json']);
    expect(JSON.parse(json.stdout).map((x: { code: string }) => x.code)).toEqual(['SCM.0014']);
    const unknown = await runCli(['explain', 'SCM.9999', '9999', '14']);
    expect(unknown.stderr.match(/unknown error code/g)).toHaveLength(1);
  });

  it.each(['en', 'zh'])('gives a rule id one fix, the rule\'s own (%s)', async (lang) => {
    const r = await runCli(['explain', 'key-mismatch', '--lang', lang]);
    expect(r.code).toBe(0);
    const label = lang === 'zh' ? '解决方法' : 'Fix';
    const fixes = r.stdout.split('\n').filter((l) => l.trimStart().startsWith(label));
    expect(fixes).toHaveLength(1);
    expect(fixes[0]).toContain(lang === 'zh' ? '请使用与该证书一起生成的私钥' : 'Use the private key generated together with this certificate');
  });
});

describe('--status', () => {
  it('alone lists the codes with that status, as --list --status does', async () => {
    const alone = await runCli(['explain', '--status', '401']);
    const listed = await runCli(['explain', '--list', '--status', '401']);
    expect([alone.code, alone.stderr]).toEqual([0, '']);
    expect(alone.stdout).toBe(listed.stdout);
    const codes = alone.stdout.trim().split('\n').slice(1).map((l) => l.split(/\s+/));
    expect(codes.length).toBeGreaterThanOrEqual(6);
    for (const [code, status] of codes) expect([code, status]).toEqual([expect.stringMatching(/^(SCM|APIGW)\./), '401']);
  });

  it('says so when no code has the status (exit 1)', async () => {
    const r = await runCli(['explain', '--status', '418']);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'scm: no code has HTTP status 418\n']);
    const zh = await runCli(['explain', '--status', '418', '--lang', 'zh']);
    expect(zh.stderr).toBe('scm: 没有 HTTP 状态码为 418 的错误码\n');
  });
});

describe('what the codes mean in practice', () => {
  it('SCM.0008: no such certificate in this account, or another user\'s', async () => {
    const en = await runCli(['explain', 'SCM.0008']);
    expect(en.stdout).toMatch(/Cause\s+There is no certificate with this ID in this account, or it belongs to another user\./);
    const zh = await runCli(['explain', 'SCM.0008', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/原因\s+当前账号下没有这个 ID 的证书，或者证书属于其他用户。/);
  });

  it('SCM.0032 says what a name may be made of, in both languages', async () => {
    const en = await runCli(['explain', '32']);
    expect(en.stdout).toMatch(/Fix\s+Use a name of 3 to 63 characters made of letters, digits, "_", "-" and "\."\./);
    const zh = await runCli(['explain', '32', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/解决方法\s+请使用 3 到 63 个字符的名称，只能包含字母、数字、“_”、“-”和“\.”。/);
    expect(zh.stdout).not.toContain('请填写正确的证书名称');
  });

  it.each(['SCM.0008', 'SCM.0010', 'SCM.0013'])('%s: the table\'s remark for the service\'s developers is in --json only', async (code) => {
    const json = JSON.parse((await runCli(['explain', code, '--json'])).stdout)[0];
    expect(json.seedRemark).toMatch(/[\u4e00-\u9fff]/);
    for (const lang of ['en', 'zh']) {
      const text = (await runCli(['explain', code, '--lang', lang])).stdout;
      expect(text).not.toContain(json.seedRemark);
      expect(text).not.toMatch(/需要修改|是否需要|有地方返回|原表备注|Table remark/);
      // What the remark teaches is kept, as a note.
      expect(text).toMatch(lang === 'zh' ? /说明\s+\S/ : /Note\s+\S/);
    }
  });
});

describe('a pasted body with a code scm does not know', () => {
  // The server's words are all there is to go by: they were dropped, leaving "unknown error code" alone.
  it('says what the server said with it, escaped, in both languages and in --json', async () => {
    const body = '{"error_code":"SCM.0999","error_msg":"Quota of certificates exceeded \\u001b[2J"}';
    const en = await runCli(['explain', '-'], { input: body });
    expect(en.code).toBe(1);
    expect(en.stderr.split('\n')[0]).toBe("scm: unknown error code 'SCM.0999' (did you mean SCM.0009, SCM.0059, SCM.0069?); the server said: Quota of certificates exceeded \\1B[2J");
    const zh = await runCli(['explain', '-', '--lang', 'zh'], { input: body });
    expect(zh.stderr.split('\n')[0]).toMatch(/^scm: 未知错误码“SCM\.0999”.*；服务端返回：Quota of certificates exceeded \\1B\[2J$/);
    const json = await runCli(['explain', '-', '--json'], { input: body });
    expect(JSON.parse(json.stderr).error.unknown).toEqual([{ query: 'SCM.0999', suggestions: ['SCM.0009', 'SCM.0059', 'SCM.0069'], serverMessage: 'Quota of certificates exceeded \u001b[2J' }]);
    // A code typed by hand has no server words to add.
    expect((await runCli(['explain', 'SCM.0999'])).stderr.split('\n')[0]).toBe("scm: unknown error code 'SCM.0999' (did you mean SCM.0009, SCM.0059, SCM.0069?)");
  });
});
