// An endpoint whose port answers with something that is not HTTP scm can read (an SSH banner, bare JSON with no
// status line, headers past Node's limit) was "connection to HOST failed (HPE_INVALID_CONSTANT)", retried three
// times, with the hint to check the network. It is now said to be no HTTP answer, naming the parser's code,
// with the hint that another service may listen there; not retried (the same port answers the same way).
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiNetworkError } from '../../src/api/exchange-errors.js';
import { testClient } from '../helpers/emulator.js';

let reply = 'SSH-2.0-OpenSSH_9.6\r\n';
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((c) => c.once('data', () => c.end(reply)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

it('an SSH banner: no HTTP answer, not retried; en and zh', async () => {
  const { client, retries } = await testClient(url);
  const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as ApiNetworkError;
  const host = new URL(url).host;
  expect([e instanceof ApiNetworkError, e.exitCode, e.retryable, retries]).toEqual([true, 5, false, []]);
  expect(e.message).toBe(`${host} did not answer in HTTP that scm can read (HPE_INVALID_CONSTANT): GET ${url}/v3/scm/certificates/scs1700000000001`);
  expect(e.hint).toBe('check that the endpoint\'s host and port are the SCM API (another service may be listening there), and any proxy in between (HTTPS_PROXY/NO_PROXY)');
  const { client: zh } = await testClient(url, { lang: 'zh' });
  const z = (await zh.show('scs1700000000001').catch((x: unknown) => x)) as ApiNetworkError;
  expect(z.message).toBe(`${host} 的应答不是 scm 能读取的 HTTP（HPE_INVALID_CONSTANT）：GET ${url}/v3/scm/certificates/scs1700000000001`);
  expect(z.hint).toBe('请确认终端节点的主机和端口是 SCM API（该端口上可能是别的服务），并检查中间的代理（HTTPS_PROXY/NO_PROXY）');
});

it('headers past the limit, and bare JSON with no status line, are said the same way', async () => {
  for (const [r, code] of [[`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(20_000)}\r\nContent-Length: 2\r\n\r\n{}`, 'HPE_HEADER_OVERFLOW'], ['{"certificates":[]}', 'HPE_INVALID_CONSTANT']] as const) {
    reply = r;
    const { client } = await testClient(url, { retries: 0 });
    const e = (await client.listPage({ limit: 50, offset: 0 }).catch((x: unknown) => x)) as ApiNetworkError;
    expect(e.message).toMatch(new RegExp(`did not answer in HTTP that scm can read \\(${code}\\)`));
  }
});
