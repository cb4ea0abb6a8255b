// `scm rotate` through the built binary, on what it says once the rotation has run: -q after a partial failure
// still prints which parts succeeded (the rows), as `deploy -q` does; a rerun after --delete-old finds nothing
// to do and sends no DELETE for the old certificate SCM no longer holds; an old id given that SCM does not hold
// is said (exit 0); --domain www.example.com. is www.example.com.; new files that fail validate give the rotate
// document under --json (status refused), which never says the key 'is sent'; a deployment that times out while
// the check after it fails too ends with a summary and the hint that the same command again finishes; SM2 or
// expired new files are refused without naming a service (never ELB) the rotation is not going to.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { cliRecorder, leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let fresh: Bundle;
let old: Bundle;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));
const OLD = 'scs1700000000001';
const NEW = 'scs1700000000009';
const ELB_N = 'elb00000000000000000000000000001';
const ELB_S = 'elb00000000000000000000000000002';
const WAF = 'waf00000000000000000000000000003';
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString();
const said = (stderr: string): string[] => stderr.split('\n').filter((l) => l && !l.endsWith(' ...') && !l.endsWith('…'));
const ops = async (): Promise<Record<string, number>> => (await emu.state()).requests.byOperation;

beforeAll(async () => ({ dir, fresh, old, emu } = await rotationWorld('rotate-outcomes')), 60_000);
afterAll(async () => leaveWorld(emu, dir));

/** The tester's world: OLD on a CDN domain, an ELB certificate in two regions and a WAF certificate; NEW held too. */
beforeEach(async () => {
  await emu.reset();
  await emu.seed({
    certificates: [
      { id: OLD, name: 'x1', domain: 'example.com', sans: ['example.com', 'www.example.com'], not_after: inDays(20) },
      { id: NEW, name: 'x9', domain: 'example.com', sans: ['example.com', 'www.example.com'], not_after: inDays(200) },
    ],
    resources: [
      { service: 'CDN', kind: 'domain', id: 'example.com', certificate_id: OLD },
      { service: 'ELB', project: 'cn-north-4', id: ELB_N, name: 'lb-north', certificate_id: OLD },
      { service: 'ELB', project: 'ap-southeast-1', id: ELB_S, name: 'lb-sea', certificate_id: OLD },
      { service: 'WAF', project: 'cn-south-1', id: WAF, name: 'waf-south', certificate_id: OLD },
    ],
  });
});

describe('-q after a partial failure', () => {
  it('prints the rows (which resources moved, which failed), not the new id alone; exit 4', async () => {
    await emu.fault({ op: 'deploy', fail_resources: [ELB_S], times: 5 });
    const r = await run(['rotate', OLD, '--to', NEW, '--waf-type', 'cloud', '-q', '--retries', '0']);
    expect(r.code).toBe(4);
    expect(r.stdout).not.toBe(`${NEW}\n`);
    expect(r.stdout).toMatch(new RegExp(`CDN +global +example\\.com +${OLD} +deployed +now uses ${NEW}\n`));
    expect(r.stdout).toMatch(new RegExp(`ELB +ap-southeast-1 +lb-sea \\(${ELB_S}\\) +${OLD} +failed +failed: `));
    expect(r.stdout).toContain(`OLD\n${OLD}: kept: a deployment failed, so it may still be needed\n`);
    // The plan is what -q leaves out.
    expect(r.stdout).not.toContain('plan:');
    expect(said(r.stderr)[0]).toMatch(/^scm: rotation failed for 1 of 4 resources: /);
  });

  it('a complete rotation with -q prints the new id alone', async () => {
    const r = await run(['rotate', OLD, '--to', NEW, '--waf-type', 'cloud', '-q']);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `${NEW}\n`, '']);
  });
});

