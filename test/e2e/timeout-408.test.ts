// A 408 without an SCM code (a load balancer's or proxy's "Request Timeout" page) was a rejection: exit 4 at once,
// "not SCM's answer, check the endpoint". It is a timeout on the way: a read is asked again, an import is looked
// up by fingerprint before it is sent again, a push looks at ListDeployedResources first; never a second copy.
// Through the built binary against the emulator (unit/timeout-408.test.ts has the classification).
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('timeout-408');
const { run } = cliRecorder(() => t.env());
const PAGE = '<html><head><title>408 Request Time-out</title></head><body><h1>408 Request Time-out</h1></body></html>';

describe('a 408 without a code', () => {
  it('a list page: asked again, exit 0', async () => {
    await t.emu.seed({ certificates: [{ name: 'c', domain: 'c.example.test' }] });
    await t.emu.fault({ op: 'list', answer: { status: 408, body: PAGE } });
    const r = await run(['list', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^scs\d{13}$/);
    expect((await t.emu.settled()).requests.byOperation.list).toBe(2);
  });

  it('spent retries: exit 5 saying HTTP 408, in both languages', async () => {
    await t.emu.fault({ op: 'list', times: 10, answer: { status: 408, body: PAGE } });
    const r = await run(['list', '--retries', '1']);
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toMatch(/^list: HTTP 408; retry 1 of 1 in /m);
    expect(r.stderr).toMatch(/\(HTTP 408, no error code/);
    expect(r.stderr).toMatch(/^hint: the service is unavailable; try again later$/m);
    const zh = await run(['list', '--retries', '0', '--lang', 'zh']);
    expect(zh.code).toBe(5);
    expect(zh.stderr).toMatch(/^提示：服务暂时不可用，请稍后再试$/m);
  });

  it('an import that was not stored: looked up, then sent again; one copy', async () => {
    await t.emu.fault({ op: 'import', answer: { status: 408, body: PAGE } });
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'timeout-408']);
    expect(r.code, r.stderr).toBe(0);
    const state = await t.emu.settled();
    expect(state.requests.byOperation.import).toBe(2);
    expect(state.certificates).toHaveLength(1);
  });

  it('an import that was stored: found by the lookup, not sent again', async () => {
    await t.emu.fault({ op: 'import', status: 408, commit: true, error_code: '', error_msg: 'Request Timeout' });
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'timeout-408']);
    expect(r.code, r.stderr).toBe(0);
    const state = await t.emu.settled();
    expect(state.requests.byOperation.import).toBe(1);
    expect(state.certificates.map((c) => c.id)).toEqual([/scs\d{13}/.exec(r.stdout)?.[0]]);
    expect(r.stdout).toMatch(/found in SCM by fingerprint after its answer was lost or failed; imported once/);
  });

  it('a push that was made: ListDeployedResources sees it, it is not pushed again', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'c', domain: 'c.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'push', status: 408, commit: true, error_code: '', error_msg: 'Request Timeout' });
    const r = await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4']);
    expect(r.code, r.stderr).toBe(0);
    const state = await t.emu.settled();
    expect(state.certificates.find((c) => c.id === id)!.pushes).toHaveLength(1);
    expect(state.requests.byOperation['deployed-resources']).toBeGreaterThanOrEqual(1);
  });

  it('a push that was not made: looked for, then sent; one copy', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'c', domain: 'c.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'push', answer: { status: 408, body: PAGE } });
    const r = await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4']);
    expect(r.code, r.stderr).toBe(0);
    const state = await t.emu.settled();
    expect(state.certificates.find((c) => c.id === id)!.pushes).toHaveLength(1);
    expect(state.requests.byOperation.push).toBe(2);
  });
});
