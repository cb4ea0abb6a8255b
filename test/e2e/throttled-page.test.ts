// A 429 without an error code scm knows (a gateway's or proxy's HTML page, a bare "Too Many Requests", nothing at
// all) is said as what it is, the request rate limited, with advice for that: it was 'SCM could not complete ...:
// HTML: 429 Too Many Requests (HTTP 429, no error code)' with the hint 'the service is unavailable; try again
// later'. Exit 5 as any 429, retried as any 429, in both languages. Through the built binary against the emulator.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('throttled-page');
const { run } = cliRecorder(() => t.env());
const PAGE = '<html><head><title>429 Too Many Requests</title></head><body><center><h1>429 Too Many Requests</h1></center><hr><center>nginx</center></body></html>';

describe('a 429 without a code scm knows', () => {
  it('an HTML page: rate limited, the page quoted, the advice to wait; exit 5', async () => {
    await t.emu.fault({ op: 'list', times: 10, answer: { status: 429, body: PAGE } });
    const r = await run(['list', '--retries', '0']);
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toMatch(/^scm: could not read page 1 of the certificate list: SCM could not complete listing certificates: too many requests, the rate is limited \(HTTP 429, no error code, request id [0-9a-f]{32}\)\n {2}server said: HTML: 429 Too Many Requests\nhint: requests came faster than SCM or a gateway in between allows, and scm did not retry \(--retries 0\): wait a minute, then run again, or with a higher --retries\n$/m);
    expect(r.stderr).not.toMatch(/unavailable|cannot read|not valid JSON/);
  });

  it('plain text, retried: the retries spent, the hint says scm retried; the same in Chinese', async () => {
    await t.emu.fault({ op: 'list', times: 10, answer: { status: 429, body: 'Too Many Requests' } });
    const r = await run(['list', '--retries', '1']);
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toMatch(/^list: HTTP 429; retry 1 of 1 in /m);
    expect(r.stderr).toMatch(/too many requests, the rate is limited \(HTTP 429, no error code, request id \w+\)\n {2}server said: Too Many Requests\nhint: requests came faster than SCM or a gateway in between allows: wait a minute, then run again \(scm retries a 429/);
    const zh = await run(['list', '--retries', '0', '--lang', 'zh']);
    expect(zh.code).toBe(5);
    expect(zh.stderr).toMatch(/SCM 未能列出证书：请求过多，已被限流（HTTP 429，无错误码，请求 ID \w+）\n {2}服务端返回：Too Many Requests\n提示：请求频率超过了 SCM 或中间网关的限制，且 scm 没有重试（`--retries 0`）：请等一分钟后再运行/);
  });

  it('an empty 429 on an import: rate limited, nothing stored, no lookup (a 429 did nothing); --json code null', async () => {
    await t.emu.fault({ op: 'import', times: 10, answer: { status: 429 } });
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'throttled', '--retries', '0', '--json']);
    expect(r.code, r.stderr).toBe(5);
    const error = JSON.parse(r.stderr.trim().split('\n').at(-1)!).error;
    expect(error).toMatchObject({ status: 429, error_code: null, operation: 'import' });
    expect(error.message).toMatch(/^SCM could not complete the import: too many requests, the rate is limited \(HTTP 429, no error code, request id \w+\)$/);
    expect(error.hint).toMatch(/^requests came faster than SCM/);
    // The one list page is the look before the import: none after the 429.
    expect((await t.emu.settled()).requests.byOperation).toEqual({ list: 1, import: 1 });
  });
});