describe('a rerun after rotate OLD --to NEW --delete-old', () => {
  it('finds nothing to do: exit 0, status nothing-to-do, no DELETE for the certificate SCM no longer holds', async () => {
    const first = await run(['rotate', OLD, '--to', NEW, '--waf-type', 'cloud', '--delete-old']);
    expect(first.code, first.stderr).toBe(0);
    expect((await emu.state()).certificates.map((c) => c.id)).toEqual([NEW]);
    const before = (await ops()).delete ?? 0;

    const again = await run(['rotate', OLD, '--to', NEW, '--waf-type', 'cloud', '--delete-old']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`\nnothing to do: every resource the old certificates were on uses ${NEW}\n$`));
    expect(again.stdout).not.toContain('already deleted');
    expect(again.stdout.split('\n')[0]).toMatch(new RegExp(`^rotation to ${NEW} \\(example\\.com, www\\.example\\.com; expires \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\(UTC\\+8\\)\\) from ${OLD} \\(not in SCM\\)$`));
    expect(again.stdout).toContain(`OLD\n${OLD}: not in SCM (deleted already, or not an id SCM holds): nothing was done with it\n`);
    const json = await run(['rotate', OLD, '--to', NEW, '--waf-type', 'cloud', '--delete-old', '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 'nothing-to-do', new: NEW, old: [OLD], notHeld: [OLD], deleted: [], kept: [], deleteErrors: [] });
    expect((await ops()).delete ?? 0).toBe(before);
  });
});

describe('an old id given that SCM does not hold (a typo, or deleted already)', () => {
  const TYPO = 'scs1700000000002';

  it('is said on stderr and in the OLD block, never "no longer used"; nothing is done with it (exit 0, as delete of such an id)', async () => {
    const r = await run(['rotate', TYPO, '--to', NEW, '--waf-type', 'cloud']);
    expect(r.code, r.stderr).toBe(0);
    expect(said(r.stderr)).toEqual([`warning: SCM does not hold ${TYPO}: deleted already (by an earlier --delete-old, say), or not the id you meant; nothing is done with it`]);
    expect(r.stdout).not.toContain('no longer used');
    expect(r.stdout).toContain(`OLD\n${TYPO}: not in SCM (deleted already, or not an id SCM holds): nothing was done with it\n`);
    // Nothing was planned for it: OLD still holds every resource.
    expect((await emu.state()).resources.every((x) => x.certificateId === OLD)).toBe(true);
    expect((await ops()).deploy ?? 0).toBe(0);
  });

  // The label "warning: " (警告：) is the text renderer's: in --json the line's key says it, as in every command's
  // JSON warnings (cli-contract.md), so the message carries none.
  it('--json: notHeld, and the warning as a JSON line, its message without the text label; Chinese says the same', async () => {
    const r = await run(['rotate', TYPO, '--to', NEW, '--waf-type', 'cloud', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'nothing-to-do', old: [TYPO], notHeld: [TYPO], kept: [], deleted: [] });
    expect(r.stderr.trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ schemaVersion: 1, warning: { message: `SCM does not hold ${TYPO}: deleted already (by an earlier --delete-old, say), or not the id you meant; nothing is done with it` } }]);
    const zh = await run(['rotate', TYPO, '--to', NEW, '--waf-type', 'cloud', '--lang', 'zh']);
    const zhSaid = `SCM 中没有 ${TYPO}：可能已被删除（例如之前用 --delete-old 运行过），或不是你要指定的 ID；不会对它做任何操作`;
    expect(said(zh.stderr)).toEqual([`警告：${zhSaid}`]);
    const zhJson = await run(['rotate', TYPO, '--to', NEW, '--waf-type', 'cloud', '--lang', 'zh', '--json']);
    expect(zhJson.stderr.trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ schemaVersion: 1, warning: { message: zhSaid } }]);
    expect(zh.stdout).toContain(`${TYPO}：SCM 中没有（可能已被删除，或不是 SCM 中的证书 ID）：未对它做任何操作\n`);
  });

  it('with --domain too: the certificates --domain finds are rotated, the id given is said not to be held', async () => {
    const r = await run(['rotate', TYPO, '--domain', 'example.com', '--to', NEW, '--waf-type', 'cloud', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'complete', old: [OLD, TYPO], notHeld: [TYPO] });
    expect(r.stderr).toContain(`SCM does not hold ${TYPO}`);
  });
});

describe('--domain with a trailing dot (www.example.com.)', () => {
  it('finds the old certificate and takes a new one that covers www.example.com (the dot is no part of the name)', async () => {
    const r = await run(['rotate', '--domain', 'www.example.com.', '--cert', fresh.fullchain, '--key', fresh.key, '--waf-type', 'cloud', '--dry-run', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ status: 'planned', old: expect.arrayContaining([OLD]) });
    expect(doc.resources.map((x: { resource: string }) => x.resource)).toContain('example.com');
    expect(doc.findings ?? []).toEqual([]);
  });
});

