// `scm push` end to end against the emulator process: one project, several (batch, with a per-project table
// and JSON), CDN, the offline refusals (nothing reaches the emulator), API errors, retries, a timeout, and a
// final scan of every output for secrets.
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, secretMarkers, TEST_AK, TEST_SK, TEST_TOKEN } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('push');
let id: string;
const { run, outputs } = cliRecorder(() => t.env());
const pushes = async () => (await t.emu.state()).certificates.find((c) => c.id === id)!.pushes.map((p) => `${p.service}:${p.project}`);

beforeEach(async () => {
  const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'push-test', '-q']);
  expect(r.code).toBe(0);
  id = r.stdout.trim();
});

describe('scm push: success', () => {
  it('one project: PushCertificate (204)', async () => {
    const r = await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4']);
    expect([r.code, r.stdout]).toEqual([0, `pushed ${id} to WAF in cn-north-4\n`]);
    expect(await pushes()).toEqual(['WAF:cn-north-4']);
    expect((await t.emu.state()).requests.byOperation['batch-push']).toBeUndefined();
  });

  it('several projects: one batch-push and a per-project table', async () => {
    const r = await run(['push', id, '--service', 'elb', '--project', 'cn-north-4', '--project', 'ap-southeast-1_prod']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^pushed ${id} to ELB in 2 of 2 projects\\nPROJECT +RESULT +MESSAGE +CERT_ID\\ncn-north-4 +pushed +- +[0-9a-f]{32}\\nap-southeast-1_prod +pushed +- +[0-9a-f]{32}\\n$`));
    expect((await t.emu.state()).requests.byOperation['batch-push']).toBe(1);
  });

  it('--json: one document with a result per project', async () => {
    const r = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4', '--project', 'la-south-2', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 1, pushed: true, ok: true, certificate_id: id, service: 'ELB', mode: 'batch', results: [{ project: 'cn-north-4', ok: true }, { project: 'la-south-2', ok: true }] });
  });

  it('CDN needs no project', async () => {
    const r = await run(['push', id, '--service', 'CDN']);
    expect(r.code).toBe(0);
    expect(await pushes()).toEqual(['CDN:']);
  });

  it('--dry-run sends nothing', async () => {
    const before = (await t.emu.state()).requests.total;
    const r = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4', '--project', 'cn-east-3', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^POST http://127\\.0\\.0\\.1:\\d+/v3/scm/certificates/${id}/batch-push\\n`));
    expect(r.stderr).toMatch(/dry run: nothing was sent/);
    expect((await t.emu.state()).requests.total).toBe(before);
  });
});

describe('scm push: offline refusals send nothing', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ['a malformed id (SCM.0020)', () => ['scs123', '--service', 'WAF', '--project', 'cn-north-4'], /push-id-format  SCM\.0020/],
    ['an unknown service (SCM.0030)', () => [id, '--service', 'OBS', '--project', 'cn-north-4'], /push-service  SCM\.0030/],
    ['an unknown project (SCM.0069)', () => [id, '--service', 'ELB', '--project', 'cn-error-4'], /push-project-unknown  SCM\.0069/],
    ['WAF without a project (SCM.0069)', () => [id, '--service', 'WAF'], /push-project-missing  SCM\.0069/],
  ];
  for (const [what, args, pattern] of cases) {
    it(`refuses ${what} with exit 1`, async () => {
      const before = (await t.emu.state()).requests.total;
      const r = await run(['push', ...args()]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).toMatch(/fix: [\s\S]*push refused offline: nothing was sent/);
      expect((await t.emu.state()).requests.total).toBe(before);
    });
  }

  it('--json puts the findings on stdout; missing --service is a usage error', async () => {
    const before = (await t.emu.state()).requests.total;
    const r = await run(['push', 'x', '--service', 'WAF', '--project', 'cn-north-4', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ pushed: false, sent: false, findings: [{ rule: 'push-id-format', code: 'SCM.0020' }] });
    expect((await run(['push', id])).code).toBe(2);
    expect((await t.emu.state()).requests.total).toBe(before);
  });
});

