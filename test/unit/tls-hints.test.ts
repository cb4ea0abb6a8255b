// A TLS endpoint scm cannot verify said only "a proxy that inspects TLS needs its CA in NODE_EXTRA_CA_CERTS",
// also for a self-signed or private-CA endpoint with no proxy, a certificate for another name, or an expired
// one. The hint now says what the failure means and what to do: trust a CA with NODE_EXTRA_CA_CERTS (scm never
// turns verification off), check the endpoint's host name, or the dates and this machine's clock. en and zh.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiNetworkError } from '../../src/api/exchange-errors.js';
import { createTransport } from '../../src/api/http.js';
import { testClient } from '../helpers/emulator.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';

const failWith = (code: string) => async () => { throw Object.assign(new Error('fetch failed'), { cause: Object.assign(new Error(code), { code }) }); };
const hintFor = async (code: string, lang: 'en' | 'zh' = 'en'): Promise<ApiNetworkError> => {
  const transport = await createTransport({ env: {}, timeoutMs: 1000, signal: new AbortController().signal, scrub: (s) => s, lang, fetch: failWith(code) });
  return (await transport.send({ method: 'GET', url: new URL('https://scm.example.test:8443/v3/scm/certificates'), headers: {} }, 'list').catch((x: unknown) => x)) as ApiNetworkError;
};

it.each(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'])('%s: not from a trusted CA; NODE_EXTRA_CA_CERTS named, not retried', async (code) => {
  const e = await hintFor(code);
  expect([e instanceof ApiNetworkError, e.exitCode, e.retryable, e.message]).toEqual([true, 5, false, `TLS failure talking to scm.example.test:8443 (${code})`]);
  expect(e.hint).toBe("the certificate scm.example.test:8443 presented is not signed by a CA this machine trusts (self-signed, a private CA, or a proxy that inspects TLS): to trust that CA, put its certificate in a PEM file and set NODE_EXTRA_CA_CERTS=/path/to/ca.pem; scm never turns verification off");
});

it('a certificate for another name, an expired one, and in Chinese', async () => {
  expect((await hintFor('ERR_TLS_CERT_ALTNAME_INVALID')).hint).toBe("the certificate scm.example.test:8443 presented does not cover scm.example.test: check the endpoint's host name (--endpoint, SCM_ENDPOINT, the config file, or --region)");
  expect((await hintFor('CERT_HAS_EXPIRED')).hint).toBe("the certificate scm.example.test:8443 presented has expired or is not yet valid; if its dates are right, this machine's clock is wrong");
  expect((await hintFor('DEPTH_ZERO_SELF_SIGNED_CERT', 'zh')).hint).toBe('scm.example.test:8443 出示的证书不是由本机信任的 CA 签发的（自签名证书、私有 CA，或会检查 TLS 流量的代理）：要信任该 CA，请把它的证书存为 PEM 文件并设置 NODE_EXTRA_CA_CERTS=/path/to/ca.pem；scm 不会关闭证书验证');
  expect((await hintFor('ERR_TLS_CERT_ALTNAME_INVALID', 'zh')).hint).toBe('scm.example.test:8443 出示的证书不包含 scm.example.test：请检查终端节点的主机名（--endpoint、SCM_ENDPOINT、配置文件或 --region）');
  expect((await hintFor('CERT_NOT_YET_VALID', 'zh')).hint).toBe('scm.example.test:8443 出示的证书已过期或尚未生效；如果证书的日期没错，就是本机时钟不对');
});

describeFixtures('a real TLS endpoint whose CA this machine does not trust', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer({ cert: readFileSync(fixture('bundles/ec-ok/fullchain.pem')), key: readFileSync(fixture('bundles/ec-ok/privkey.pem')) }, (_req, res) => res.end('{}'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('names NODE_EXTRA_CA_CERTS, once, without retrying', async () => {
    const { client, retries } = await testClient(url);
    const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as ApiNetworkError;
    expect([e instanceof ApiNetworkError, e.exitCode, retries]).toEqual([true, 5, []]);
    expect(e.hint).toMatch(/is not signed by a CA this machine trusts .*NODE_EXTRA_CA_CERTS=/);
  });
});
