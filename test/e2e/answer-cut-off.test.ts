// An answer cut off mid-body (the server closes the connection after part of its Content-Length, the emulator's
// `close-mid-body` fault) is said as that: how many of the promised bytes came, in both languages, exit 5; not as
// a failed connection or an answer that is not JSON. A read is asked again; an import cut off is looked up, never
// sent twice. Through the built binary against the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.js';

const t = withEmulator('cut-off');
const { run } = cliRecorder(() => t.env());

describe('an answer cut off mid-body', () => {
  it('a list page cut off each time: exit 5, "cut off after N of M bytes" (N < M), the hint says who closed it', async () => {
    await t.emu.fault({ op: 'list', action: 'close-mid-body', times: 5 });
    const r = await run(['list', '--retries', '0']);
    expect(r.code, r.stderr).toBe(5);
    const m = /^scm: could not read page 1 of the certificate list: the answer \(HTTP 200\) was cut off after (\d+) of (\d+) bytes, the connection closed before the rest came: GET http:\/\/127\.0\.0\.1:\d+\/v3\/scm\/certificates$/m.exec(r.stderr);
    expect(m, r.stderr).not.toBeNull();
    expect(Number(m![1])).toBeLessThan(Number(m![2]));
    expect(r.stderr).toMatch(/^hint: the server, or a proxy or load balancer in between, closed the connection in the middle of the answer/m);
    expect(r.stderr).not.toMatch(/JSON|ECONNRESET/);
  });

  it('in Chinese and --json: the same facts', async () => {
    await t.emu.fault({ op: 'list', action: 'close-mid-body', times: 5 });
    const zh = await run(['list', '--retries', '0', '--lang', 'zh']);
    expect(zh.code).toBe(5);
    expect(zh.stderr).toMatch(/应答（HTTP 200）在收到 \d+ 字节中的 \d+ 字节后被截断，其余部分到达前连接已关闭：GET /);
    await t.emu.fault({ op: 'list', action: 'close-mid-body', times: 5 });
    const j = await run(['list', '--retries', '0', '--json']);
    expect(j.code).toBe(5);
    expect(JSON.parse(j.stderr.trim().split('\n').at(-1)!).error.message).toMatch(/was cut off after \d+ of \d+ bytes/);
  });

  describe('behind a proxy (undici reads the body)', () => {
    let proxy: ForwardProxy;
    beforeAll(async () => void (proxy = await startForwardProxy({ tunnels: false })));
    afterAll(async () => proxy.close());

    it('said the same way', async () => {
      await t.emu.fault({ op: 'list', action: 'close-mid-body', times: 5 });
      const r = await run(['list', '--retries', '0'], { env: { HTTP_PROXY: proxy.url } });
      expect(r.code, r.stderr).toBe(5);
      expect(r.stderr).toMatch(/^scm: could not read page 1 of the certificate list: the answer \(HTTP 200\) was cut off after \d+ of \d+ bytes, the connection closed before the rest came: GET \S+ via proxy http:\/\/127\.0\.0\.1:\d+\/?$/m);
      expect(proxy.lines.length).toBeGreaterThan(0);
    });
  });

  it('a read cut off once is asked again: exit 0', async () => {
    await t.emu.fault({ op: 'list', action: 'close-mid-body' });
    const r = await run(['list', '--retries', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^list: the answer \(HTTP 200\) was cut off after \d+ of \d+ bytes.*; retry 1 of 1/m);
  });

  it('an import whose answer is cut off: looked up, found, not sent again; one copy', async () => {
    await t.emu.fault({ op: 'import', action: 'close-mid-body' });
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'cut-off']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^import: the answer \(HTTP 200\) was cut off after \d+ of \d+ bytes.*; looking for the certificate in SCM before trying again$/m);
    const state = await t.emu.settled();
    expect(state.requests.byOperation.import).toBe(1);
    expect(state.certificates).toHaveLength(1);
  });
});
