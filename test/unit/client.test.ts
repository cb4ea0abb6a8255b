// The SCM client against the in-process emulator: signed requests, token auth, finding a certificate by
// fingerprint, push results, API errors explained from the catalogue, and retries with backoff.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorFields } from '../../src/api/client.js';
import { ScmApiError } from '../../src/api/errors.js';
import { identityOf } from '../../src/api/cert-identity.js';
import { findCopies } from '../../src/api/find.js';
import { executePush } from '../../src/api/push.js';
import { backoffMs, defaultPolicy, parseRetryAfter } from '../../src/api/retry.js';
import type { Auth } from '../../src/config/index.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { describeLeaf } from '../../src/emulator/store.js';
import { PLAIN } from '../../src/io/style.js';
import { pushOutcomeJson, renderPushOutcome } from '../../src/commands/push/render.js';
import { makeBundle, testClient, TEST_AK, TEST_SK, TEST_TOKEN, type Bundle } from '../helpers/emulator.js';

let emu: Emulator;
let bundle: Bundle;
let dir: string;
let certId: string;
const AKSK: Auth = { kind: 'aksk', ak: TEST_AK, sk: TEST_SK, projectId: '0123456789abcdef0123456789abcdef', securityToken: 'SECURITYTOKENabcdef123456' };

const makeClient = (o: { auth?: Auth; timeoutMs?: number; retries?: number; env?: Record<string, string>; url?: string } = {}) =>
  testClient(o.url ?? emu.url, { ...o, auth: o.auth ?? AKSK, secrets: ['SECURITYTOKENabcdef123456'] });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-client-'));
  bundle = makeBundle(join(dir, 'b'));
  emu = await startEmulator({ port: 0, keys: [{ ak: TEST_AK, sk: TEST_SK }], tokens: [TEST_TOKEN] });
});
afterAll(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  emu.faults.clear();
  emu.store.clear();
  const pem = readFileSync(bundle.cert, 'utf8');
  certId = emu.store.add({ ...describeLeaf(pem), name: 'app-example', certificate: pem, chain: '', enterpriseProjectId: '0', createdAt: new Date(), signatureAlgorithm: null }, new Date()).id;
});

describe('signed requests', () => {
  it('pushes with AK/SK (project id and security token signed) and the emulator verifies it', async () => {
    const { client } = await makeClient();
    await client.pushOnce(certId, { target_service: 'WAF', target_project: 'cn-north-4' });
    expect(emu.store.get(certId)!.pushes).toMatchObject([{ service: 'WAF', project: 'cn-north-4' }]);
    expect(emu.store.requests.unauthorized).toBe(0);
  });

  it('signs the query string of list and reads the list', async () => {
    const { client } = await makeClient();
    const list = await client.listPage({ limit: 50, content: 'app.example.test' });
    expect(list.total_count).toBe(1);
    expect(list.certificates[0]).toMatchObject({ id: certId, domain: 'app.example.test', status: 'UPLOAD' });
    expect(list.certificates[0]!.expire_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d$/);
  });

  it('authenticates with X-Auth-Token', async () => {
    const { client } = await makeClient({ auth: { kind: 'token', token: TEST_TOKEN } });
    const detail = await client.show(certId);
    expect(detail.id).toBe(certId);
  });

  it('finds a stored certificate by SHA-1 fingerprint', async () => {
    const { client } = await makeClient();
    expect((await findCopies(client, identityOf(readFileSync(bundle.cert, 'utf8')))).copies).toEqual([{ id: certId, name: 'app-example' }]);
    const other = makeBundle(join(dir, 'other'));
    // Same names and expiry day: listed and opened, but its fingerprint differs.
    expect(await findCopies(client, identityOf(readFileSync(other.cert, 'utf8')))).toEqual({ copies: [], projects: new Map(), listed: 1, pages: 1, shows: 1 });
  });
});

describe('executePush', () => {
  it('turns batch-push results into one row per project, failures included', async () => {
    const { client } = await makeClient();
    // The offline checks would refuse cn-error-4; the plan is built by hand to see the server's per-project answer.
    const outcome = await executePush(client, { id: certId, service: 'ELB', projects: ['cn-north-4', 'cn-error-4'], mode: 'batch', batches: [['cn-north-4', 'cn-error-4']] });
    expect(outcome.rows).toMatchObject([{ project: 'cn-north-4', ok: true, result: 'pushed' }, { project: 'cn-error-4', ok: false, result: 'failed', message: 'Invalid region id.' }]);
    const text = renderPushOutcome(outcome, PLAIN, 'en');
    expect(text).toMatch(/^pushed with failures: scs\d{13} to ELB in 1 of 2 projects\n/);
    expect(text).toMatch(/cn-error-4 +failed +Invalid region id\. +-/);
    expect(pushOutcomeJson(outcome)).toMatchObject({ ok: false, mode: 'batch' });
  });
});

