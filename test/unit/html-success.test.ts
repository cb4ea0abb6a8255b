// A 200 whose body is an HTML page (a proxy's block page, a captive portal's login, a web console at the wrong
// endpoint) was "the body is not valid JSON" with the hint to report it as scm's problem. It is now said to be an
// HTML page, quoted by its title, which is not SCM's answer, with the hint to check the endpoint and any proxy.
// Still exit 5, and an import answered so is still looked up (the answer is unread: BadResponseError).
import { expect, it } from 'vitest';
import { BadResponseError } from '../../src/api/exchange-errors.js';
import { useAnswerServer } from '../helpers/answer-server.js';
import { testClient } from '../helpers/emulator.js';

let page = '<!DOCTYPE html><html><head><title>Access denied &amp; logged</title></head><body>blocked</body></html>';
const server = useAnswerServer(() => ({ status: 200, headers: { 'Content-Type': 'text/html', 'X-Request-Id': 'rid-9' }, body: page }));

it('an HTML page under 200: said as a page with its title, not SCM\'s answer (en and zh)', async () => {
  const { client } = await testClient(server.url, { retries: 0 });
  const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as BadResponseError;
  expect([e instanceof BadResponseError, e.exitCode, e.unread]).toEqual([true, 5, true]);
  expect(e.message).toBe('SCM answered show with HTTP 200 and an HTML page ("Access denied & logged"), not the JSON SCM sends: something between scm and SCM answered (request id rid-9)');
  expect(e.hint).toBe('check the endpoint (--endpoint, SCM_ENDPOINT, the config file, or --region) and any proxy in between (HTTPS_PROXY/NO_PROXY)');
  const { client: zh } = await testClient(server.url, { retries: 0, lang: 'zh' });
  const z = (await zh.show('scs1700000000001').catch((x: unknown) => x)) as BadResponseError;
  expect(z.message).toBe('SCM 对读取证书请求的应答（HTTP 200）是 HTML 网页（“Access denied & logged”），不是 SCM 发送的 JSON：应答来自 scm 与 SCM 之间的其他服务（请求 ID rid-9）');
  expect(z.hint).toBe('请检查终端节点（--endpoint、SCM_ENDPOINT、配置文件或 --region）以及中间的代理（HTTPS_PROXY/NO_PROXY）');
});

it('text that is neither JSON nor HTML is still "not valid JSON"', async () => {
  page = 'OK';
  const { client } = await testClient(server.url, { retries: 0 });
  const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as BadResponseError;
  expect(e.message).toBe('SCM answered show with HTTP 200 but the body is not valid JSON (request id rid-9)');
});
