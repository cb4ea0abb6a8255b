// The emulator as an HTTP API: real paths and bodies, server-side validation with SCM codes, SDK-HMAC-SHA256
// verification, the admin API and fault injection.
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { identityOf } from '../../src/api/cert-identity.js';
import { entryFor } from '../../src/core/catalogue/index.js';
import { signRequest } from '../../src/core/sign/index.js';
import { checkImport } from '../../src/emulator/checks.js';
import { parseFault, Faults } from '../../src/emulator/faults.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { makeBundle, TEST_AK, TEST_SK, TEST_TOKEN, type Bundle } from '../helpers/emulator.js';

let emu: Emulator;
let dir: string;
let good: Bundle;
let other: Bundle;
const read = (p: string): string => readFileSync(p, 'utf8');

async function call(method: 'GET' | 'POST', path: string, body?: unknown, o: { sk?: string; date?: Date; token?: string; raw?: string } = {}) {
  const url = new URL(`${emu.url}${path}`);
  const text = o.raw ?? (body === undefined ? undefined : JSON.stringify(body));
  let headers: Record<string, string> = text === undefined ? {} : { 'Content-Type': 'application/json' };
  if (o.token) headers['X-Auth-Token'] = o.token;
  else headers = signRequest({ method, url, headers, body: text ?? '', date: o.date ?? new Date() }, { ak: TEST_AK, sk: o.sk ?? TEST_SK }).headers;
  const res = await fetch(url, { method, headers, ...(text === undefined ? {} : { body: text }) });
  const t = await res.text();
  return { status: res.status, requestId: res.headers.get('x-request-id'), body: t ? (JSON.parse(t) as Record<string, any>) : undefined };
}

const importBody = (b: Bundle, extra: Record<string, unknown> = {}) => ({ name: 'app-example', certificate: read(b.cert), certificate_chain: read(b.chain), private_key: b.keyPem, ...extra });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-emu-'));
  good = makeBundle(join(dir, 'good'));
  other = makeBundle(join(dir, 'other'), { cn: 'other.example.test' });
  emu = await startEmulator({ port: 0, keys: [{ ak: TEST_AK, sk: TEST_SK }], tokens: [TEST_TOKEN] });
});
afterAll(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  emu.store.clear();
  emu.faults.clear();
});

describe('import checks with the server clock injected', () => {
  it('answers SCM.0010 for a certificate that has expired by the server\'s date (cert-expired has no published code)', async () => {
    const notAfter = new Date(new X509Certificate(read(good.cert)).validTo);
    const later = new Date(notAfter.getTime() + 86_400_000);
    expect(await checkImport(importBody(good), later)).toMatchObject({ ok: false, code: 'SCM.0010' });
    expect(await checkImport(importBody(good), new Date(notAfter.getTime() - 86_400_000))).toMatchObject({ ok: true });
  });
});

