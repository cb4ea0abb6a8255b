// An answer that begins and then stops coming (headers and part of the body, then nothing until --timeout) is said
// as that: 'the answer (HTTP 200) did not come whole within 1s, 17 of 100 bytes came', not 'no answer within 1s',
// which sent people looking for a server that never answered. Both languages, and behind a proxy (undici reads the
// body there). Exit 5, as any timeout. Through the built binary against a local server that stalls.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.js';
import { runCli } from '../helpers/run-cli.js';

const HEAD = '{"certificates":[';
let server: Server;
let url: string;
let proxy: ForwardProxy;
const open = new Set<ServerResponse>();
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      open.add(res);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 100 }).write(HEAD);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy = await startForwardProxy({ tunnels: false });
});
afterAll(async () => {
  for (const res of open) res.destroy();
  await proxy.close();
  await new Promise<void>((r) => server.close(() => r()));
});
const list = (extra: string[] = [], env: Record<string, string> = {}) => runCli(['list', '--retries', '0', '--timeout', '1', ...extra], {
  env: { SCM_ENDPOINT: url, HUAWEICLOUD_SDK_AK: 'AKAKAKAKAKAKAKAKAKAK', HUAWEICLOUD_SDK_SK: 'SKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSK', HOME: process.env.HOME, ...env },
});

describe('an answer that stalls mid-body', () => {
  it('said with how much came, not as no answer; exit 5', async () => {
    const r = await list();
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toMatch(new RegExp(`^scm: could not read page 1 of the certificate list: the answer \\(HTTP 200\\) did not come whole within 1s, ${HEAD.length} of 100 bytes came: GET http://127\\.0\\.0\\.1:\\d+/v3/scm/certificates$`, 'm'));
    expect(r.stderr).not.toContain('no answer within');
  });

  it('in Chinese', async () => {
    const r = await list(['--lang', 'zh']);
    expect(r.stderr).toMatch(new RegExp(`应答（HTTP 200）未能在 1 秒内完整到达，只收到 100 字节中的 ${HEAD.length} 字节：GET `));
  });

  it('behind a proxy: the same facts', async () => {
    const r = await list([], { HTTP_PROXY: proxy.url });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toMatch(/the answer \(HTTP 200\) did not come whole within 1s, \d+ of 100 bytes came: GET \S+ via proxy/);
  });
});
