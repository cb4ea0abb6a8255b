// A plain-http endpoint (a local emulator) through a local proxy is sent to the proxy as curl, wget and Python
// send it: `GET http://host:port/path` (absolute form), not tunnelled with CONNECT. A proxy that forwards plain
// HTTP only (many do; squid refuses CONNECT to ports other than 443 by default) made every request fail after
// --timeout. The request reaches the endpoint signed as for a direct one (other-scm.ts verifies it); an https
// endpoint is still tunnelled (proxy-refusal.test.ts, config-endpoint-trust.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_AK, TEST_SK } from '../helpers/emulator.js';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.js';
import { startOtherScm, type OtherScm } from '../helpers/other-scm.js';
import { runCli } from '../helpers/run-cli.js';

let m: OtherScm;
let dir: string;
let proxy: ForwardProxy;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-proxy-forward-'));
  m = await startOtherScm(TEST_SK);
  proxy = await startForwardProxy({ tunnels: false });
});
afterAll(async () => {
  await m?.close();
  await proxy?.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[], env: Record<string, string>) =>
  runCli(args, { env: { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: m.url, HOME: dir, ...env } });

describe('a plain-http endpoint through a local proxy that does not tunnel', () => {
  it.each(['HTTP_PROXY', 'http_proxy'])('is sent to the proxy in absolute form (%s), signed as for the endpoint itself', async (name) => {
    proxy.lines.length = 0;
    m.seen.length = 0;
    const r = await run(['list', '--search', 'shop example', '--retries', '0'], { [name]: proxy.url });
    expect([r.code, r.stderr]).toEqual([0, 'reading the certificate list ...\nno certificates match\n']);
    expect(proxy.lines).toEqual([expect.stringMatching(new RegExp(`^GET ${m.url}/v3/scm/certificates\\?.*content=shop%20example`))]);
    expect(m.seen.map((s) => s.refused)).toEqual([undefined]);
  });

  it('a 407 from the proxy is said as the proxy asking for credentials (exit 3), nothing sent to SCM', async () => {
    proxy.lines.length = 0;
    m.seen.length = 0;
    proxy.refuse = 407;
    const r = await run(['list', '--retries', '0'], { HTTP_PROXY: proxy.url });
    proxy.refuse = undefined;
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/HTTP_PROXY.*407/);
    expect([proxy.lines.length, m.seen]).toEqual([1, []]);
  });
});
