// `scm rotate` and the emulator's TLS edge through the built binary: a seeded world (one old certificate on two
// ELB certificates in two regions, one WAF certificate and two CDN domains), rotated with --delete-old from a
// bundle folder: every resource on the new id, the old one deleted, the edge serving the new certificate
// (`scm check` before: exit 1, after: exit 0); a rerun finds nothing to do; a new certificate that misses a CDN
// domain, or a name of an ELB certificate's old one (a wildcard), is refused with nothing deployed; a resource
// that fails is exit 4 with the old certificate kept, and a rerun deploys only that one; a region SCM cannot
// count keeps the old one; SM2, expired and files that fail validate are refused; 40 resources in 3 regions cost 3 ListDeployedResources calls (before, after the upload, after) and a deploy call per 20
// resources of a (service, region), read from the emulator's own record; the plan in Chinese.
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, makeBundle, secretMarkers, spawnEmulator, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let edge: string;
let dir: string;
let old: Bundle;
let fresh: Bundle;
let miss: Bundle;
const utc8 = (d: string | Date): string => `${new Date(new Date(d).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')} (UTC+8)`;
const { run, outputs } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));
const sha1 = (b: Bundle): string => new X509Certificate(readFileSync(b.cert)).fingerprint.replace(/:/g, '').toLowerCase();
const RESOURCES = [['CDN', 'global', 'example.com'], ['CDN', 'global', 'www.example.com'], ['ELB', 'ap-southeast-1', 'elb-sea'], ['ELB', 'cn-north-4', 'elb-north'], ['WAF', 'cn-north-4', 'waf-1']];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-rotate-'));
  old = makeBundle(join(dir, 'old'), { cn: 'example.com' });
  fresh = makeBundle(join(dir, 'new'), { cn: 'example.com' });
  // www.example.com and www.www.example.com: not example.com.
  miss = makeBundle(join(dir, 'miss'), { cn: 'www.example.com' });
  emu = await spawnEmulator(['--edge-port', '0']);
  edge = await emu.edgeUrl();
}, 60_000);
afterAll(async () => {
  await emu?.stop();
  // Nothing any run printed holds a key or the secret key.
  const all = outputs.map((o) => o.stdout + o.stderr).join('\n');
  for (const marker of [TEST_SK, ...[old, fresh, miss].flatMap((b) => secretMarkers(b.keyPem, readFileSync(b.fullchain, 'utf8')))]) expect(all).not.toContain(marker);
  rmSync(dir, { recursive: true, force: true });
});