describe('API errors', () => {
  it('a wrong SK is APIGW.0301 -> exit 3, explained, with no secret in the message', async () => {
    const { client } = await makeClient({ auth: { ...AKSK, sk: 'wrong-secret-key-000' } });
    const e = await client.show(certId).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ScmApiError);
    const err = e as ScmApiError;
    expect(err.exitCode).toBe(3);
    expect(err.errorCode).toBe('APIGW.0301');
    expect(err.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(err.message).toContain('Incorrect IAM authentication information');
    expect(err.hint).toMatch(/15 minutes/);
    // The gateway quotes the canonical request, signed header values included: the token must not come back.
    expect(err.message).toContain('x-security-token:[redacted]');
    expect(JSON.stringify(err.toJSON()) + err.message + err.hint).not.toContain('SECURITYTOKENabcdef123456');
  });

  it('a business error is exit 4 with the catalogue text and fix', async () => {
    const { client } = await makeClient();
    const e = (await client.pushOnce('scs0000000000001', { target_service: 'WAF', target_project: 'cn-north-4' }).catch((x: unknown) => x)) as ScmApiError;
    expect(e.exitCode).toBe(4);
    expect(e.status).toBe(400);
    expect(e.errorCode).toBe('SCM.0008');
    expect(e.message).toMatch(/SCM rejected the push: SCM\.0008 Abnormal certificate ID/);
    expect(e.message).toMatch(/why: /);
    expect(e.hint).toMatch(/scs \+ 13 digits.*scm explain SCM\.0008/);
  });

  it('reads error bodies nested one level, and {code, message}', () => {
    expect(errorFields('{"error":{"error_code":"SCM.0014","error_msg":"m"}}')).toEqual({ code: 'SCM.0014', msg: 'm' });
    expect(errorFields('{"code":"APIGW.0301","message":"x"}')).toEqual({ code: 'APIGW.0301', msg: 'x' });
    expect(errorFields('{"errorCode":"SCM.0014","errorMsg":"m"}')).toEqual({ code: 'SCM.0014', msg: 'm' });
    expect(errorFields('{"error":{"errorCode":"SCM.0008","errorMsg":"n"}}')).toEqual({ code: 'SCM.0008', msg: 'n' });
    expect(errorFields('<html>bad gateway</html>')).toEqual({});
  });

  it('unknown codes are judged by HTTP status: 401 -> 3, 502 -> 5, 409 -> 4', async () => {
    const { client } = await makeClient({ retries: 0 });
    emu.faults.add([
      { op: 'show', times: 1, after: 0, status: 401, error_code: 'XYZ.0001', error_msg: 'nope' },
      { op: 'show', times: 1, after: 1, status: 502, error_code: 'XYZ.0002', error_msg: 'bad gateway' },
      { op: 'show', times: 1, after: 2, status: 409, error_code: 'XYZ.0003', error_msg: 'conflict' },
    ]);
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) codes.push(await client.show(certId).then(() => 0, (x: ScmApiError) => x.exitCode));
    expect(codes).toEqual([3, 5, 4]);
  });
});

describe('retries', () => {
  it('recovers from two 503s on push: looks where it is deployed, backs off, sends again', async () => {
    emu.faults.add([{ op: 'push', times: 2, after: 0, status: 503 }]);
    const { client, sleeps, retries } = await makeClient();
    const outcome = await executePush(client, { id: certId, service: 'ELB', projects: ['ap-southeast-1'], mode: 'single', batches: [] });
    expect(outcome.rows).toMatchObject([{ project: 'ap-southeast-1', ok: true, result: 'pushed' }]);
    expect(emu.store.requests.byOperation).toMatchObject({ push: 3, 'deployed-resources': 2 });
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]!);
    expect(retries[0]).toMatch(/^push: SCM could not complete the push: SCM\.4001 .*; checking where the certificate is deployed before trying again$/);
    expect(retries[1]).toMatch(/^push: SCM could not complete the push: SCM\.4001 .*; retry 1 of 3 in \d\.\ds$/);
    expect(emu.store.deployments.using(certId)).toHaveLength(1);
  });

  it('honours Retry-After on 429', async () => {
    emu.faults.add([{ op: 'list', times: 1, after: 0, status: 429, retry_after: 7 }]);
    const { client, sleeps } = await makeClient();
    await client.listPage();
    expect(sleeps).toEqual([7000]);
  });

  it('gives up after the retries with exit 5', async () => {
    emu.faults.add([{ op: 'show', times: 100, after: 0, status: 500 }]);
    const { client } = await makeClient({ retries: 2 });
    const e = (await client.show(certId).catch((x: unknown) => x)) as ScmApiError;
    expect(e.exitCode).toBe(5);
    expect(emu.store.requests.byOperation.show).toBe(3);
  });

  it('does not retry a rejection (4xx)', async () => {
    const { client } = await makeClient();
    await client.show('scs0000000000009').catch(() => undefined);
    expect(emu.store.requests.byOperation.show).toBe(1);
  });

  it('computes backoff with jitter and parses Retry-After', () => {
    const p = { ...defaultPolicy(3), random: () => 1 };
    expect([0, 1, 2, 10].map((n) => backoffMs(n, p))).toEqual([400, 800, 1600, 8000]);
    expect(backoffMs(0, { ...p, random: () => 0 }, 2000)).toBe(2000);
    expect(backoffMs(0, p, 10 * 60_000)).toBe(600_000); // never cut: nextWait stops instead (retry-after.test.ts)
    const now = new Date('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