describe('scm push: API failures', () => {
  it('an unknown id is rejected by SCM with its explanation: exit 4', async () => {
    const r = await run(['push', 'scs1000000000000', '--service', 'WAF', '--project', 'cn-north-4']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/SCM rejected the push: SCM\.0008 Abnormal certificate ID \(HTTP 400, request id [0-9a-f]{32}\)/);
    expect(r.stderr).toMatch(/hint: check that the certificate ID/);
  });

  it('upload --if-changed --push of a certificate SCM holds, one region failing: the error says it was not uploaded again', async () => {
    await t.emu.fault({ op: 'batch-push', answer: { status: 200, body: { results: [{ project_name: 'cn-north-4', cert_id: 'c0ffee', message: 'success' }, { project_name: 'ap-southeast-1', cert_id: '', message: '推送失败' }] } } });
    const args = ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'push-test', '--if-changed', '--push', 'WAF:cn-north-4,ap-southeast-1'];
    const r = await run(args);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(new RegExp(`^scm: already in SCM as ${id} \\(not uploaded again\\), but the push failed for 1 of 2 targets: ap-southeast-1`, 'm'));
    expect(r.stderr).not.toMatch(/uploaded as/);
    await t.emu.fault({ op: 'batch-push', answer: { status: 200, body: { results: [{ project_name: 'cn-north-4', cert_id: 'c0ffee', message: 'success' }, { project_name: 'ap-southeast-1', cert_id: '', message: '推送失败' }] } } });
    const zh = await run([...args, '--lang', 'zh']);
    expect(zh.stderr).toContain(`SCM 中已有这张证书，ID 为 ${id}（未重新上传），但 2 个目标中有 1 个推送失败：ap-southeast-1`);
  });

  it('upload --push to two services in one region, one failing: the error names the service with the region', async () => {
    await t.emu.fault({ op: 'push', after: 1, status: 400, error_code: 'SCM.0005', error_msg: 'bad' });
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'push-test', '--if-changed', '--push', 'WAF:cn-north-4', '--push', 'ELB:cn-north-4']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/but the push failed for 1 of 2 targets: ELB cn-north-4 \(/);
  });

  it('a bad signature is exit 3; a token works', async () => {
    const bad = await run(['push', id, '--service', 'CDN'], { env: { HUAWEICLOUD_SDK_SK: 'wrong-secret-for-push' } });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/APIGW\.0301/);
    const tok = await run(['push', id, '--service', 'CDN'], { env: { SCM_AUTH_TOKEN: TEST_TOKEN } });
    expect(tok.code).toBe(0);
  });

  it('retries that recover: 429 with Retry-After, then 503', async () => {
    await t.emu.fault([{ op: 'push', status: 429, retry_after: 1 }, { op: 'push', status: 503, after: 1 }]);
    const r = await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4', '--debug']);
    expect(r.code).toBe(0);
    // 429: throttled before SCM saw it, sent again as is. 503: it may have pushed, so look first.
    expect(r.stderr).toMatch(/push: SCM could not complete the push: APIGW\.0308 .*\(HTTP 429, .*\); retry 1 of 3 in 1\.\ds/);
    expect(r.stderr).toMatch(/push: SCM could not complete the push: SCM\.4001 .*\(HTTP 503, .*\); checking where the certificate is deployed before trying again$/m);
    expect(r.stderr).toMatch(/push: SCM could not complete the push: SCM\.4001 .*; retry 2 of 3 in \d\.\ds$/m);
    expect((await t.emu.state()).requests.byOperation).toMatchObject({ push: 3, 'deployed-resources': 1 });
    expect(await pushes()).toEqual(['WAF:cn-north-4']);
  });

  it('5xx after every retry is exit 5', async () => {
    await t.emu.fault({ op: 'push', status: 500, times: 10 });
    const r = await run(['push', id, '--service', 'CDN', '--retries', '1']);
    expect(r.code).toBe(5);
    expect((await t.emu.state()).requests.byOperation.push).toBe(2);
  });

  it('a timeout is exit 5', async () => {
    await t.emu.fault({ op: 'push', delay_ms: 5000, times: 10 });
    const r = await run(['push', id, '--service', 'CDN', '--timeout', '0.3', '--retries', '0']);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/no answer within 0\.3s: POST http:\/\/127\.0\.0\.1:\d+\/v3\/scm\/certificates\/scs\d{13}\/push/);
    expect(r.stderr).toMatch(/^hint: .*raise --timeout/m);
  });

  it('a refused connection is exit 5', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const r = await run(['push', id, '--service', 'CDN', '--retries', '0'], { env: { SCM_ENDPOINT: `http://127.0.0.1:${port}` } });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(new RegExp(`cannot connect to 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`));
  });

  it('plain http to a non-loopback endpoint is refused before sending (exit 2)', async () => {
    const r = await run(['push', id, '--service', 'CDN'], { env: { SCM_ENDPOINT: 'http://scm.example.com' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plain http is accepted only for loopback hosts/);
  });
});

describe('secrets', () => {
  it('no output of this file contains the private key, the SK or a token', () => {
    expect(outputs.length).toBeGreaterThan(20);
    expect(outputs.some((o) => o.stderr.includes(`Access=${TEST_AK}`))).toBe(true);
    const markers = [TEST_SK, TEST_TOKEN, 'wrong-secret-for-push', ...secretMarkers(t.b.keyPem, readFileSync(t.b.fullchain, 'utf8'))];
    for (const o of outputs) for (const m of markers) expect(o.stdout.includes(m) || o.stderr.includes(m), `${o.args.join(' ')} leaked ${m.slice(0, 8)}...`).toBe(false);
  });
});