/** The world of the issue: the old certificate (with its key, so the edge can serve it) where it is used. */
async function seedWorld(): Promise<string> {
  const { certificates: [id] } = await emu.seed({ certificates: [{ name: 'example-old', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] });
  await emu.seed({ resources: [
    { service: 'ELB', project: 'cn-north-4', id: 'elb-north', name: 'shop-lb', certificate_id: id },
    { service: 'ELB', project: 'ap-southeast-1', id: 'elb-sea', name: 'shop-lb-sg', certificate_id: id },
    { service: 'WAF', project: 'cn-north-4', id: 'waf-1', name: 'shop-waf', certificate_id: id },
    { service: 'CDN', kind: 'domain', id: 'example.com', certificate_id: id },
    { service: 'CDN', kind: 'domain', id: 'www.example.com', certificate_id: id },
  ] });
  return id!;
}
const holders = async (): Promise<Record<string, string | null>> => Object.fromEntries((await emu.state()).resources.map((r) => [r.id, r.certificateId]));
const ops = async (): Promise<Record<string, number>> => (await emu.state()).requests.byOperation;

describe('the seeded world', () => {
  let oldId: string;
  beforeAll(async () => {
    await emu.reset();
    oldId = await seedWorld();
  });

  it('before: the edge serves the old certificate, so check --expect NEW says it needs attention (exit 1)', async () => {
    const r = await run(['check', edge, '--servername', 'www.example.com', '--expect', fresh.dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`https://127.0.0.1:${new URL(edge).port} (SNI www.example.com): needs attention`);
    expect(r.stdout).toContain(`SHA-1 ${sha1(old)}`);
    expect(r.stderr).toBe('scm: 1 of 1 target needs attention\n');
    const ok = await run(['check', edge, '--servername', 'www.example.com', '--expect', oldId]);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
  });

  it('rotate --delete-old from a bundle folder: the plan first, every resource on the new id, the old one deleted', async () => {
    const before = (await emu.state()).requests.total;
    const r = await run(['rotate', '--waf-type', 'cloud', '--domain', 'example.com', fresh.dir, '--delete-old', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    const newId = doc.new as string;
    expect(newId).toMatch(/^scs\d{13}$/);
    expect(doc).toEqual({
      schemaVersion: 1, dryRun: false, status: 'complete', new: newId, old: [oldId], notHeld: [],
      upload: { name: `example.com-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`, certificateId: newId, changed: true, recovered: false },
      resources: RESOURCES.map(([service, region, resource]) => ({
        service, region, resource, resourceName: expect.any(String), from: oldId, result: 'deployed', reason: 'deployed', message: `now uses ${newId}`,
      })),
      deleted: [oldId], kept: [], deleteErrors: [], notificationsDisabled: [], notificationsStillOn: [], deploymentUnknown: [], requestIds: expect.any(Array),
      // certbot's PKCS#8 key, sent as SEC1: said as upload --json says it.
      findings: [expect.objectContaining({ rule: 'input-converted', severity: 'info' })],
    });
    expect(await holders()).toEqual({ 'elb-north': newId, 'elb-sea': newId, 'waf-1': newId, 'example.com': newId, 'www.example.com': newId });
    const state = await emu.state();
    expect(state.certificates.map((c) => c.id)).toEqual([newId]);
    expect(state.certificates[0]!.fingerprint).toBe(sha1(fresh));
    // One ListDeployedResources before, one after the upload (what changed meanwhile), one after; one deploy per
    // (service, region); one import; one delete.
    expect({ deployed: state.requests.byOperation['deployed-resources'], deploy: state.requests.byOperation.deploy, imp: state.requests.byOperation.import, del: state.requests.byOperation.delete }).toEqual({ deployed: 3, deploy: 4, imp: 1, del: 1 });
    expect(state.requests.total - before).toBeLessThan(16);
  });

  it('after: the edge serves the new certificate for each name (check exit 0, by id and by file)', async () => {
    const newId = (await emu.state()).certificates[0]!.id;
    const r = await run(['check', edge, '--servername', 'www.example.com', '--expect', newId, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toEqual({
      schemaVersion: 1, ok: true, within: 30,
      targets: [expect.objectContaining({ target: edge, kind: 'endpoint', ok: true, subject: 'CN=example.com', fingerprintSha1: sha1(fresh), covers: true, host: 'www.example.com', servername: 'www.example.com', expect: { what: newId, matches: true }, problems: [], chain: { complete: true, inOrder: true, certificates: ['CN=example.com', 'CN=Test Intermediate CA', 'CN=Test Root CA'], problems: [] } })],
    });
    const apex = await run(['check', edge, '--servername', 'example.com', '--expect', fresh.cert]);
    expect([apex.code, apex.stderr]).toEqual([0, '']);
  });

  it('a rerun finds nothing to do (exit 0): nothing uploaded, deployed or deleted', async () => {
    const before = await ops();
    const r = await run(['rotate', '--waf-type', 'cloud', '--domain', 'example.com', fresh.dir, '--delete-old']);
    expect([r.code, r.stderr.split('\n').filter((l) => l && !l.endsWith(' ...') && !l.endsWith('…'))]).toEqual([0, []]);
    // The old certificates were deleted by the first run: none is left that covers the domain.
    expect(r.stdout).toMatch(/\nnothing to do: no other certificate in SCM covers example\.com, so scs\d{13} replaces none\n$/);
    const after = await ops();
    for (const op of ['import', 'deploy', 'delete']) expect(after[op] ?? 0, op).toBe(before[op] ?? 0);
  });
});

describe('what a rotation costs in requests: 40 resources in 3 regions', () => {
  it('one ListDeployedResources call before, one after the upload and one after, and one deploy call per 20 resources of a (service, region)', async () => {
    await emu.reset();
    const { certificates: [id] } = await emu.seed({ certificates: [{ name: 'example-old', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] });
    const many = (service: string, project: string, n: number): object[] => Array.from({ length: n }, (_, i) => ({ service, project, id: `${service.toLowerCase()}-${project}-${i}`, certificate_id: id }));
    await emu.seed({ resources: [
      ...many('ELB', 'cn-north-4', 21), ...many('ELB', 'ap-southeast-1', 8), ...many('WAF', 'cn-south-1', 6), ...many('WAF', 'cn-north-4', 3),
      { service: 'CDN', kind: 'domain', id: 'example.com', certificate_id: id }, { service: 'CDN', kind: 'domain', id: 'www.example.com', certificate_id: id },
    ] });
    const r = await run(['rotate', '--waf-type', 'cloud', id!, fresh.dir, '--delete-old', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.resources).toHaveLength(40);
    expect(new Set(doc.resources.map((x: { result: string }) => x.result))).toEqual(new Set(['deployed']));
    const { requests } = await emu.state();
    // Read from the emulator's own record of the requests, not from what scm says it did.
    expect(requests.byOperation['deployed-resources']).toBe(3);
    const batches = requests.deploys.map((d) => `${d.service} ${d.region} ${d.resources}`).sort();
    expect(batches).toEqual(['CDN global 2', 'ELB ap-southeast-1 8', 'ELB cn-north-4 1', 'ELB cn-north-4 20', 'WAF cn-north-4 3', 'WAF cn-south-1 6']);
    expect(requests.deploys.every((d) => d.certificate_id === doc.new)).toBe(true);
    expect(new Set(Object.values(await holders()))).toEqual(new Set([doc.new]));
    expect(doc.deleted).toEqual([id]);
  });
});

describe('refusals and failures', () => {
  let oldId: string;
  beforeEach(async () => {
    await emu.reset();
    oldId = await seedWorld();
  });

  it('a new certificate that misses a CDN domain: the whole rotation refused (exit 1), nothing uploaded or deployed', async () => {
    const r = await run(['rotate', '--waf-type', 'cloud', '--domain', 'example.com', '--cert', miss.fullchain, '--key', miss.key, '--delete-old']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('plan: deploy to 5 resources (CDN (2), ELB ap-southeast-1, ELB cn-north-4, WAF cn-north-4)');
    expect(r.stderr).toContain('deploy-cdn-not-covered');
    expect(r.stderr).toContain('the certificate does not cover a CDN domain it would be deployed to: example.com (the certificate names www.example.com, www.www.example.com)');
    expect(r.stderr).toMatch(/scm: rotation refused: nothing was uploaded, deployed or deleted\n$/);
    const state = await emu.state();
    expect(state.requests.byOperation.deploy ?? 0).toBe(0);
    expect(state.requests.byOperation.import ?? 0).toBe(0);
    expect(state.certificates.map((c) => c.id)).toEqual([oldId]);
    expect(new Set(Object.values(await holders()))).toEqual(new Set([oldId]));
  });

  it('a wildcard on an ELB certificate that the new certificate does not cover: refused (exit 1), nothing uploaded, deployed or deleted, dry run too', async () => {
    const { certificates: [wild] } = await emu.seed({ certificates: [{ name: 'wild', domain: '*.example.com', sans: ['*.example.com'] }] });
    await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-wild', name: 'wild-lb', certificate_id: wild }] });
    const said = `${wild} on ELB cn-north-4 elb-wild also serves *.example.com (the new certificate names example.com, www.example.com)`;
    for (const extra of [[], ['--dry-run']]) {
      const r = await run(['rotate', '--waf-type', 'cloud', '--domain', 'www.example.com', fresh.dir, '--delete-old', ...extra]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toMatch(new RegExp(`ELB +cn-north-4 +wild-lb \\(elb-wild\\) +${wild} +deploy`));
      expect(r.stderr).toMatch(/^ {2}error +rotate-names-not-covered$/m);
      expect(r.stderr).toContain(`the new certificate does not cover every name of a certificate it would replace on ELB or WAF: ${said}`);
      expect(r.stderr).toMatch(/scm: rotation refused: nothing was uploaded, deployed or deleted\n$/);
    }
    // By id too (ShowCertificate tells the old one's names), in --json and in Chinese.
    const { certificates: [to] } = await emu.seed({ certificates: [{ name: 'n', pem: readFileSync(fresh.cert, 'utf8'), chain: readFileSync(fresh.chain, 'utf8'), private_key: fresh.keyPem }] });
    const j = await run(['rotate', '--waf-type', 'cloud', wild!, '--to', to!, '--delete-old', '--json']);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)).toMatchObject({ status: 'refused', new: to, old: [wild], deleted: [], findings: [{ rule: 'rotate-names-not-covered', severity: 'error', message: expect.stringContaining(said) }] });
    // Its rows say it was refused, not "would be deployed (dry run)".
    expect(JSON.parse(j.stdout).resources).toEqual([expect.objectContaining({ resource: 'elb-wild', result: 'skipped', reason: 'refused', message: 'not deployed: the rotation was refused before anything was sent' })]);
    const zh = await run(['rotate', '--waf-type', 'cloud', wild!, '--to', to!, '--lang', 'zh']);
    expect(zh.stderr).toContain(`ELB cn-north-4 elb-wild 上的 ${wild} 还用于 *.example.com（新证书中的域名：example.com、www.example.com）`);
    const state = await emu.state();
    expect([state.requests.byOperation.import ?? 0, state.requests.byOperation.deploy ?? 0, state.requests.byOperation.delete ?? 0]).toEqual([0, 0, 0]);
    expect(state.certificates.map((c) => c.id).sort()).toEqual([oldId, wild, to].sort());
    expect(await holders()).toMatchObject({ 'elb-wild': wild, 'elb-north': oldId, 'example.com': oldId });
  });

  it('--delete-old keeps an unused old certificate that covers names the new one does not (found by --domain, it may be their only one)', async () => {
    const { certificates: [wild] } = await emu.seed({ certificates: [{ name: 'wild', domain: '*.example.com', sans: ['*.example.com'] }] });
    const r = await run(['rotate', '--waf-type', 'cloud', '--domain', 'www.example.com', fresh.dir, '--delete-old', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { deleted: string[]; kept: Array<{ id: string; reason: string }> };
    expect(doc.deleted).not.toContain(wild);
    expect(doc.kept).toEqual(expect.arrayContaining([expect.objectContaining({ id: wild, reason: 'wider' })]));
    expect((await emu.state()).certificates.map((c) => c.id)).toContain(wild);
    const zh = await run(['rotate', '--waf-type', 'cloud', '--domain', 'www.example.com', fresh.dir, '--delete-old', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/保留：它还覆盖新证书没有的域名/);
  });

  it('new files that fail validate (a key that is not the certificate\'s): refused offline (exit 1), nothing sent', async () => {
    const before = (await emu.state()).requests.total;
    const r = await run(['rotate', '--waf-type', 'cloud', oldId, '--cert', fresh.fullchain, '--key', old.key, '--delete-old']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ {2}error +key-mismatch +SCM\.0014$/m);
    expect(r.stderr).toMatch(/scm: rotation refused: the new certificate failed the offline checks; nothing was sent\n$/);
    expect((await emu.state()).requests.total).toBe(before);
    expect(new Set(Object.values(await holders()))).toEqual(new Set([oldId]));
  });

  it('one resource failing: exit 4, the others moved, the old certificate kept; a rerun deploys only what is left', async () => {
    // Every deploy request of the rotation may carry it; only the one naming elb-sea fails it.
    await emu.fault({ op: 'deploy', times: 4, fail_resources: ['elb-sea'], error_msg: 'ELB.8902 The certificate is in use by a listener being updated.' });
    const r = await run(['rotate', '--waf-type', 'cloud', oldId, fresh.dir, '--delete-old', '--json']);
    expect(r.code).toBe(4);
    const doc = JSON.parse(r.stdout);
    const newId = doc.new as string;
    expect(doc.status).toBe('failed');
    expect(doc.resources.map((x: { resource: string; result: string }) => `${x.resource} ${x.result}`)).toEqual(['example.com deployed', 'www.example.com deployed', 'elb-sea failed', 'elb-north deployed', 'waf-1 deployed']);
    expect(doc.resources[2].message).toBe('failed: ELB.8902 The certificate is in use by a listener being updated.');
    expect([doc.deleted, doc.kept]).toEqual([[], [{ id: oldId, reason: 'rotation-failed', message: 'kept: a deployment failed, so it may still be needed' }]]);
    expect(JSON.parse(r.stderr.trim().split('\n').pop()!).error).toMatchObject({ exitCode: 4, message: expect.stringMatching(/^rotation failed for 1 of 5 resources: ELB ap-southeast-1 elb-sea/) });
    expect((await emu.state()).certificates.map((c) => c.id).sort()).toEqual([oldId, newId].sort());
    expect((await holders())['elb-sea']).toBe(oldId);

    const deploysBefore = (await ops()).deploy!;
    const again = await run(['rotate', '--waf-type', 'cloud', oldId, fresh.dir, '--delete-old', '--json']);
    expect(again.code, again.stderr).toBe(0);
    const second = JSON.parse(again.stdout);
    expect(second.new).toBe(newId);
    expect(second.resources.map((x: { resource: string; result: string }) => `${x.resource} ${x.result}`)).toEqual(['elb-sea deployed', 'example.com unchanged', 'www.example.com unchanged', 'elb-north unchanged', 'waf-1 unchanged']);
    expect(second.deleted).toEqual([oldId]);
    expect((await ops()).deploy! - deploysBefore).toBe(1);
    expect(new Set(Object.values(await holders()))).toEqual(new Set([newId]));
  });

  it('a region SCM cannot count (is_error): the rest moves, the old certificate is kept (exit 1)', async () => {
    await emu.seed({ unreliable: [{ service: 'ELB', region: 'ap-southeast-1' }] });
    const r = await run(['rotate', '--waf-type', 'cloud', oldId, fresh.dir, '--delete-old']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`SCM cannot tell what uses ${oldId} in ELB ap-southeast-1 (is_error): it will be kept`);
    expect(r.stdout).toContain(`${oldId}: kept: SCM cannot tell whether it is deployed in ELB ap-southeast-1 (is_error)`);
    expect(r.stderr).toMatch(/scm: not every resource is known to use scs\d{13}: SCM cannot tell what uses scs\d{13} in ELB ap-southeast-1 \(is_error\)\n/);
    expect((await emu.state()).certificates.map((c) => c.id)).toContain(oldId);
  });

  it('a deployment whose answer is lost (504 after it took effect) is looked up, not sent again', async () => {
    await emu.fault({ op: 'deploy', status: 504, commit: true });
    const r = await run(['rotate', '--waf-type', 'cloud', oldId, '--to', (await emu.seed({ certificates: [{ name: 'n', pem: readFileSync(fresh.cert, 'utf8'), chain: readFileSync(fresh.chain, 'utf8'), private_key: fresh.keyPem }] })).certificates[0]!, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.resources[0]).toMatchObject({ resource: 'example.com', result: 'deployed', reason: 'recovered' });
    expect((await ops()).deploy).toBe(4);
  });

  it('--to an SM2 certificate, or an expired one: refused offline (SCM.0010), nothing deployed', async () => {
    const { certificates: [sm2, expired] } = await emu.seed({ certificates: [
      { name: 'sm2', pem: readFileSync(fresh.cert, 'utf8'), enc_certificate: readFileSync(fresh.cert, 'utf8'), enc_private_key: fresh.keyPem },
      { name: 'expired', domain: 'example.com', sans: ['example.com', 'www.example.com'], not_after: '2020-01-01T00:00:00Z' },
    ] });
    for (const [id, rule] of [[sm2, 'target-sm2-unsupported'], [expired, 'target-cert-expired']] as const) {
      const r = await run(['rotate', '--waf-type', 'cloud', oldId, '--to', id!, '--json']);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ status: 'refused', new: id, findings: [{ rule, code: 'SCM.0010' }] });
    }
    expect((await ops()).deploy ?? 0).toBe(0);
  });

  it('--to an id with --disable-notifications: the old one stays in SCM with its expiry e-mails off', async () => {
    const { certificates: [to] } = await emu.seed({ certificates: [{ name: 'n', pem: readFileSync(fresh.cert, 'utf8'), chain: readFileSync(fresh.chain, 'utf8'), private_key: fresh.keyPem }] });
    const r = await run(['rotate', '--waf-type', 'cloud', oldId, '--to', to!, '--disable-notifications']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${oldId}: no longer used (add --delete-old to delete it); expiry e-mails turned off`);
    expect((await emu.state()).certificates.find((c) => c.id === oldId)!.notifications).toEqual({ CERT_EXPIRING: false, CERT_EXPIRED: false });
  });

  it('--dry-run: the plan and the cost, nothing uploaded, deployed or deleted', async () => {
    const r = await run(['rotate', '--waf-type', 'cloud', '--domain', 'www.example.com', fresh.dir, '--delete-old', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').slice(0, 5)).toEqual([
      `rotation to the certificate in ${fresh.dir} (example.com, www.example.com; expires ${utc8(new X509Certificate(readFileSync(fresh.cert)).validTo)}), to be uploaded as example.com-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}, from ${oldId}`,
      'plan: deploy to 5 resources (CDN (2), ELB ap-southeast-1, ELB cn-north-4, WAF cn-north-4)',
      'then: check with ListDeployedResources that every resource uses the new certificate and none an old one',
      'then: delete the old certificates nothing uses any more (--delete-old; never after a failure)',
      'note: Huawei Cloud bills each deployment of an uploaded certificate per domain (the DeployCertificate documentation says CNY 30 per domain); this deploys to 5 resources',
    ]);
    expect(r.stderr).toMatch(/dry run: nothing was uploaded, deployed or deleted\n$/);
    const o = await ops();
    expect([o.import ?? 0, o.deploy ?? 0, o.delete ?? 0]).toEqual([0, 0, 0]);
  });

  it('--dry-run with a folder and --cert/--key: the plan names the files that override the folder', async () => {
    // The folder holds the old bundle; the flags replace each of its roles (as for validate).
    const r = await run(['rotate', '--waf-type', 'cloud', oldId, old.dir, '--cert', fresh.cert, '--chain', fresh.chain, '--key', fresh.key, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    const date = utc8(new X509Certificate(readFileSync(fresh.cert)).validTo);
    expect(r.stdout.split('\n')[0]).toBe(`rotation to the certificate in ${old.dir} (--cert ${fresh.cert}, --key ${fresh.key}, --chain ${fresh.chain}) (example.com, www.example.com; expires ${date}), to be uploaded as example.com-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}, from ${oldId}`);
  });

  it('speaks Chinese: the plan, the cost note, the table; a list as Chinese separates one', async () => {
    const r = await run(['rotate', '--waf-type', 'cloud', oldId, fresh.dir, '--dry-run', '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(0);
    const date = utc8(new X509Certificate(readFileSync(fresh.cert)).validTo);
    expect(r.stdout.split('\n').slice(0, 6)).toEqual([
      `轮换为 ${fresh.dir} 中的证书（example.com、www.example.com；到期时间 ${date.replace(' (UTC+8)', '（UTC+8）')}），将以 example.com-${new Date().toISOString().slice(0, 10).replace(/-/g, '')} 为名上传；旧证书：${oldId}`,
      '计划：部署到 5 个资源（CDN（2）、ELB ap-southeast-1、ELB cn-north-4、WAF cn-north-4）',
      '然后：用 `ListDeployedResources` 确认每个资源都改用了新证书，且没有资源仍在使用旧证书',
      '注意：华为云对上传证书的每次部署按域名收费（`DeployCertificate` 文档所列为每个域名 30 元）；本次将部署到 5 个资源',
      '',
      expect.stringMatching(/^服务 +区域 +资源 +当前证书 +计划$/),
    ]);
    expect(r.stderr).toMatch(/试运行：没有上传、部署或删除任何内容\n$/);
  });

  it('usage: no old certificates named, no new one, or two ways of giving it (exit 2, nothing sent)', async () => {
    const cases = [['rotate', fresh.dir], ['rotate', oldId], ['rotate', oldId, '--to', oldId.replace('1', '2'), fresh.dir], ['rotate', oldId, '--to', 'nope'], ['rotate', oldId, '--to', oldId]];
    const codes = [];
    for (const args of cases) codes.push((await run(args)).code);
    expect(codes).toEqual([2, 2, 2, 2, 2]);
    expect((await emu.state()).requests.byOperation.deploy ?? 0).toBe(0);
  });
});
