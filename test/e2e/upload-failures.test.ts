// `scm upload` end to end when the API fails: a server-side rejection explained with its fix (exit 4), bad or
// missing credentials (exit 3), retries that recover without a second copy, a timeout and an unreadable
// answer (exit 5); and a final scan of every output for secrets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle, secretMarkers, TEST_AK, TEST_SK, TEST_TOKEN, type Bundle } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

let other: Bundle;
const t = withEmulator('upload-fail', {
  setup: (dir) => {
    other = makeBundle(join(dir, 'other'), { cn: 'other.example.test' });
  },
});
const SECURITY_TOKEN = 'SeCuRiTyToKeN-e2e-0123456789abcdef';
const { run, outputs } = cliRecorder(() => t.env());
const upload = (b: Bundle, ...extra: string[]) => run(['upload', '--cert', b.fullchain, '--key', b.key, '--name', 'app-example', ...extra]);

describe('scm upload: API failures', () => {
  it('a server-side rejection is explained with its fix: exit 4 (with --no-validate, said loudly)', async () => {
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', other.key, '--name', 'app', '--no-validate']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^warning: --no-validate: the offline checks do not stop this upload; ignoring 1 error: key-mismatch \(SCM\.0014\); SCM may reject it$/m);
    expect(r.stderr).toMatch(/scm: SCM rejected the import: SCM\.0014 The uploaded certificate does not match the private key\. \(HTTP 400, request id [0-9a-f]{32}\)/);
    expect(r.stderr).toMatch(/why: /);
    expect(r.stderr).toMatch(/caught offline by: scm validate \(rule key-mismatch\)/);
    expect(r.stderr).toMatch(/hint: pass the certificate together with its own private key.*scm explain SCM\.0014/);
    expect((await t.emu.state()).certificates).toEqual([]);
  });

  it('a bad signature is exit 3 (APIGW.0301)', async () => {
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'app'], { env: { HUAWEICLOUD_SDK_SK: 'not-the-secret-key' } });
    expect(r.code).toBe(3);
    // Refused at the look before the import: the import, which would be refused too, is not sent (a second
    // failure towards the gateway's lock of the AK).
    expect(r.stderr).toMatch(/^scm: SCM refused the credentials for listing certificates: APIGW\.0301/m);
    expect(r.stderr).toMatch(/hint: check that the SK belongs to the AK/);
    expect(r.stderr).not.toMatch(/importing all the same/);
    expect((await t.emu.state()).requests).toMatchObject({ unauthorized: 1 });
  });

  it('no credentials at all is exit 3, before anything is sent', async () => {
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'app'], { env: { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK/);
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it('retries that recover: two 503s on import, and never a second copy', async () => {
    await t.emu.fault({ op: 'import', status: 503, times: 2 });
    const r = await upload(t.b);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/import: SCM could not complete the import: SCM\.4001.*looking for the certificate in SCM before trying again/);
    expect(r.stderr).toMatch(/retry 2 of 3/);
    const state = await t.emu.state();
    // Two lookups before the re-sends, then one check that SCM holds a single copy (a list, one show).
    expect(state.requests.byOperation).toMatchObject({ import: 3, list: 4, show: 1 });
    expect(state.certificates).toHaveLength(1);
  });

  it('an import whose answer was lost is found by fingerprint, not sent twice', async () => {
    await t.emu.fault({ op: 'import', action: 'drop-after-commit' });
    const r = await upload(t.b, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ recovered: true, changed: true });
    const state = await t.emu.state();
    expect([state.requests.byOperation.import, state.certificates.length]).toEqual([1, 1]);
  });

  // hunt5-api N8: it printed "unchanged: ... nothing uploaded", though this run had uploaded it.
  it('an import refused with a server failure (503 SCM.0005) after it landed: uploaded by this run, found by fingerprint', async () => {
    await t.emu.fault({ op: 'import', status: 503, error_code: 'SCM.0005', commit: true });
    const r = await upload(t.b);
    expect(r.code, r.stderr).toBe(0);
    const [id] = (await t.emu.state()).certificates.map((c) => c.id);
    expect(r.stdout).toBe(`uploaded app-example as ${id} (found in SCM by fingerprint after its answer was lost or failed; imported once)\n`);
    expect(r.stdout + r.stderr).not.toMatch(/unchanged|nothing uploaded/);
    const json = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'app-example', '--json']);
    expect([json.code, JSON.parse(json.stdout)]).toEqual([0, expect.objectContaining({ certificate_id: id, changed: false })]);
    // The rerun's look before the import found it: no second import was sent.
    expect((await t.emu.state()).requests.byOperation.import).toBe(1);
  });

  it('--debug traces requests with the signature and the security token redacted', async () => {
    // --allow-duplicate: no look before the import, which a wrong SK would stop before any import is traced.
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'dbg', '--debug', '--allow-duplicate'], { env: { HUAWEICLOUD_SDK_SECURITY_TOKEN: SECURITY_TOKEN, HUAWEICLOUD_SDK_SK: 'not-the-secret-key' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/debug: → POST http:\/\/127\.0\.0\.1:\d+\/v3\/scm\/certificates\/import/);
    expect(r.stderr).toMatch(/debug: ← 401 after \d+ ms, request id [0-9a-f]{32}/);
    expect(r.stderr).toMatch(/x-security-token:\[redacted\]/);
    // In Chinese, the trace's words are Chinese; the request line, headers and codes stay as they are.
    const zh = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'dbg', '--debug', '--allow-duplicate', '--lang', 'zh'], { env: { HUAWEICLOUD_SDK_SK: 'not-the-secret-key' } });
    expect(zh.stderr).toMatch(/^调试：终端节点 http:\/\/127\.0\.0\.1:\d+\/（来自 SCM_ENDPOINT）；凭证 HUAWEICLOUD_SDK_AK\/HUAWEICLOUD_SDK_SK；超时 30 秒；重试 3 次$/m);
    expect(zh.stderr).toMatch(/^调试：→ POST http:\/\/127\.0\.0\.1:\d+\/v3\/scm\/certificates\/import$/m);
    expect(zh.stderr).toMatch(/^调试：    （请求体：\d+ 字节，不显示）$/m);
    expect(zh.stderr).toMatch(/^调试：← 401，耗时 \d+ 毫秒，请求 ID [0-9a-f]{32}，\d+ 字节$/m);
    expect(zh.stderr).not.toMatch(/debug: |after \d+ ms|bytes/);
  });

  it('a timeout is exit 5', async () => {
    await t.emu.fault({ op: 'list', delay_ms: 4000, times: 10 });
    const r = await upload(t.b, '--if-changed', '--timeout', '0.3', '--retries', '1');
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/scm: cannot tell whether SCM already holds this certificate: could not read page 1 of the certificate list: no answer within 0\.3s: GET http:\/\/127\.0\.0\.1:\d+\/v3\/scm\/certificates; nothing was imported/);
    expect((await t.emu.state()).certificates).toEqual([]);
  });

  it('a 200 without certificate_id ends in a clear message and exit 5', async () => {
    await t.emu.fault({ op: 'import', action: 'no-id' });
    const r = await upload(t.b, '--retries', '0');
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/SCM answered the import with HTTP 200 but no certificate_id/);
  });
});

describe('secrets', () => {
  it('no output of this file contains the private key, the SK or a token', () => {
    expect(outputs.length).toBeGreaterThan(6);
    // Positive control: the --debug run traced its signed requests (AK shown, signature and token redacted).
    expect(outputs.some((o) => o.stderr.includes(`Access=${TEST_AK}`) && o.stderr.includes('X-Security-Token: [redacted]'))).toBe(true);
    const markers = [TEST_SK, TEST_TOKEN, SECURITY_TOKEN, 'not-the-secret-key', ...[t.b, other].flatMap((b) => secretMarkers(b.keyPem, readFileSync(b.fullchain, 'utf8')))];
    for (const o of outputs) {
      for (const m of markers) {
        expect(o.stdout.includes(m) || o.stderr.includes(m), `${o.args.join(' ')} leaked ${m.slice(0, 8)}...`).toBe(false);
      }
      expect(o.stdout + o.stderr).not.toMatch(/PRIVATE KEY-----/);
    }
  });
});
