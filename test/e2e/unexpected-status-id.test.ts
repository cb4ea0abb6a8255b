// An answer with a status scm does not expect (a 3xx without a Location, a 1xx-like oddity) is quoted with its
// request id, as every other answer scm cannot use is: its hint says to report it with the request id, which the
// message left out ('SCM answered list with HTTP 302, which scm does not expect'). Both languages, --json too.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('unexpected-status', { bundle: false });
const { run } = cliRecorder(() => t.env());

describe('a status scm does not expect', () => {
  it('302 without a Location on the list: the request id is quoted (text, Chinese, --json), exit 5', async () => {
    await t.emu.fault({ op: 'list', times: 10, answer: { status: 302 } });
    const r = await run(['list', '--retries', '0']);
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toMatch(/^scm: could not read page 1 of the certificate list: SCM answered list with HTTP 302, which scm does not expect \(request id [0-9a-f]{32}\)$/m);
    expect(r.stderr).toMatch(/^hint: .*report it with the request id$/m);
    const zh = await run(['list', '--retries', '0', '--lang', 'zh']);
    expect(zh.stderr).toMatch(/SCM 对列出证书请求的应答是 HTTP 302，scm 没有预料到这种应答（请求 ID [0-9a-f]{32}）$/m);
    await t.emu.fault({ op: 'show', times: 10, answer: { status: 302 } });
    const shown = await run(['show', 'scs1700000000001', '--retries', '0', '--json']);
    const error = JSON.parse(shown.stderr.trim().split('\n').at(-1)!).error;
    expect(error.message).toContain(`(request id ${error.request_id})`);
  });
});