describe('import', () => {
  it('stores a valid bundle and answers {certificate_id} in the real id format', async () => {
    const r = await call('POST', '/v3/scm/certificates/import', importBody(good));
    expect(r.status).toBe(200);
    expect(r.body!.certificate_id).toMatch(/^scs\d{13}$/);
    expect(r.requestId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('applies the validator server-side: SCM codes with the catalogue English message', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [importBody(good, { private_key: other.keyPem }), 'SCM.0014'],
      [importBody(good, { private_key: '' }), 'SCM.0059'],
      [importBody(good, { name: 'a b' }), 'SCM.0032'],
      [importBody(good, { certificate_chain: '' }), 'SCM.0109'],
      [importBody(good, { certificate: read(good.cert).replace('-----BEGIN CERTIFICATE-----', '') }), 'SCM.0053'],
      [importBody(good, { certificate: 'not a certificate' }), 'SCM.0031'],
      [importBody(good, { enterprise_project_id: 'NOPE' }), 'SCM.0005'],
    ];
    for (const [body, code] of cases) {
      const r = await call('POST', '/v3/scm/certificates/import', body);
      expect([r.status, r.body], code).toEqual([400, { error_code: code, error_msg: entryFor(code)!.message.en }]);
    }
    const bad = await call('POST', '/v3/scm/certificates/import', undefined, { raw: '{"name":' });
    expect(bad.body).toMatchObject({ error_code: 'SCM.0005' });
    expect(emu.store.all()).toHaveLength(0);
  });

  it('honours duplicate_check=false', async () => {
    await call('POST', '/v3/scm/certificates/import', importBody(good));
    expect((await call('POST', '/v3/scm/certificates/import', importBody(good, { duplicate_check: false }))).status).toBe(400);
    expect((await call('POST', '/v3/scm/certificates/import', importBody(good))).status).toBe(200);
  });
});

describe('list, show, push, batch-push', () => {
  let id: string;
  beforeEach(async () => {
    id = (await call('POST', '/v3/scm/certificates/import', importBody(good))).body!.certificate_id as string;
  });

  it('lists with the documented fields and filters by content', async () => {
    const r = await call('GET', '/v3/scm/certificates?limit=10&content=app.example');
    expect(r.body).toMatchObject({ total_count: 1, certificates: [{ id, name: 'app-example', domain: 'app.example.test', status: 'UPLOAD', domain_count: 2 }] });
    expect(r.body!.certificates[0].expire_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d$/);
    expect((await call('GET', '/v3/scm/certificates?content=nothing')).body).toMatchObject({ total_count: 0, certificates: [] });
    expect((await call('GET', '/v3/scm/certificates?limit=500')).body).toMatchObject({ error_code: 'SCM.0005' });
    // The documented range is 10-50: a smaller page is refused as the real service refuses it.
    expect((await call('GET', '/v3/scm/certificates?limit=5')).body).toMatchObject({ error_code: 'SCM.0005' });
  });

  it('shows the SHA-1 fingerprint of the leaf', async () => {
    const r = await call('GET', `/v3/scm/certificates/${id}`);
    const sha1 = createHash('sha1').update(new X509Certificate(read(good.cert)).raw).digest('hex');
    expect(r.body).toMatchObject({ id, fingerprint: sha1 });
    expect(identityOf(read(good.cert)).sha1).toBe(sha1);
    expect((await call('GET', '/v3/scm/certificates/scs0000000000001')).body).toMatchObject({ error_code: 'SCM.0008' });
    expect((await call('GET', '/v3/scm/certificates/bogus')).body).toMatchObject({ error_code: 'SCM.0020' });
  });

  it('pushes: 204 with no body; SCM.0030 / SCM.0069 / SCM.0020 for bad requests', async () => {
    expect(await call('POST', `/v3/scm/certificates/${id}/push`, { target_service: 'CDN', target_project: '' })).toMatchObject({ status: 204, body: undefined });
    expect(await call('POST', `/v3/scm/certificates/${id}/push`, { target_service: 'waf', target_project: 'cn-north-4_prod' })).toMatchObject({ status: 204 });
    expect((await call('POST', `/v3/scm/certificates/${id}/push`, { target_service: 'OBS', target_project: 'cn-north-4' })).body).toMatchObject({ error_code: 'SCM.0030' });
    expect((await call('POST', `/v3/scm/certificates/${id}/push`, { target_service: 'ELB', target_project: 'cn-error-4' })).body).toMatchObject({ error_code: 'SCM.0069' });
    expect((await call('POST', '/v3/scm/certificates/scs12/push', { target_service: 'ELB', target_project: 'cn-north-4' })).body).toMatchObject({ error_code: 'SCM.0020' });
    expect(emu.store.get(id)!.pushes.map((p) => `${p.service}:${p.project}`)).toEqual(['CDN:', 'WAF:cn-north-4_prod']);
  });

  it('batch-pushes with a result per project, "Invalid region id." for unknown ones', async () => {
    const r = await call('POST', `/v3/scm/certificates/${id}/batch-push`, { target_service: 'ELB', target_projects: ['cn-north-4', 'cn-error-4'] });
    expect(r.status).toBe(200);
    expect(r.body!.results).toMatchObject([{ project_name: 'cn-north-4', message: 'success' }, { project_name: 'cn-error-4', cert_id: '', message: 'Invalid region id.' }]);
    expect((await call('POST', `/v3/scm/certificates/${id}/batch-push`, { target_service: 'ELB', target_projects: [] })).body).toMatchObject({ error_code: 'SCM.0005' });
  });
});

describe('authentication', () => {
  it('answers the gateway 401 APIGW.0301 body for a bad signature, with request_id', async () => {
    const r = await call('GET', '/v3/scm/certificates', undefined, { sk: 'wrong' });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ error_code: 'APIGW.0301', request_id: r.requestId });
    expect(r.body!.error_msg).toMatch(/^Incorrect IAM authentication information: verify aksk signature fail,canonicalRequest:GET\|\/v3\/scm\/certificates\/\|/);
    expect(emu.store.requests.unauthorized).toBe(1);
  });
  it('allows 15 minutes of clock skew', async () => {
    expect((await call('GET', '/v3/scm/certificates', undefined, { date: new Date(Date.now() - 14 * 60_000) })).status).toBe(200);
    const r = await call('GET', '/v3/scm/certificates', undefined, { date: new Date(Date.now() - 16 * 60_000) });
    expect([r.status, r.body!.error_msg]).toEqual([401, 'Incorrect IAM authentication information: signature expired']);
  });
  it('accepts the configured X-Auth-Token only', async () => {
    expect((await call('GET', '/v3/scm/certificates', undefined, { token: TEST_TOKEN })).status).toBe(200);
    expect((await call('GET', '/v3/scm/certificates', undefined, { token: 'other' })).status).toBe(401);
    const none = await fetch(`${emu.url}/v3/scm/certificates`);
    expect(none.status).toBe(401);
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  });
  it('answers unknown paths with APIGW.0101 404', async () => {
    expect(await call('GET', '/v3/scm/nothing')).toMatchObject({ status: 404, body: { error_code: 'APIGW.0101' } });
  });
});

