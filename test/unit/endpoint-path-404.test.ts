// An endpoint with a path (https://host/v2, https://host/scm) puts it before every API path, and the gateway
// answers 404 APIGW.0101 "The API does not exist" (or a proxy a bare 404). The message said to check the
// endpoint and the request path, never that the endpoint's own path is the likely cause; it now names it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';
import { testClient } from '../helpers/emulator.js';

let body = JSON.stringify({ error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published in the environment', request_id: 'r1' });
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(404, { 'Content-Type': 'application/json' }).end(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const refusal = async (endpoint: string, lang: 'en' | 'zh' = 'en'): Promise<ScmApiError> => {
  const { client } = await testClient(endpoint, { retries: 0, lang });
  return (await client.show('scs1700000000001').catch((x: unknown) => x)) as ScmApiError;
};

it('APIGW.0101 through an endpoint with a path: the path is named (en and zh); exit 4', async () => {
  const e = await refusal(`${url}/v2`);
  expect(e.exitCode).toBe(4);
  expect(e.message.split('\n')).toContain("  the endpoint has a path, /v2, which scm puts before every API path (/v3/scm/...): SCM's API is at the host itself, such as https://scm.cn-north-4.myhuaweicloud.com");
  const z = await refusal(`${url}/v2`, 'zh');
  expect(z.message.split('\n')).toContain('  终端节点带有路径 /v2，scm 会把它放在每个 API 路径（/v3/scm/...）之前：SCM API 位于主机本身，例如 https://scm.cn-north-4.myhuaweicloud.com');
});

it('a bare 404 too; an endpoint without a path says nothing of one', async () => {
  expect((await refusal(`${url}/gw/scm/`)).message).toMatch(/the endpoint has a path, \/gw\/scm,/);
  expect((await refusal(url)).message).not.toMatch(/has a path/);
  body = 'Not Found';
  expect((await refusal(`${url}/v2`)).message).toMatch(/the endpoint has a path, \/v2,/);
});
