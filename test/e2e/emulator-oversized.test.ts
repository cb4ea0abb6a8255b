// The emulator answers an oversized request line or header block as the API Gateway does (docs/emulator.md,
// the contract's "gateway's real error shapes"): 414 and 494 with an APIGW.0201 body and a request_id. Node's
// HTTP parser used to refuse them first with a bare 431 and no body, which no real gateway sends, so scm said
// "no error code (HTTP 431)". Ordinary requests, long IAM tokens included, are untouched.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('oversized', { bundle: false });
const { run } = cliRecorder(() => t.env());

function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${t.emu.url}${path}`, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('emulator: oversized requests answered as the gateway answers them', () => {
  it('a request URI of 40,000 characters: 414 APIGW.0201 "Request URI too large."', async () => {
    const r = await raw(`/v3/scm/certificates?content=${'a'.repeat(40_000)}`);
    expect(r.status).toBe(414);
    const body = JSON.parse(r.body);
    expect(body).toMatchObject({ error_code: 'APIGW.0201', error_msg: 'Request URI too large.' });
    expect(body.request_id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('a header block of 100 KB: 494 APIGW.0201 "Request headers too large."', async () => {
    const r = await raw('/v3/scm/certificates', { 'X-Padding': 'b'.repeat(100_000) });
    expect(r.status).toBe(494);
    expect(JSON.parse(r.body)).toMatchObject({ error_code: 'APIGW.0201', error_msg: 'Request headers too large.' });
  });

  it('a 12 KB X-Auth-Token (a long IAM token) still reaches authentication (401 APIGW.0301, not a size refusal)', async () => {
    const r = await raw('/v3/scm/certificates', { 'X-Auth-Token': `MII${'t'.repeat(12_000)}` });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body).error_code).toBe('APIGW.0301');
  });

  it('scm list --search with a 40,000-character text: exit 4, said with APIGW.0201 and HTTP 414', async () => {
    const r = await run(['list', '--search', 'a'.repeat(40_000)]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('APIGW.0201 Request URI too large. (HTTP 414');
  });
});

describe('emulator: what the HTTP parser itself refuses', () => {
  it('headers beyond what it reads (300 KB): 494 APIGW.0201 with its body; a malformed request: 400 APIGW.0201', async () => {
    const { connect } = await import('node:net');
    const port = Number(new URL(t.emu.url).port);
    const send = (text: string): Promise<string> =>
      new Promise((resolve, reject) => {
        const s = connect(port, '127.0.0.1', () => s.end(text));
        let got = '';
        s.setEncoding('utf8').on('data', (d: string) => (got += d)).on('end', () => resolve(got)).on('error', reject);
      });
    const big = await send(`GET /v3/scm/certificates HTTP/1.1\r\nHost: x\r\nX-Padding: ${'c'.repeat(300_000)}\r\n\r\n`);
    expect(big).toMatch(/^HTTP\/1\.1 494 /);
    expect(JSON.parse(big.slice(big.indexOf('\r\n\r\n') + 4))).toMatchObject({ error_code: 'APIGW.0201', error_msg: 'Request headers too large.' });
    const bad = await send('NOT A REQUEST\r\n\r\n');
    expect(bad).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(bad.slice(bad.indexOf('\r\n\r\n') + 4)).error_code).toBe('APIGW.0201');
  });
});
