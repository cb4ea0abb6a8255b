// The client's transport against the in-process emulator: timeouts, refused and reset connections, unreadable
// answers, HTTP(S)_PROXY through undici's EnvHttpProxyAgent with NO_PROXY, and the redacted --debug trace.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiNetworkError, BadResponseError } from '../../src/api/exchange-errors.js';
import type { Auth } from '../../src/config/index.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { describeLeaf } from '../../src/emulator/store.js';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.js';
import { makeBundle, testClient, TEST_AK, TEST_SK, TEST_TOKEN } from '../helpers/emulator.js';

let emu: Emulator;
let dir: string;
let certId: string;
const AKSK: Auth = { kind: 'aksk', ak: TEST_AK, sk: TEST_SK, projectId: '0123456789abcdef0123456789abcdef', securityToken: 'SECURITYTOKENabcdef123456' };
const makeClient = (o: { timeoutMs?: number; retries?: number; env?: Record<string, string>; url?: string } = {}) =>
  testClient(o.url ?? emu.url, { ...o, auth: AKSK, secrets: ['SECURITYTOKENabcdef123456'] });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-transport-'));
  const made = makeBundle(join(dir, 'b'));
  const pem = readFileSync(made.cert, 'utf8');
  emu = await startEmulator({ port: 0, keys: [{ ak: TEST_AK, sk: TEST_SK }], tokens: [TEST_TOKEN] });
  certId = emu.store.add({ ...describeLeaf(pem), name: 'app-example', certificate: pem, chain: '', privateKey: made.keyPem, enterpriseProjectId: '0', createdAt: new Date(), signatureAlgorithm: null }, new Date()).id;
});
afterAll(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  emu.faults.clear();
  emu.store.requests.total = 0;
  emu.store.requests.byOperation = {};
});

describe('network failures', () => {
  it('a slow answer is a timeout: exit 5, outcome unknown, retried', async () => {
    emu.faults.add([{ op: 'show', times: 2, after: 0, delay_ms: 1500 }]);
    const { client, retries } = await makeClient({ timeoutMs: 150, retries: 1 });
    const e = (await client.show(certId).catch((x: unknown) => x)) as ApiNetworkError;
    expect(e).toBeInstanceOf(ApiNetworkError);
    expect(e.exitCode).toBe(5);
    expect(e.delivered).toBe('unknown');
    expect(e.message).toMatch(/no answer within 0\.15s/);
    expect(retries).toHaveLength(1);
  });

  it('a refused connection is exit 5 and known not to have been delivered', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const { client } = await makeClient({ url: `http://127.0.0.1:${port}`, retries: 1 });
    const e = (await client.listPage().catch((x: unknown) => x)) as ApiNetworkError;
    expect(e.exitCode).toBe(5);
    expect(e.delivered).toBe('no');
    expect(e.message).toMatch(/ECONNREFUSED/);
  });

  it('a connection reset mid-body is a network error, then a retry succeeds', async () => {
    emu.faults.add([{ op: 'list', times: 1, after: 0, action: 'reset-mid-body' }]);
    const { client } = await makeClient();
    expect((await client.listPage()).total_count).toBe(1);
    expect(emu.store.requests.byOperation.list).toBe(2);
  });

  it('malformed JSON in a 200, twice: a clear BadResponseError (exit 5), never a crash; asked twice, not more', async () => {
    emu.faults.add([{ op: 'list', times: 3, after: 0, action: 'malformed-json' }]);
    const { client } = await makeClient();
    const e = (await client.listPage().catch((x: unknown) => x)) as BadResponseError;
    expect(e).toBeInstanceOf(BadResponseError);
    expect(e.exitCode).toBe(5);
    expect(e.message).toMatch(/not valid JSON \(request id [0-9a-f]{32}\)/);
    expect(emu.store.requests.byOperation.list).toBe(2);
  });

  // A read whose answer could not be read (cut short on the way, a proxy's page with 200) is asked once more,
  // as a reset mid-body is: reading changes nothing. A write never is (its answer may hide an effect).
  it.each(['list', 'show', 'deployed-resources', 'export'] as const)('malformed JSON in a 200 to %s once: asked again, and the answer read', async (op) => {
    emu.faults.add([{ op, times: 1, after: 0, action: 'malformed-json' }]);
    const { client } = await makeClient();
    const call = { list: () => client.listPage(), show: () => client.show(certId), 'deployed-resources': () => client.deployedResources([certId]), export: () => client.exportCertificate(certId) }[op];
    await expect(call()).resolves.toBeTruthy();
    expect(emu.store.requests.byOperation[op]).toBe(2);
  });

  it('a 200 whose certificates are no list, once: asked again, and the list read', async () => {
    emu.faults.add([{ op: 'list', times: 1, after: 0, answer: { status: 200, body: { certificates: 'x', total_count: 1 } } }]);
    const { client } = await makeClient();
    expect((await client.listPage()).certificates).toHaveLength(1);
    expect(emu.store.requests.byOperation.list).toBe(2);
  });

  it('with --retries 0 a malformed answer is not asked again', async () => {
    emu.faults.add([{ op: 'list', times: 1, after: 0, action: 'malformed-json' }]);
    const { client } = await makeClient({ retries: 0 });
    await expect(client.listPage()).rejects.toBeInstanceOf(BadResponseError);
    expect(emu.store.requests.byOperation.list).toBe(1);
  });
});

describe('proxy and debug trace', () => {
  let proxy: ForwardProxy;
  beforeAll(async () => {
    // A proxy that forwards plain HTTP (the emulator's, sent in absolute form) and records each target.
    proxy = await startForwardProxy();
  });
  afterAll(() => proxy.close());

  it('sends through HTTP_PROXY with undici, and skips it for NO_PROXY hosts', async () => {
    const proxyUrl = proxy.url.replace('http://', 'http://user:pass@');
    const via = await makeClient({ env: { HTTP_PROXY: proxyUrl } });
    expect((await via.client.listPage()).total_count).toBe(1);
    expect(proxy.targets).toEqual([new URL(emu.url).host]);
    expect(proxy.lines).toEqual([expect.stringMatching(new RegExp(`^GET ${emu.url}/v3/scm/certificates`))]);
    expect(via.trace.join('\n')).toMatch(/via proxy http:\/\/\[redacted\]@127\.0\.0\.1/);
    expect(via.trace.join('\n')).not.toContain('pass');
    const direct = await makeClient({ env: { HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' } });
    expect((await direct.client.listPage()).total_count).toBe(1);
    expect(proxy.targets).toHaveLength(1);
  });

  it('traces method, URL, status and request id, with the signature and tokens redacted', async () => {
    const { client, trace } = await makeClient();
    await client.show(certId);
    const text = trace.join('\n');
    expect(text).toMatch(new RegExp(`→ GET ${emu.url}/v3/scm/certificates/${certId}`));
    expect(text).toMatch(/← 200 after \d+ ms, request id [0-9a-f]{32}/);
    expect(text).toMatch(/Authorization: SDK-HMAC-SHA256 Access=TESTAKSCMEMULATOR001, SignedHeaders=[a-z;-]+, Signature=\[redacted\]/);
    expect(text).toContain('X-Security-Token: [redacted]');
    expect(text).not.toContain('SECURITYTOKENabcdef123456');
  });
});
