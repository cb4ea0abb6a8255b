// Answers with a Content-Encoding: scm sends no Accept-Encoding, so under RFC 9110 a server or a gateway may
// gzip its JSON; gzip, deflate (zlib-wrapped or raw) and br are read, and a coding scm does not know, or a body
// that does not decode, is a BadResponseError (exit 5) saying so, not "not valid JSON". hunt4-api finding 2.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codingsOf, decodeBody } from '../../src/api/content-coding.js';
import { BadResponseError } from '../../src/api/exchange-errors.js';
import { createTransport } from '../../src/api/http.js';
import { testClient } from '../helpers/emulator.js';

const LIST = { certificates: [{ id: 'scs1700000000001', name: 'gz', domain: 'gz.example.test', sans: 'gz.example.test', expire_time: '2030-01-01 00:00:00.0', status: 'UPLOAD' }], total_count: 1 };
/** How the next answers are encoded: [Content-Encoding, body bytes]. */
let encode: (json: Buffer) => [string, Buffer] = (b) => ['gzip', gzipSync(b)];
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const json = Buffer.from(JSON.stringify(req.method === 'POST' ? { certificate_id: 'scs1700000000002' } : req.url!.startsWith('/v3/scm/certificates?') ? LIST : { id: 'scs1700000000001', fingerprint: 'AA' }));
      const [coding, body] = encode(json);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': coding, 'Content-Length': body.length, 'X-Request-Id': 'rid-1' }).end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('answers with a Content-Encoding', () => {
  it.each([
    ['gzip', (b: Buffer) => gzipSync(b)], ['x-gzip', (b: Buffer) => gzipSync(b)], ['deflate', (b: Buffer) => deflateSync(b)],
    ['deflate', (b: Buffer) => deflateRawSync(b)], ['br', (b: Buffer) => brotliCompressSync(b)], ['gzip, br', (b: Buffer) => brotliCompressSync(gzipSync(b))], ['identity', (b: Buffer) => b],
  ] as const)('%s: list, show and import are read', async (coding, f) => {
    encode = (b) => [coding, f(b)];
    const { client } = await testClient(url);
    expect((await client.listPage({ limit: 50, offset: 0 })).certificates.map((c) => c.id)).toEqual(['scs1700000000001']);
    expect((await client.show('scs1700000000001')).fingerprint).toBe('AA');
    expect((await client.importOnce({ name: 'gz', certificate: 'x', private_key: 'y' })).certificate_id).toBe('scs1700000000002');
  });

  it('a coding scm does not know, or a gzip body that does not decode: exit 5, saying so (English and Chinese)', async () => {
    encode = (b) => ['zstd', b];
    const { client } = await testClient(url);
    const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as BadResponseError;
    expect([e.constructor, e.exitCode, e.message]).toEqual([BadResponseError, 5, 'SCM answered show with HTTP 200 in a content encoding scm cannot read (zstd) (request id rid-1)']);
    expect(e.hint).toMatch(/proxy or gateway/);
    encode = (b) => ['gzip', b];
    const { client: zh } = await testClient(url, { lang: 'zh' });
    const z = (await zh.show('scs1700000000001').catch((x: unknown) => x)) as BadResponseError;
    expect([z.exitCode, z.message]).toEqual([5, expect.stringMatching(/^SCM 对.*请求的应答（HTTP 200）是无法解码的 gzip 内容：[^（）]+（请求 ID rid-1）$/)]);
  });

  it('through a fetch that decodes itself (undici, behind a proxy): a coding it does not know is said the same way', async () => {
    const fetch = async () => ({ status: 200, headers: { get: (n: string) => (n === 'content-encoding' ? 'compress' : null) }, text: async () => '\u001f\u009d' });
    const transport = await createTransport({ env: {}, timeoutMs: 1000, signal: new AbortController().signal, scrub: (s) => s, lang: 'en', fetch });
    const e = await transport.send({ method: 'GET', url: new URL(url), headers: {} }, 'list').catch((x: unknown) => x);
    expect([e instanceof BadResponseError, (e as Error).message]).toEqual([true, 'SCM answered list with HTTP 200 in a content encoding scm cannot read (compress)']);
  });

  it('codings are undone last applied first; none or identity leaves the body alone', async () => {
    const cap = { cap: 1 << 20 };
    expect(codingsOf(' GZIP , identity,br')).toEqual(['gzip', 'br']);
    expect((await decodeBody(gzipSync(brotliCompressSync(Buffer.from('ok'))), 'br, gzip', cap)).body.toString()).toBe('ok');
    const same = Buffer.from('plain');
    expect([await decodeBody(same, null, cap), await decodeBody(same, 'identity', cap)]).toEqual([{ body: same, truncated: false }, { body: same, truncated: false }]);
  });

  it.each(['gzip', 'deflate', 'br'])('an empty body labelled %s (a 204 from a gateway that labels every answer) is empty, not undecodable', async (coding) => {
    expect(await decodeBody(Buffer.alloc(0), coding, { cap: 1 << 20 })).toEqual({ body: Buffer.alloc(0), truncated: false });
  });

  it('a body that inflates past the cap (a compression bomb) is cut there, never held in memory whole', async () => {
    const bomb = gzipSync(Buffer.alloc(64 << 20));
    const out = await decodeBody(bomb, 'gzip', { cap: 1 << 20 });
    expect([out.body.length, out.truncated]).toEqual([1 << 20, true]);
    const exact = await decodeBody(gzipSync(Buffer.alloc(1 << 20)), 'gzip', { cap: 1 << 20 });
    expect([exact.body.length, exact.truncated]).toEqual([1 << 20, false]);
  });

  it.each(['gzip', 'deflate', 'br'] as const)('%s cut short: with `partial`, what decodes from its start, said cut; without, a body that does not decode', async (coding) => {
    const text = Buffer.from(JSON.stringify({ error_code: 'SCM.0005', error_msg: randomBytes(100_000).toString('hex') }));
    const whole = coding === 'gzip' ? gzipSync(text) : coding === 'deflate' ? deflateSync(text) : brotliCompressSync(text);
    const cut = whole.subarray(0, whole.length >> 1);
    const out = await decodeBody(cut, coding, { cap: 1 << 20, partial: true });
    expect(out.truncated).toBe(true);
    expect(out.body.toString().startsWith('{"error_code":"SCM.0005","error_msg":"')).toBe(true);
    await expect(decodeBody(cut, coding, { cap: 1 << 20 })).rejects.toThrow(/cannot decode/);
  });
});