describe('new files that fail validate, with --json', () => {
  it('print the rotate document (status refused, the findings inside), not the validate one; nothing is said to be sent', async () => {
    const r = await run(['rotate', OLD, '--cert', fresh.fullchain, '--key', old.key, '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, dryRun: false, status: 'refused', new: null, old: [OLD], upload: null, resources: [], deleted: [], kept: [] });
    expect(doc).not.toHaveProperty('sent');
    expect(doc).not.toHaveProperty('valid');
    expect(doc.certificate).toMatchObject({ subject: 'CN=example.com' });
    expect(doc.findings.map((f: { rule: string }) => f.rule)).toContain('key-mismatch');
    // certbot's PKCS#8 key would be sent as SEC1, had anything been sent.
    expect(JSON.stringify(doc.findings)).not.toMatch(/is sent as/);
    expect(JSON.parse(r.stderr.trim().split('\n').pop()!).error).toMatchObject({ type: 'RotationRefused', exitCode: 1 });
    expect((await ops()).import ?? 0).toBe(0);
  });

  it('a rotation that uploads them says, in --json, how the key was sent', async () => {
    const r = await run(['rotate', OLD, '--cert', fresh.fullchain, '--key', fresh.key, '--waf-type', 'cloud', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ status: 'complete', upload: { changed: true } });
    expect(doc.findings).toEqual([expect.objectContaining({ rule: 'input-converted', severity: 'info', message: expect.stringMatching(/is sent as SEC1/) })]);
  });
});

describe('a deployment that times out while the check after it fails too', () => {
  beforeEach(async () => {
    // The look-up before (1) answers; every one after it, and the second deploy request, fail.
    await emu.fault({ op: 'deployed-resources', status: 503, after: 1, times: 20 });
    await emu.fault({ op: 'deploy', status: 504, after: 1, times: 1 });
  });

  it('ends with a summary (accepted but not verified, failed) and the hint that the same command again finishes, not the raw 504', async () => {
    const r = await run(['rotate', OLD, '--to', NEW, '--waf-type', 'cloud', '--retries', '0']);
    expect(r.code).toBe(5);
    expect(r.stdout).toMatch(new RegExp(`CDN +global +example\\.com +${OLD} +unknown +SCM accepted the deployment; not verified`));
    expect(r.stdout).toMatch(new RegExp(`ELB +ap-southeast-1 +lb-sea \\(${ELB_S}\\) +${OLD} +failed +`));
    expect(r.stdout).toContain(`OLD\n${OLD}: kept: a deployment failed, so it may still be needed\n`);
    const lines = said(r.stderr);
    expect(lines.at(-2)).toMatch(new RegExp(`^scm: rotation failed for 1 of 4 resources: ELB ap-southeast-1 ${ELB_S} \\(.+\\); SCM accepted ${NEW} for 1 more, but the look-up of where the certificates are deployed now failed, so it is not verified: .+; the old certificates were kept$`));
    expect(lines.at(-1)).toBe('hint: some deployments were accepted; run the same command again once SCM answers: it checks where each certificate is, deploys only what is left, then deals with the old certificates');
    expect((await emu.state()).certificates.map((c) => c.id)).toContain(OLD);
  });

  it('Chinese, and --json: the same summary and hint', async () => {
    const zh = await run(['rotate', OLD, '--to', NEW, '--waf-type', 'cloud', '--retries', '0', '--lang', 'zh']);
    expect(zh.code).toBe(5);
    const lines = said(zh.stderr);
    expect(lines.at(-2)).toMatch(new RegExp(`^scm: 4 个资源中有 1 个部署失败：ELB ap-southeast-1 ${ELB_S}（.+）；另有 1 个资源 SCM 已接受 ${NEW}，但查询证书现在部署位置的请求失败，尚未核实：.+；旧证书已保留$`));
    expect(lines.at(-1)).toBe('提示：部分部署已被接受；SCM 恢复响应后再次运行同一命令即可：它会先核实每张证书的部署位置，只部署剩下的资源，再处理旧证书');
    // Chinese text in full-width parentheses (the row of the request that timed out, and the error's list).
    expect(zh.stdout).toMatch(new RegExp(`ELB +ap-southeast-1 .*[（；]无法确认是否已经生效）\n`));
    expect(zh.stdout).not.toContain('）（');
    expect(zh.stdout + lines.join('\n')).not.toMatch(/\([^()]*[\u4e00-\u9fff][^()]*\)/);
    await emu.reset();
    await emu.seed({
      certificates: [
        { id: OLD, name: 'x1', domain: 'example.com', sans: ['example.com', 'www.example.com'], not_after: inDays(20) },
        { id: NEW, name: 'x9', domain: 'example.com', sans: ['example.com', 'www.example.com'], not_after: inDays(200) },
      ],
      resources: [{ service: 'CDN', kind: 'domain', id: 'example.com', certificate_id: OLD }, { service: 'ELB', project: 'ap-southeast-1', id: ELB_S, name: 'lb-sea', certificate_id: OLD }],
    });
    await emu.fault({ op: 'deployed-resources', status: 503, after: 1, times: 20 });
    await emu.fault({ op: 'deploy', status: 504, after: 1, times: 1 });
    const json = await run(['rotate', OLD, '--to', NEW, '--retries', '0', '--json']);
    expect(json.code).toBe(5);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 'failed', resources: [{ result: 'unknown', reason: 'not-checked' }, { result: 'failed', reason: 'unconfirmed' }], kept: [{ id: OLD, reason: 'rotation-failed' }] });
    const error = JSON.parse(json.stderr.trim().split('\n').pop()!).error;
    expect(error).toMatchObject({ exitCode: 5, message: expect.stringMatching(/^rotation failed for 1 of 2 resources: .*; SCM accepted .* for 1 more, but the look-up/), hint: expect.stringMatching(/^some deployments were accepted; run the same command again/) });
  });
});

