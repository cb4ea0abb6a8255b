// An `answer` fault with a string body (a gateway's HTML page under 200) was JSON-encoded: scm got a JSON
// string, valid JSON, and said "no certificate_id" rather than "an HTML page" as it does for a real one
// (html-success.test.ts). A string body is now sent as it is: text/html when it starts with '<', else
// text/plain. Any other body is still JSON.
import { expect, it } from 'vitest';
import { BadResponseError } from '../../src/api/exchange-errors.js';
import { parseFault } from '../../src/emulator/faults.js';
import { TEST_TOKEN, testClient } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

const at = useEmulator('string-answer');
// Token auth: the fault is answered only after the request is authenticated.
const get = (): Promise<Response> => fetch(`${at.emu.url}/v3/scm/certificates/scs1700000000001`, { headers: { 'X-Auth-Token': TEST_TOKEN } });
const PAGE = '<html><head><title>Gateway says no</title></head><body>blocked</body></html>';

it('a string body that starts with "<" is sent as it is, as text/html; scm says it is an HTML page', async () => {
  at.emu.faults.add([parseFault({ op: 'show', answer: { status: 200, body: PAGE } })]);
  const res = await get();
  expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([200, 'text/html;charset=UTF-8', PAGE]);
  at.emu.faults.add([parseFault({ op: 'show', answer: { status: 200, body: PAGE } })]);
  const { client } = await testClient(at.emu.url, { retries: 0 });
  const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as BadResponseError;
  expect([e instanceof BadResponseError, e.exitCode]).toEqual([true, 5]);
  expect(e.message).toMatch(/^SCM answered show with HTTP 200 and an HTML page \("Gateway says no"\)/);
});

it('other text is sent as text/plain, and an object body is still JSON', async () => {
  at.emu.faults.add([parseFault({ op: 'show', answer: { status: 502, body: 'Bad Gateway' } })]);
  const text = await get();
  expect([text.status, text.headers.get('content-type'), await text.text()]).toEqual([502, 'text/plain;charset=UTF-8', 'Bad Gateway']);
  at.emu.faults.add([parseFault({ op: 'show', answer: { status: 200, body: { id: 'x' } } })]);
  const json = await get();
  expect([json.headers.get('content-type'), await json.text()]).toEqual(['application/json;charset=UTF-8', '{"id":"x"}']);
});
