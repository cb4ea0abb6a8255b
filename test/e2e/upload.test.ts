// `scm upload` end to end: the built binary against the emulator run as a separate process. Success (files,
// folder, config file, token, --push), the offline refusals (proved by the emulator's request counter),
// --dry-run, --if-changed; and a final scan of every output for secrets. API failures: upload-failures.test.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle, secretMarkers, TEST_AK, TEST_SK, TEST_TOKEN, type Bundle } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

let other: Bundle;
const t = withEmulator('upload', {
  setup: (dir) => {
    other = makeBundle(join(dir, 'other'), { cn: 'other.example.test' });
  },
});
const SECURITY_TOKEN = 'SeCuRiTyToKeN-e2e-0123456789abcdef';
const { run, outputs } = cliRecorder(() => t.env());
const upload = (b: Bundle, ...extra: string[]) => run(['upload', '--cert', b.fullchain, '--key', b.key, '--name', 'app-example', ...extra]);
const sha1Of = (pemPath: string) => import('node:crypto').then(({ X509Certificate, createHash }) => createHash('sha1').update(new X509Certificate(readFileSync(pemPath)).raw).digest('hex'));

describe('scm upload: success', () => {
  it('validates, imports, and prints the new id; the emulator holds that certificate', async () => {
    const r = await upload(t.b);
    // The key is sent as SEC1 (certbot's is PKCS#8, which WAF, ELB and CDN do not take); said in --json only.
    expect(r.stderr).toBe(`uploading app-example to ${new URL(t.emu.url).host} ...\n`);
    expect(r.code).toBe(0);
    const id = /uploaded app-example as (scs\d{13})\n/.exec(r.stdout)?.[1];
    expect(id).toBeDefined();
    const state = await t.emu.state();
    expect(state.certificates).toMatchObject([{ id, name: 'app-example', domain: 'app.example.test', fingerprint: await sha1Of(t.b.cert) }]);
  });

  it('--quiet prints the id alone; --json the full result', async () => {
    const q = await upload(t.b, '--quiet');
    expect([q.code, q.stderr]).toEqual([0, '']);
    expect(q.stdout).toMatch(/^scs\d{13}\n$/);
    const j = await upload(other, '--json');
    const doc = JSON.parse(j.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, changed: true, recovered: false, validated: true, name: 'app-example', certificate: { names: expect.arrayContaining(['other.example.test']) } });
    expect(doc.certificate_id).toMatch(/^scs\d{13}$/);
    expect(doc.request_id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('works with token auth (SCM_AUTH_TOKEN) and with a security token', async () => {
    expect((await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'tok', '-q'], { env: { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined, SCM_AUTH_TOKEN: TEST_TOKEN } })).code).toBe(0);
    expect((await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'sts', '-q', '--debug'], { env: { HUAWEICLOUD_SDK_SECURITY_TOKEN: SECURITY_TOKEN } })).code).toBe(0);
  });

  it('--chain fullchain.pem (the leaf again on top): the leaf is sent once and SCM stores the intermediate alone', async () => {
    const r = await run(['upload', '--cert', t.b.cert, '--chain', t.b.fullchain, '--key', t.b.key, '--name', 'leaf-twice']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^ {2}warning {2}chain-duplicate\n {4}CN=app\.example\.test \(certificate 1 in .*fullchain\.pem\) repeats the leaf certificate; scm sends the leaf once, in the certificate field, not again in the chain/m);
    const out = join(t.dir, 'leaf-twice');
    const exported = await run(['export', /(scs\d{13})/.exec(r.stdout)![1]!, '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(join(out, 'chain.pem'), 'utf8')).toBe(readFileSync(t.b.chain, 'utf8'));
  });

  it('reads a bundle folder (certbot layout: fullchain.pem + privkey.pem)', async () => {
    const r = await run(['upload', t.b.dir, '--name', 'from-folder', '-q']);
    expect(r.code).toBe(0);
    expect((await t.emu.state()).certificates).toMatchObject([{ id: r.stdout.trim(), name: 'from-folder' }]);
  });

  it('takes settings from a config file, and a broken one is exit 2 naming it', async () => {
    const cfgDir = join(t.dir, 'cfg');
    mkdirSync(cfgDir, { recursive: true });
    writeFileSync(join(cfgDir, '.scmrc.json'), JSON.stringify({ endpoint: t.emu.url, ak: TEST_AK, sk: TEST_SK }), { mode: 0o600 });
    const env = { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined, SCM_ENDPOINT: undefined, HOME: cfgDir };
    const ok = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'cfg', '-q'], { env, cwd: cfgDir });
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    writeFileSync(join(cfgDir, '.scmrc.json'), `{"sk": "${TEST_SK}",`);
    const bad = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'cfg'], { env, cwd: cfgDir });
    expect(bad.code, bad.stderr).toBe(2);
    // After the notes on the files (read first): the key sent as SEC1.
    expect(bad.stderr).toMatch(new RegExp(`^scm: bad config file ${join(cfgDir, '.scmrc.json').replace(/[.]/g, '\\.')}: cannot be parsed`, 'm'));
  });

  it('--push SERVICE:REGION,... pushes right after the import', async () => {
    const r = await upload(t.b, '--push', 'WAF:cn-north-4', '--push', 'ELB:cn-north-4,ap-southeast-1', '--push', 'CDN');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/pushed scs\d{13} to WAF in cn-north-4\n/);
    expect(r.stdout).toMatch(/pushed scs\d{13} to ELB in 2 of 2 projects/);
    expect((await t.emu.state()).certificates[0]!.pushes.map((p) => `${p.service}:${p.project}`)).toEqual(['WAF:cn-north-4', 'ELB:cn-north-4', 'ELB:ap-southeast-1', 'CDN:']);
  });
});

