// A numeric error_code ({"error_code":400,"error_msg":"..."}) is the HTTP status again, not a code: it showed as
// "...: 400 (HTTP 400 ...)" with no hint. It is read as absent now: the server's words, the status, and the hint
// for a refusal that carries no SCM code (en and zh), and --json's error_code is null, through the real binary.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('numeric-error-code', { bundle: false });
const { run } = cliRecorder(() => t.env());

describe('a numeric error_code', () => {
  it('is said as the status and the words, with the no-code hint (en, zh)', async () => {
    await t.emu.fault({ op: 'show', answer: { status: 400, body: { error_code: 400, error_msg: 'bad parameter limit' } } });
    const r = await run(['show', 'scs1700000000001']);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(/bad parameter limit \(HTTP 400, no error code/);
    expect(r.stderr).not.toMatch(/: 400 /);
    expect(r.stderr).toContain('this 400 carries no SCM error code');
    await t.emu.fault({ op: 'show', answer: { status: 400, body: { error_code: 400, error_msg: 'bad parameter limit' } } });
    const zh = await run(['show', 'scs1700000000001', '--lang', 'zh']);
    expect(zh.code, zh.stderr).toBe(4);
    expect(zh.stderr).toContain('这个 400 没有 SCM 错误码');
    expect(zh.stderr).not.toMatch(/：400 /);
    await t.emu.fault({ op: 'show', answer: { status: 400, body: { error_code: 400, error_msg: 'bad parameter limit' } } });
    const j = await run(['show', 'scs1700000000001', '--json']);
    const error = JSON.parse(j.stderr.trim().split('\n').pop()!).error as Record<string, unknown>;
    expect([error.error_code, error.error_msg, error.status]).toEqual([null, 'bad parameter limit', 400]);
  });
});
