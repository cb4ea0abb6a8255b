// An answer whose JSON starts with a UTF-8 byte order mark (a Java or .NET gateway writing UTF-8 "with BOM"):
// JSON.parse refuses U+FEFF, so a good list was "not valid JSON" (exit 5, retried), and an error body's code was
// lost ("no error code {...}"). The mark is dropped where the answer's text enters (http.ts), for every call.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';
import { testClient } from '../helpers/emulator.js';

const LIST = { certificates: [{ id: 'scs1700000000001', name: 'bom', domain: 'bom.example.test', sans: 'bom.example.test', expire_time: '2030-01-01 00:00:00.0', status: 'UPLOAD' }], total_count: 1 };
let answer: { status: number; body: unknown } = { status: 200, body: LIST };
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(answer.status, { 'Content-Type': 'application/json;charset=UTF-8' }).end(`\uFEFF${JSON.stringify(answer.body)}`));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('a UTF-8 BOM before the JSON', () => {
  it('a list, a certificate and an import id are read as without it', async () => {
    const { client, retries } = await testClient(url);
    answer = { status: 200, body: LIST };
    expect((await client.listPage({ limit: 50, offset: 0 })).certificates.map((c) => c.id)).toEqual(['scs1700000000001']);
    answer = { status: 200, body: { id: 'scs1700000000001', name: 'bom', domain: 'bom.example.test', fingerprint: 'AA' } };
    expect((await client.show('scs1700000000001')).fingerprint).toBe('AA');
    answer = { status: 200, body: { certificate_id: 'scs1700000000002' } };
    expect((await client.importOnce({ name: 'bom', certificate: 'x', private_key: 'y' })).certificate_id).toBe('scs1700000000002');
    expect(retries).toEqual([]);
  });

  it('an error body keeps its code and message', async () => {
    const { client } = await testClient(url);
    answer = { status: 400, body: { error_code: 'SCM.0014', error_msg: 'mismatch' } };
    const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as ScmApiError;
    expect([e instanceof ScmApiError, e.errorCode, e.errorMsg, e.exitCode]).toEqual([true, 'SCM.0014', 'mismatch', 4]);
  });
});
