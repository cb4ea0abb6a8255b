// A port fetch refuses to use (6000, 10080, ... on the fetch standard's list) is met when an https_proxy sends
// the request through undici's fetch. The English said "fetch refuses to connect to port 6000"; the Chinese had
// lost its subject ("拒绝连接端口 6000" reads as the server refusing the connection). Both name Node.js's fetch now.
import { expect, it } from 'vitest';
import { ApiNetworkError } from '../../src/api/exchange-errors.js';
import { createTransport } from '../../src/api/http.js';

// What undici's fetch throws for a bad port: "fetch failed", its cause an Error "bad port" with no code.
const badPort = async () => { throw new TypeError('fetch failed', { cause: new Error('bad port') }); };
const failure = async (lang: 'en' | 'zh'): Promise<ApiNetworkError> => {
  const transport = await createTransport({ env: {}, timeoutMs: 1000, signal: new AbortController().signal, scrub: (s) => s, lang, fetch: badPort });
  return (await transport.send({ method: 'GET', url: new URL('https://scm.example.test:6000/v3/scm/certificates'), headers: {} }, 'list').catch((x: unknown) => x)) as ApiNetworkError;
};

it('says fetch refuses the port, in English and in Chinese, without retrying', async () => {
  const en = await failure('en');
  expect([en instanceof ApiNetworkError, en.exitCode, en.retryable]).toEqual([true, 5, false]);
  expect(en.message).toBe('Node.js\'s fetch refuses to connect to port 6000: GET https://scm.example.test:6000/v3/scm/certificates');
  const zh = await failure('zh');
  expect(zh.message).toBe('Node.js 的 `fetch` 不允许连接端口 6000：GET https://scm.example.test:6000/v3/scm/certificates');
  expect(zh.hint).toBe('请换一个端口运行模拟器（或终端节点）');
});