describe('scm upload: offline refusals send nothing', () => {
  const refusals: Array<[string, () => string[], number, RegExp]> = [
    ['a key that does not match (SCM.0014)', () => ['--cert', t.b.fullchain, '--key', other.key, '--name', 'app'], 1, /key-mismatch  SCM\.0014[\s\S]*fix: /],
    ['a leaf without its chain (SCM.0109)', () => ['--cert', t.b.cert, '--key', t.b.key, '--name', 'app'], 1, /SCM\.0109/],
    ['a bad name (SCM.0032)', () => ['--cert', t.b.fullchain, '--key', t.b.key, '--name', 'a b'], 1, /name-invalid  SCM\.0032/],
    ['a bad --push target (SCM.0030)', () => ['--cert', t.b.fullchain, '--key', t.b.key, '--name', 'app', '--push', 'OBS'], 1, /push-service  SCM\.0030/],
    ['a WAF push without a region (SCM.0069)', () => ['--cert', t.b.fullchain, '--key', t.b.key, '--name', 'app', '--push', 'WAF'], 1, /push-project-missing  SCM\.0069/],
    ['an unreadable file (usage)', () => ['--cert', join(t.dir, 'nope.pem'), '--key', t.b.key, '--name', 'app'], 2, /nope\.pem/],
  ];
  for (const [what, args, code, pattern] of refusals) {
    it(`refuses ${what} with exit ${code}`, async () => {
      const r = await run(['upload', ...args()]);
      expect(r.code).toBe(code);
      expect(r.stderr).toMatch(pattern);
      if (code === 1) expect(r.stderr).toMatch(/nothing was sent/);
      expect(r.stdout).toBe('');
      expect((await t.emu.state()).requests.total).toBe(0);
    });
  }

  it('--json reports the findings on stdout', async () => {
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', other.key, '--name', 'app', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ uploaded: false, sent: false, valid: false, findings: expect.arrayContaining([expect.objectContaining({ rule: 'key-mismatch', code: 'SCM.0014' })]) });
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it('--dry-run prints the request with the key redacted and sends nothing', async () => {
    const r = await upload(t.b, '--dry-run', '--push', 'WAF:cn-north-4');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/v3\/scm\/certificates\/import\n/);
    expect(r.stdout).toMatch(/"private_key": "\[redacted: \d+-character private key, BEGIN EC PRIVATE KEY\]"/);
    expect(r.stdout).toMatch(/Signature=\[redacted\]/);
    expect(r.stdout).toMatch(/\/v3\/scm\/certificates\/\{certificate_id\}\/push/);
    expect(r.stderr).toMatch(/dry run: nothing was sent/);
    expect((await t.emu.state()).requests.total).toBe(0);
  });
});

describe('scm upload --if-changed', () => {
  it('uploads the first time, then prints the same id and imports nothing', async () => {
    const first = await upload(t.b, '--if-changed', '--quiet');
    expect(first.code).toBe(0);
    const second = await upload(t.b, '--if-changed');
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(`unchanged: the same certificate is already in SCM as ${first.stdout.trim()}; nothing uploaded\n`);
    // --push makes sure it is there: pushed now (it never was), and not again on a rerun.
    const third = await upload(t.b, '--if-changed', '--quiet', '--push', 'WAF:cn-north-4');
    expect(third.stdout).toBe(first.stdout);
    const fourth = await upload(t.b, '--if-changed', '--push', 'WAF:cn-north-4');
    expect(fourth.stdout).toBe(`unchanged: the same certificate is already in SCM as ${first.stdout.trim()}; nothing uploaded\nalready there: ${first.stdout.trim()} to WAF in cn-north-4 (already deployed there: not pushed again)\n`);
    const state = await t.emu.state();
    expect(state.requests.byOperation.import).toBe(1);
    expect(state.certificates[0]!.pushes).toMatchObject([{ service: 'WAF', project: 'cn-north-4' }]);
    // A different certificate with the same domain is uploaded.
    const renewed = makeBundle(join(t.dir, 'renewed'));
    expect((await upload(renewed, '--if-changed', '--quiet')).stdout).not.toBe(first.stdout);
  });
});

describe('scm upload --if-changed --enterprise-project-id', () => {
  it('a copy held in another enterprise project is named with a warning: nothing was imported into the one asked for', async () => {
    const first = await upload(t.b, '--quiet');
    const id = first.stdout.trim();
    const ep = '11111111-2222-3333-4444-555555555555';
    const r = await upload(t.b, '--if-changed', '--enterprise-project-id', ep, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ certificate_id: id, changed: false });
    const held = (await t.emu.state()).certificates.find((c) => c.id === id) as { enterpriseProjectId?: string } | undefined;
    const warnings = r.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((l) => l.warning).map((l) => l.warning.message);
    expect(warnings).toContain(`SCM holds this certificate as ${id} in enterprise project ${held?.enterpriseProjectId ?? '0'}, not ${ep}: nothing was imported into ${ep} (move it to ${ep} in the console if it belongs there)`);
    // Asked for the project it is in: no warning.
    const same = await upload(t.b, '--if-changed', '--enterprise-project-id', held?.enterpriseProjectId ?? '0');
    expect(same.stderr).not.toContain('enterprise project');
  });
});