describe('faults and the admin API', () => {
  it('checks fault specs', () => {
    expect(parseFault({ op: 'push', status: 503 })).toEqual({ op: 'push', times: 1, after: 0, status: 503 });
    expect(() => parseFault({ op: 'explode' })).toThrow(/'op' must be/);
    expect(() => parseFault({ status: 200 })).toThrow(/'status' must be a whole number from 400 to 599/);
    expect(() => parseFault({ status: 500, action: 'drop' })).toThrow(/not several/);
    expect(() => parseFault({ answer: { status: 200 }, status: 500 })).toThrow(/not several/);
    expect(parseFault({ op: 'batch-push', answer: { body: { results: [] } } })).toEqual({ op: 'batch-push', times: 1, after: 0, answer: { status: 200, body: { results: [] } } });
    expect(() => parseFault({ stauts: 500 })).toThrow(/unknown fault field 'stauts'/);
  });
  it('skips `after` matches then affects `times` matches', () => {
    const f = new Faults();
    f.add([parseFault({ op: 'list', after: 1, times: 2, status: 500 })]);
    expect(['list', 'show', 'list', 'list', 'list'].map((op) => f.take(op as 'list')?.status)).toEqual([undefined, undefined, 500, 500, undefined]);
  });
  it('sets faults, reports state and resets over HTTP', async () => {
    expect((await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', body: '{"op":"list","status":503}' })).status).toBe(201);
    expect((await call('GET', '/v3/scm/certificates')).status).toBe(503);
    expect((await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', body: '{"op":"list","status":99}' })).status).toBe(400);
    const state = (await (await fetch(`${emu.url}/_emulator/state`)).json()) as { requests: { total: number; byOperation: Record<string, number> } };
    expect(state.requests).toMatchObject({ total: 1, byOperation: { list: 1 } });
    await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' });
    expect(emu.store.requests.total).toBe(0);
  });
  it('drops connections', async () => {
    emu.faults.add([parseFault({ op: 'list', action: 'drop' })]);
    await expect(call('GET', '/v3/scm/certificates')).rejects.toThrow();
  });
});
