// The built binary against a server that takes a kept-alive connection for closed after answering on it
// (the emulator's `stale-keep-alive` fault: the next request on that connection is reset, unread), as a server
// or load balancer does whose idle timer runs out just as the client sends. A request that creates something
// (import, push) is never sent on a connection an earlier request kept alive, so it is never cut off that way
// and never followed by a lookup it did not need; a read cut off that way is sent again at once on a new
// connection, without a retry announced or spent.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('stale-keep-alive');
const { run } = cliRecorder(() => t.env());
const upload = (...extra: string[]) => run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'stale-case', ...extra]);

describe('a connection the server closed after answering on it', () => {
  it('upload --if-changed --push: the lookups end with stale connections, the import and the push go through at once', async () => {
    await t.emu.fault({ op: '*', action: 'stale-keep-alive', times: 1000 });
    const r = await upload('--if-changed', '--push', 'ELB:cn-north-4', '--retries', '1');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/ECONNRESET|looking for the certificate in SCM before|retry \d of/);
    const state = await t.emu.settled();
    expect(state.requests.byOperation.import).toBe(1);
    expect(state.requests.byOperation.push).toBe(1);
    expect(state.certificates).toHaveLength(1);
    expect(state.certificates[0]!.pushes).toMatchObject([{ service: 'ELB', project: 'cn-north-4' }]);
  });

  it('list over several pages: each page on a stale connection is asked again at once, no retry spent', async () => {
    await t.emu.seed({ certificates: Array.from({ length: 120 }, (_, i) => ({ name: `c${i}`, domain: `c${i}.example.com` })) });
    await t.emu.fault({ op: '*', action: 'stale-keep-alive', times: 1000 });
    const r = await run(['list', '-q', '--retries', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(120);
    expect(r.stderr).not.toMatch(/ECONNRESET|retry/);
  });

  it('delete of several ids: each on a connection of its own, none reported lost or already deleted', async () => {
    const { certificates: ids } = await t.emu.seed({ certificates: [{ name: 'd1', domain: 'd1.example.com' }, { name: 'd2', domain: 'd2.example.com' }, { name: 'd3', domain: 'd3.example.com' }] });
    await t.emu.fault({ op: '*', action: 'stale-keep-alive', times: 1000 });
    const r = await run(['delete', ...ids, '--json', '--retries', '0']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { results: Array<{ id: string; result: string }> };
    expect(out.results.map((x) => x.result)).toEqual(['deleted', 'deleted', 'deleted']);
    expect((await t.emu.settled()).certificates).toHaveLength(0);
  });
});
