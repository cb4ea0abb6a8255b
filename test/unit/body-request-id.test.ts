// The gateway puts the request id of an error in its body (`request_id`) as well as in X-Request-Id; an answer
// that carries it only in the body (a gateway or emulator that sets no header, a proxy that drops it) lost it:
// the message and --json said no request id, the one thing a support ticket needs. The body's is used then;
// the header's wins when both are there, and the body's is scrubbed like any server text.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';
import { testClient, TEST_SK } from '../helpers/emulator.js';

let server: Server;
let url = '';
/** What the next answer is: its status, body and headers. */
let answer: { status: number; body: string; headers?: Record<string, string> } = { status: 502, body: '' };

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const a = server.address();
  url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(() => void server.close());

async function failure(): Promise<ScmApiError> {
  const { client } = await testClient(url, { retries: 0 });
  const e = await client.show('scs1700000000000').catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ScmApiError);
  return e as ScmApiError;
}

describe('the request id of an error answer', () => {
  it('is read from the body (request_id) when no X-Request-Id came, and said in the message', async () => {
    answer = { status: 502, body: JSON.stringify({ error_code: 'APIGW.0201', error_msg: 'Backend unavailable.', request_id: 'c2a1f1e0b7d24d8e9f0a1b2c3d4e5f60' }) };
    const e = await failure();
    expect(e.requestId).toBe('c2a1f1e0b7d24d8e9f0a1b2c3d4e5f60');
    expect(e.message).toContain('(HTTP 502, request id c2a1f1e0b7d24d8e9f0a1b2c3d4e5f60)');
  });

  it('the header wins when both are there; a body id quoting a secret is scrubbed', async () => {
    answer = { status: 400, body: JSON.stringify({ error_code: 'SCM.0005', error_msg: 'bad', request_id: 'from-body' }), headers: { 'x-request-id': 'from-header' } };
    expect((await failure()).requestId).toBe('from-header');
    answer = { status: 400, body: JSON.stringify({ error_code: 'SCM.0005', error_msg: 'bad', request_id: `id-${TEST_SK}` }) };
    expect((await failure()).requestId).not.toContain(TEST_SK);
  });
});