describe('scm upload twice without --if-changed', () => {
  it('SCM refuses the duplicate (duplicate_check=false) and scm prints the id it already holds', async () => {
    const first = await upload(t.b, '--quiet');
    const second = await upload(t.b, '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ certificate_id: first.stdout.trim(), changed: false });
    expect((await t.emu.state()).certificates).toHaveLength(1);
    const third = await upload(t.b, '--quiet', '--allow-duplicate');
    expect(third.stdout).not.toBe(first.stdout);
    expect((await t.emu.state()).certificates).toHaveLength(2);
  });

  it('--allow-duplicate stores a second copy where SCM reads duplicate_check inverted (the Python SDK since 2026-06: true refuses)', async () => {
    await t.emu.options({ duplicate_check: 'inverted' });
    const first = await upload(t.b, '--quiet');
    const second = await upload(t.b, '--allow-duplicate', '--json');
    expect(second.code, second.stderr).toBe(0);
    const doc = JSON.parse(second.stdout);
    expect(doc).toMatchObject({ changed: true });
    expect(doc.certificate_id).not.toBe(first.stdout.trim());
    expect((await t.emu.state()).certificates).toHaveLength(2);
  });
});

describe('scm upload where SCM reads duplicate_check inverted (the Python SDK: false allows a second copy)', () => {
  it('a plain upload of a certificate SCM holds stores no second copy: the look before the import finds it, and nothing is imported', async () => {
    await t.emu.options({ duplicate_check: 'inverted' });
    const first = await upload(t.b, '--quiet');
    expect(first.code, first.stderr).toBe(0);
    // The common case (not held yet) costs one list page before the import, and no ShowCertificate.
    expect((await t.emu.state()).requests.byOperation).toMatchObject({ list: 1, import: 1 });
    expect((await t.emu.state()).requests.byOperation.show ?? 0).toBe(0);
    const second = await upload(t.b, '--json');
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ certificate_id: first.stdout.trim(), changed: false, existing_name: 'app-example' });
    const state = await t.emu.state();
    expect(state.certificates).toHaveLength(1);
    expect(state.requests.byOperation.import).toBe(1);
    // In Chinese too: the same id, nothing imported.
    const zh = await upload(t.b, '--lang', 'zh');
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain(first.stdout.trim());
    expect((await t.emu.state()).certificates).toHaveLength(1);
  });

  it('a look that fails does not stop a plain upload: said on stderr, then imported as before', async () => {
    await t.emu.fault({ op: 'list', status: 403, error_code: 'SCM.0010', error_msg: 'no permission to list', times: 5 });
    const r = await upload(t.b);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^uploaded app-example as scs\d{13}\n$/);
    expect(r.stderr).toMatch(/^import: could not look for this certificate in SCM first \(.*\); importing all the same with `duplicate_check: false`/m);
    expect((await t.emu.state()).certificates).toHaveLength(1);
    const zh = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'app-zh', '-q', '--allow-duplicate', '--lang', 'zh']);
    expect(zh.code, zh.stderr).toBe(0);
  });
});

describe('secrets', () => {
  it('no output of this file contains the private key, the SK or a token', () => {
    expect(outputs.length).toBeGreaterThan(20);
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
