// A Retry-After given as an HTTP date is measured against the answer's own Date header, the server's clock, not
// against this machine's: a gateway whose clock is 2 hours ahead asking to wait 10 s was read as a wait of 2 hours
// (exit 5, 'try again after ...' hours away), and one 2 hours behind asking for 60 s as a date already past, retried
// at once. Through the built binary against a local server with its clock moved.
import { describe, expect, it } from 'vitest';
import { useAnswerServer, type Answer } from '../helpers/answer-server.js';
import { runCli } from '../helpers/run-cli.js';

let skewMs = 0;
let waitS = 10;
let requests = 0;
/** A 429 from a gateway whose clock is `skewMs` off, asking to wait `waitS` seconds by its own clock. */
const server = useAnswerServer((): Answer => {
  requests++;
  const at = Date.now() + skewMs;
  return {
    status: 429,
    headers: { 'Content-Type': 'application/json', Date: new Date(at).toUTCString(), 'Retry-After': new Date(at + waitS * 1000).toUTCString() },
    body: '{"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached.","request_id":"0123456789abcdef0123456789abcdef"}',
  };
});
const env = (): Record<string, string | undefined> => ({ SCM_ENDPOINT: server.url, HUAWEICLOUD_SDK_AK: 'AKAKAKAKAKAKAKAKAKAK', HUAWEICLOUD_SDK_SK: 'SKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSK', HOME: process.env.HOME });

describe('Retry-After as an HTTP date, from a server whose clock is off', () => {
  it('2 h ahead, asking for 10 s: said as a wait of about 10 s, not 2 hours', async () => {
    [skewMs, waitS, requests] = [2 * 3_600_000, 10, 0];
    const r = await runCli(['list', '--retries', '0'], { env: env() });
    expect(r.code, r.stderr).toBe(5);
    const m = /SCM asked to wait (\d+)s before trying again/.exec(r.stderr);
    expect(m, r.stderr).not.toBeNull();
    // Whole seconds of the HTTP date, rounded up: 9 to 11.
    expect(Number(m![1])).toBeGreaterThanOrEqual(9);
    expect(Number(m![1])).toBeLessThanOrEqual(11);
  });

  it('2 h behind, asking for 60 s: not retried at once; exit 5 saying when to try again, one request', async () => {
    [skewMs, waitS, requests] = [-2 * 3_600_000, 60, 0];
    const r = await runCli(['list', '--retries', '2'], { env: env() });
    expect(r.code, r.stderr).toBe(5);
    expect(requests).toBe(1);
    const m = /SCM asked to wait (\d+)s before trying again \(until (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC\), longer than scm waits/.exec(r.stderr);
    expect(m, r.stderr).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(59);
    expect(Number(m![1])).toBeLessThanOrEqual(61);
    // The moment to try again is on this machine's clock: about a minute from now, not two hours ago.
    expect(Math.abs(Date.parse(`${m![2]!.replace(' ', 'T')}Z`) - (Date.now() + 60_000))).toBeLessThan(15_000);
  });
});
