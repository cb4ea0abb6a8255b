// `scm explain` of a pasted gateway error: APIGW.0201 means a malformed request with 400 but a backend failure
// with 502 or 504 (retry, exit 5). A pasted body, curl -i output or scm's own error line says which: the
// explanation is the one for that status, never "send valid request parameters" for a backend timeout.
import { describe, expect, it } from 'vitest';
import { extractCodes } from '../../src/core/catalogue/index.js';
import { runCli } from '../helpers/run-cli.js';

describe('explain - at the status the pasted text gives', () => {
  it.each([
    ['a body whose message is the 504 one', '{"error_msg":"Backend timeout.","error_code":"APIGW.0201","request_id":"r"}', 504],
    ['scm\'s own error line', 'scm: SCM could not complete listing certificates: APIGW.0201 Backend unavailable. (HTTP 502)', 502],
    ['curl -i output', 'HTTP/1.1 504 Gateway Timeout\nContent-Type: application/json\n\n{"error_code":"APIGW.0201","error_msg":"Backend timeout","request_id":"r"}\n', 504],
  ])('%s', async (_what, text, status) => {
    const r = await runCli(['explain', '-', '--json'], { input: text });
    expect(r.code, r.stderr).toBe(0);
    const [x] = JSON.parse(r.stdout) as Array<{ status: number; exitCode: number; message: { en: string }; otherStatuses: Array<{ status: number }> }>;
    expect(x!.status).toBe(status);
    expect(x!.exitCode).toBe(5);
    expect(x!.message.en).toBe(status === 504 ? 'Backend timeout.' : 'Backend unavailable.');
    // The code's first status is still there, among the others.
    expect(x!.otherStatuses.map((o) => o.status)).toContain(400);
    expect(x!.otherStatuses.map((o) => o.status)).not.toContain(status);
  });

  it('says so in text, in Chinese too', async () => {
    const r = await runCli(['explain', '-', '--lang', 'zh'], { input: '{"error_msg":"Backend timeout.","error_code":"APIGW.0201"}' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('APIGW.0201 · HTTP 504 · 退出码 5');
    expect(r.stdout).toContain('后端超时');
    expect(r.stdout).not.toContain('使用合法的请求参数');
  });

  it('keeps the 400 reading when the text names no other status, and reads a status only for such codes', () => {
    expect(extractCodes('{"error_code":"APIGW.0201","error_msg":"Request is not valid."}')).toEqual([{ code: 'APIGW.0201', message: 'Request is not valid.' }]);
    expect(extractCodes('SCM.0014 mismatch (HTTP 400)')).toEqual([{ code: 'SCM.0014' }]);
    // Two statuses in a log and none on the code's line: neither is taken.
    expect(extractCodes('HTTP 502 first\nAPIGW.0201 again\nHTTP 504 later')).toEqual([{ code: 'APIGW.0201' }]);
    expect(extractCodes('APIGW.0201 on a line of its own\nHTTP/1.1 413 Request Entity Too Large')).toEqual([{ code: 'APIGW.0201', status: 413 }]);
  });
});

describe('explain --status lists the codes the API answers with that status', () => {
  // APIGW.0201 is published with 413, 414, 494, 502 and 504 besides 400: --status 504 said "no code has HTTP status 504".
  it('includes a code published with the status among others, with its text at that status', async () => {
    const r = await runCli(['explain', '--status', '504']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').slice(1)).toEqual([expect.stringMatching(/^APIGW\.0201 +504 +Backend timeout\.$/)]);
    const zh = await runCli(['explain', '--status', '502', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/APIGW\.0201 +502 +后端不可用\n/);
    expect(zh.stdout).toMatch(/APIGW\.0610 +502 /);
    const json = await runCli(['explain', '--status', '413', '--json']);
    expect((JSON.parse(json.stdout) as Array<{ code: string; status: number; exitCode: number }>).map((x) => [x.code, x.status, x.exitCode])).toEqual([['APIGW.0201', 413, 4]]);
    // --list alone is unchanged: each code once, at its first status.
    expect((await runCli(['explain', '--list'])).stdout).toMatch(/APIGW\.0201 +400 +API request error\.\n/);
  });
});
