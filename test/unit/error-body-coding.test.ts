// An error answer whose body does not decode (a 502 labelled gzip over a plain HTML page, a coding scm does not
// know) became "a gzip body that does not decode" (BadResponseError, exit 5): a 502 was then not retried, and
// a 400 was not a rejection. The status is the server's answer: the body is set aside (said in --debug) and the
// error is judged by its status, retried when that is a server failure.
import { expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';
import { useAnswerServer } from '../helpers/answer-server.js';
import { testClient } from '../helpers/emulator.js';

let status = 502;
let coding = 'gzip';
const server = useAnswerServer(() => ({ status, headers: { 'Content-Type': 'text/html', 'Content-Encoding': coding }, body: '<html>not compressed</html>' }));

it('a 502 whose body does not decode: a server failure, retried, exit 5', async () => {
  const { client, retries, trace } = await testClient(server.url, { retries: 1 });
  const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as ScmApiError;
  expect([e instanceof ScmApiError, e.status, e.exitCode, retries.length]).toEqual([true, 502, 5, 1]);
  expect(trace.join('\n')).toMatch(/gzip/);
});

it('a 400 in a coding scm does not know: a rejection, exit 4', async () => {
  [status, coding] = [400, 'zstd'];
  const { client } = await testClient(server.url, { retries: 1 });
  const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as ScmApiError;
  expect([e instanceof ScmApiError, e.status, e.exitCode]).toEqual([true, 400, 4]);
});