describe('new files refused as SM2 or expired, where the old certificate is on CDN and WAF only', () => {
  beforeEach(async () => {
    await emu.reset();
    await emu.seed({
      certificates: [{ id: OLD, name: 'x1', domain: 'example.com', sans: ['example.com', 'www.example.com'], not_after: inDays(20) }],
      resources: [
        { service: 'CDN', kind: 'domain', id: 'example.com', certificate_id: OLD },
        { service: 'WAF', project: 'cn-south-1', id: WAF, name: 'waf-south', certificate_id: OLD },
      ],
    });
  });
  const refusals = (stdout: string): Array<{ rule: string; message: string }> => JSON.parse(stdout).findings.filter((f: { severity: string }) => f.severity === 'error');

  it('SM2: refused (SCM.0010), naming no service it is not going to (never ELB)', async () => {
    const r = await run(['rotate', OLD, '--cert', fixture('cases/sm2.crt'), '--key', fixture('cases/sm2.key'), '--chain', fixture('cases/sm2-chain.pem'), '--waf-type', 'cloud', '--json']);
    expect(r.code).toBe(1);
    expect(refusals(r.stdout)).toEqual([expect.objectContaining({ rule: 'target-sm2-unsupported', code: 'SCM.0010', message: 'SM2 (国密) certificates cannot be pushed to other cloud services: CN=sm2.example.com is an SM2 (国密) certificate' })]);
    expect(refusals(r.stdout).map((f) => f.message).join('\n')).not.toContain('ELB');
    const text = await run(['rotate', OLD, '--cert', fixture('cases/sm2.crt'), '--key', fixture('cases/sm2.key'), '--chain', fixture('cases/sm2-chain.pem'), '--waf-type', 'cloud']);
    expect(text.stderr).not.toMatch(/to ELB/);
  });

  it('expired: refused (SCM.0010), never "could not push it to ELB"', async () => {
    const r = await run(['rotate', OLD, '--cert', fresh.fullchain, '--key', fresh.key, '--waf-type', 'cloud', '--json'], { env: { SCM_NOW: '2200-01-01' } });
    expect(r.code).toBe(1);
    expect(refusals(r.stdout)).toEqual([expect.objectContaining({ rule: 'target-cert-expired', code: 'SCM.0010', message: expect.stringMatching(/^an expired certificate cannot be pushed to a cloud service: CN=example\.com expired on \d{4}-\d\d-\d\d \d\d:\d\d \(UTC\+8\)$/) })]);
    expect(refusals(r.stdout).map((f) => f.message).join('\n')).not.toContain('ELB');
    expect((await ops()).import ?? 0).toBe(0);
  });
});
