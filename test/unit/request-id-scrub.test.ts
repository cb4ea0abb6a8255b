// A request id is server text like any other (hunt6 finding 9): one that quotes a stretch of the private key
// being uploaded, or a secret, is scrubbed where it enters (api/http.ts), so the error message, --json's
// request_id and the trace all get the scrubbed form; a normal request id stays as it is.
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateKeyBodies } from '../../src/api/redact.js';
import { testClient } from '../helpers/emulator.js';

const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const KEY_PART = privateKeyBodies(pem)[0]!.slice(200, 280);
const SECRET = 'sEcReT-in-the-request-id-0000000';
let server: Server;
let url: string;
let nextId = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    res.writeHead(400, { 'content-type': 'application/json', 'x-request-id': nextId });
    res.end(JSON.stringify({ error_code: 'SCM.0001', error_msg: 'bad request' }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

async function failure(id: string): Promise<{ message: string; requestId?: string; json: string; trace: string }> {
  nextId = id;
  const { client, trace } = await testClient(url, { retries: 0, secrets: [SECRET], privateKeys: [pem] });
  const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as Error & { requestId?: string };
  return { message: e.message, ...(e.requestId !== undefined ? { requestId: e.requestId } : {}), json: JSON.stringify(e), trace: trace.join('\n') };
}

describe('a request id from the server', () => {
  it.each([['a stretch of the private key', `rid-${KEY_PART}`, KEY_PART], ['a secret', `rid-${SECRET}`, SECRET]])('quoting %s is scrubbed in the message, requestId and trace', async (_, id, part) => {
    const f = await failure(id);
    expect(f.requestId).toBe('rid-[redacted]');
    expect(f.message).toContain('request id rid-[redacted]');
    for (const text of [f.message, f.json, f.trace]) expect(text).not.toContain(part);
  });

  it('a normal one stays whole', async () => {
    const f = await failure('0123456789abcdef0123456789abcdef');
    expect(f.requestId).toBe('0123456789abcdef0123456789abcdef');
    expect(f.message).toContain('request id 0123456789abcdef0123456789abcdef');
  });
});
