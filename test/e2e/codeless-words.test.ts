// An error body with words and no code ({"message":"certificate not found"}, as a proxy or another service
// answers) read "SCM rejected reading the certificate: no error code certificate not found (HTTP 404)" (Chinese
// "无错误码 certificate not found"), as if "no error code" were part of the server's words. The words come first
// now, and the missing code is said beside the status; --json keeps error_code null and error_msg the words.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('codeless-words', { bundle: false });
const { run } = cliRecorder(() => t.env());
const SAID = 'certificate not found';

describe('an error body with a message and no code', () => {
  it('says the words, then "no error code" beside the status (en, zh, --json)', async () => {
    await t.emu.fault({ op: 'show', times: 3, answer: { status: 404, body: { message: SAID } } });
    const r = await run(['show', 'scs1700000000001', '--retries', '0']);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(new RegExp(`scm: SCM rejected reading the certificate: ${SAID} \\(HTTP 404, no error code(, request id [0-9a-f]+)?\\)\\n`));
    const z = await run(['show', 'scs1700000000001', '--retries', '0', '--lang', 'zh']);
    expect(z.code, z.stderr).toBe(4);
    expect(z.stderr).toMatch(new RegExp(`scm: SCM 拒绝了读取证书：${SAID}（HTTP 404，无错误码(，请求 ID [0-9a-f]+)?）\\n`));
    const j = await run(['show', 'scs1700000000001', '--retries', '0', '--json']);
    const error = JSON.parse(j.stderr.trim().split('\n').pop()!).error;
    expect([j.code, error.error_code, error.error_msg, error.status]).toEqual([4, null, SAID, 404]);
    expect(error.message).toMatch(new RegExp(`^SCM rejected reading the certificate: ${SAID} \\(HTTP 404, no error code`));
  });
});
