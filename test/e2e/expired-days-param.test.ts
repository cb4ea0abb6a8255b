// ListCertificates' expired_days_since (0-1095: valid certificates and those expired at most that many days) is
// in the newer SDK models only; the Go SDK's model does not have it. It was sent on every list page, so a server
// that refuses a parameter it does not know (the emulator's expired_days_since: "refuse") failed every upload at
// its first lookup. Now only what asks for expired certificates sends it: `scm list`, `prune`, rotate's reading of
// the old certificates, and a lookup for a leaf that has expired (or is about to); and a page refused with it
// (400) is asked once more without it, saying that expired certificates may be missing. Built binary, emulator.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('expired-days-param');
const { run } = cliRecorder(() => t.env());
const refuse = (): Promise<Response> => fetch(`${t.emu.url}/_emulator/options`, { method: 'POST', body: JSON.stringify({ expired_days_since: 'refuse' }) });

describe('a server without expired_days_since', () => {
  it('upload and upload --if-changed: the lookups do not send it', async () => {
    expect((await refuse()).status).toBe(200);
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'no-days']);
    expect(r.code, r.stderr).toBe(0);
    const again = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'no-days', '--if-changed']);
    expect(again.code, again.stderr).toBe(0);
    const state = await t.emu.settled();
    expect(state.certificates).toHaveLength(1);
    expect(state.requests.byOperation.import).toBe(1);
  });

  it('scm list asks for expired certificates: refused, it asks again without and says what may be missing (en, zh)', async () => {
    await t.emu.seed({ certificates: [{ name: 'live', domain: 'live.example.test' }] });
    await refuse();
    const r = await run(['list']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/live\.example\.test/);
    expect(r.stderr).toMatch(/^SCM refused the certificate list asked with expired_days_since \(SCM rejected listing certificates: SCM\.0005 .*\) and answered it without: certificates that have expired may be missing from it$/m);
    // The first page twice (with, then without), then no more asking with it.
    expect((await t.emu.settled()).requests.byOperation.list).toBe(2);
    const zh = await run(['list', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toMatch(/SCM 拒绝了带 `expired_days_since` 参数的证书列表请求（.*），去掉该参数后才应答：列表中可能缺少已过期的证书/);
  });

  it('another refusal is not hidden: the page asked without it is refused too, and the first answer is said', async () => {
    await refuse();
    await t.emu.fault({ op: 'list', after: 1, status: 400, error_code: 'SCM.0032', times: 5 });
    const r = await run(['list']);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(/^scm: could not read page 1 of the certificate list: SCM rejected listing certificates: SCM\.0005 /m);
  });
});

describe('a server with it', () => {
  it('scm list shows an expired certificate', async () => {
    await t.emu.seed({ certificates: [{ name: 'gone', domain: 'gone.example.test', not_after: '2024-01-01T00:00:00Z' }] });
    const r = await run(['list', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^scs\d{13}$/);
  });
});
