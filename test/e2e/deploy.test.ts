// `scm deploy` through the built binary against the emulator: a row per resource read from failure_list
// (exit 4 when any failed), the offline refusals (no project for ELB/WAF, a CDN domain the certificate does
// not cover, SM2: nothing deployed), batches of 20, resources that hold the certificate already not sent
// again, an answer lost after it took effect looked up instead of re-sent, and --dry-run reading as the run does
// but deploying nothing.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('deploy', { cn: 'shop.example.com' });
let id: string;
const { run } = cliRecorder(() => t.env());
const holders = async (): Promise<Record<string, string | null>> => Object.fromEntries((await t.emu.state()).resources.map((r) => [r.id, r.certificateId]));
const ops = async (): Promise<Record<string, number>> => (await t.emu.state()).requests.byOperation;
const progress = (stderr: string): string[] => stderr.split('\n').filter((l) => l && !l.endsWith(' ...') && !l.endsWith('…'));
const COST = 'note: Huawei Cloud bills each deployment of an uploaded certificate per domain (the DeployCertificate documentation says CNY 30 per domain); this deploys to';

beforeEach(async () => {
  [id] = (await t.emu.seed({ certificates: [{ name: 'shop', pem: readFileSync(t.b.cert, 'utf8'), chain: readFileSync(t.b.chain, 'utf8'), private_key: t.b.keyPem }] })).certificates as [string];
  await t.emu.seed({ resources: [
    { service: 'ELB', project: 'cn-north-4', id: 'elb-1', name: 'lb-1' },
    { service: 'ELB', project: 'cn-north-4', id: 'elb-2', name: 'lb-2' },
    { service: 'WAF', project: 'ap-southeast-1', id: 'waf-1' },
    { service: 'CDN', kind: 'domain', id: 'shop.example.com' },
    { service: 'CDN', kind: 'domain', id: 'www.shop.example.com' },
  ] });
});

describe('scm deploy', () => {
  it('ELB: a row per resource from failure_list; one unknown resource fails (exit 4), the other is deployed', async () => {
    const r = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1', '--resource', 'nope']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe([
      `${id} to ELB in cn-north-4: 1 of 2 resources uses it`,
      'RESOURCE  RESULT    MESSAGE',
      'elb-1     deployed',
      'nope      failed    ELB.0404 The ELB certificate nope does not exist in cn-north-4.',
      '',
    ].join('\n'));
    expect(progress(r.stderr)).toEqual([
      `${COST} 2 resources`,
      'scm: deployment failed for 1 of 2 resources: nope (ELB.0404 The ELB certificate nope does not exist in cn-north-4.)',
      'hint: the others use the certificate now; run the same command again to retry the rest (resources that hold it are not sent again)',
    ]);
    expect(await holders()).toMatchObject({ 'elb-1': id, 'elb-2': null });
    expect(await ops()).toEqual({ show: 1, 'deployed-resources': 1, deploy: 1 });
  });

  it('in Chinese: the hint after a partial failure says which resources a rerun retries (the failed ones)', async () => {
    const r = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1', '--resource', 'nope', '--lang', 'zh']);
    expect(r.code).toBe(4);
    const lines = r.stderr.trim().split('\n');
    expect(lines.at(-1)).toBe('提示：其他资源已在使用该证书；再次运行同一命令即可重试部署失败的资源（已在使用该证书的资源不会重复部署）');
    // Progress lines end with Chinese's own ellipsis, not " ...".
    expect(lines.filter((l) => l.startsWith('正在'))).toEqual([expect.stringMatching(/^正在读取 scs\d+ 及其部署位置…$/), expect.stringMatching(/^正在把 scs\d+ 部署到 cn-north-4 的 ELB，共 2 个资源…$/)]);
  });

  it('CDN domains, --json: every result deployed; a rerun sends nothing (unchanged) and says no cost', async () => {
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', 'shop.example.com', '--resource', 'WWW.shop.example.com', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      schemaVersion: 1, certificateId: id, service: 'CDN', project: null, ok: true, findings: [], error: null, requestIds: [expect.any(String)],
      results: [{ resource: 'shop.example.com', result: 'deployed', message: '' }, { resource: 'www.shop.example.com', result: 'deployed', message: '' }],
    });
    // The cost note as a --json warning: the note itself, without the text's label ('note: '), as every warning.
    expect(r.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual([{ schemaVersion: 1, warning: { message: `${COST.replace(/^note: /, '')} 2 resources` } }]);
    expect(await holders()).toMatchObject({ 'shop.example.com': id, 'www.shop.example.com': id });
    const again = await run(['deploy', id, '--service', 'CDN', '--resource', 'shop.example.com']);
    expect([again.code, progress(again.stderr)]).toEqual([0, []]);
    expect(again.stdout).toContain('shop.example.com  unchanged  already uses it: not sent again');
    expect((await ops()).deploy).toBe(1);
  });

  it('a CDN domain written with a final dot is the same domain: covered, sent without the dot, once', async () => {
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', 'shop.example.com.', '--resource', 'shop.example.com', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).results).toEqual([{ resource: 'shop.example.com', result: 'deployed', message: '' }]);
    expect(await holders()).toMatchObject({ 'shop.example.com': id });
    expect((await ops()).deploy).toBe(1);
  });

  it('a CDN domain the certificate does not cover: refused after ShowCertificate (exit 1), nothing deployed', async () => {
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', 'shop.example.com', '--resource', 'example.org']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('deploy-cdn-not-covered');
    expect(r.stderr).toContain('example.org (the certificate names shop.example.com, www.shop.example.com)');
    expect(r.stderr).toMatch(/scm: deployment refused: nothing was deployed\n$/);
    expect((await ops()).deploy ?? 0).toBe(0);
  });

  it('ELB without --project, or an unknown service: refused offline (exit 1), nothing sent at all', async () => {
    const r = await run(['deploy', id, '--service', 'ELB', '--resource', 'elb-1', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ deployed: false, sent: false, findings: [{ rule: 'deploy-project-missing', code: 'SCM.0069' }] });
    expect((await run(['deploy', id, '--service', 'OBS', '--resource', 'x'])).code).toBe(1);
    expect((await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4'])).code).toBe(2);
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it('SM2: refused with SCM.0010 before anything is deployed', async () => {
    const [sm2] = (await t.emu.seed({ certificates: [{ name: 'sm2', pem: readFileSync(t.b.cert, 'utf8'), enc_certificate: readFileSync(t.b.cert, 'utf8'), enc_private_key: t.b.keyPem }] })).certificates;
    const r = await run(['deploy', sm2!, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toMatchObject([{ rule: 'target-sm2-unsupported', code: 'SCM.0010' }]);
    expect((await ops()).deploy ?? 0).toBe(0);
  });

  it('21 resources are two requests (20 and 1)', async () => {
    await t.emu.seed({ resources: Array.from({ length: 21 }, (_, i) => ({ service: 'ELB', project: 'cn-east-3', id: `e${i}` })) });
    const r = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-east-3', ...Array.from({ length: 21 }, (_, i) => ['--resource', `e${i}`]).flat(), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).results).toHaveLength(21);
    expect((await ops()).deploy).toBe(2);
  });

  it('an answer lost after the deployment took effect (504): looked up, not sent again (CDN takes it once)', async () => {
    await t.emu.fault({ op: 'deploy', status: 504, commit: true });
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', 'shop.example.com', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).results).toEqual([{ resource: 'shop.example.com', result: 'deployed', message: 'deployed (the answer was lost; ListDeployedResources shows it)', recovered: true }]);
    expect(await ops()).toEqual({ show: 1, 'deployed-resources': 2, deploy: 1 });
  });

  it('a refusal keeps its request id in --json (the one SCM\'s support asks for)', async () => {
    await t.emu.fault({ op: 'deploy', status: 400, error_code: 'SCM.0005', error_msg: 'Invalid parameter' });
    const r = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1', '--json']);
    expect(r.code, r.stderr).toBe(4);
    const doc = JSON.parse(r.stdout);
    expect(doc.requestIds).toEqual([doc.error.request_id]);
    expect(doc.error.request_id).toMatch(/\S/);
  });

  it('a 503 before anything happened is sent again; a refused connection for good is exit 5', async () => {
    await t.emu.fault({ op: 'deploy', status: 503 });
    const r = await run(['deploy', id, '--service', 'WAF', '--project', 'ap-southeast-1', '--resource', 'waf-1', '--waf-type', 'cloud']);
    expect(r.code, r.stderr).toBe(0);
    expect(await holders()).toMatchObject({ 'waf-1': id });
    expect((await ops()).deploy).toBe(2);
    const gone = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-2', '--retries', '0'], { env: { SCM_ENDPOINT: 'http://127.0.0.1:1' } });
    expect(gone.code).toBe(5);
  });

  it('--dry-run: the signed request (secret redacted) and the cost note; only the reads are sent, no deployment', async () => {
    const r = await run(['deploy', id, '--service', 'WAF', '--project', 'ap-southeast-1', '--resource', 'waf-1', '--waf-type', 'premium', '--enterprise-project-id', 'ep-1', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`POST ${t.emu.url}/v3/scm/certificates/${id}/deploy\n`);
    expect(r.stdout).toContain('Signature=[redacted]');
    expect(JSON.parse(r.stdout.slice(r.stdout.indexOf('\n{')))).toEqual({ project_name: 'ap-southeast-1', service_name: 'WAF', resources: [{ id: 'waf-1', type: 'premium', enterprise_project_id: 'ep-1' }] });
    expect(progress(r.stderr)).toEqual([`${COST} 1 resource`, 'dry run: nothing was deployed; only the reads the checks need were sent (ShowCertificate, ListDeployedResources)']);
    expect(await ops()).toEqual({ show: 1, 'deployed-resources': 1 });
    expect(await holders()).toMatchObject({ 'waf-1': null });
  });

  it('--dry-run refuses as the run would (a CDN domain the certificate does not cover: exit 1), deploying nothing', async () => {
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', 'shop.example.com', '--resource', 'example.org', '--dry-run']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('deploy-cdn-not-covered');
    expect(r.stderr).toMatch(/scm: deployment refused: nothing was deployed\n$/);
    const json = await run(['deploy', id, '--service', 'CDN', '--resource', 'example.org', '--dry-run', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ dryRun: true, deployed: false, sent: false, findings: [{ rule: 'deploy-cdn-not-covered' }] });
    expect((await ops()).deploy ?? 0).toBe(0);
  });

  it('--dry-run leaves out a resource that holds the certificate already, as the run does (and counts only the others)', async () => {
    expect((await run(['deploy', id, '--service', 'CDN', '--resource', 'shop.example.com'])).code).toBe(0);
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', 'shop.example.com', '--resource', 'www.shop.example.com', '--dry-run', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ dryRun: true, sent: false, checked: true, unchanged: ['shop.example.com'] });
    expect(doc.requests.map((q: { body: unknown }) => q.body)).toEqual([{ service_name: 'CDN', resources: [{ domain_name: 'www.shop.example.com' }] }]);
    expect(r.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l).warning.message)).toEqual([
      `1 resource already uses ${id}: not sent again (shop.example.com)`, `${COST.replace(/^note: /, '')} 1 resource`,
      'dry run: nothing was deployed; only the reads the checks need were sent (ShowCertificate, ListDeployedResources)',
    ]);
    expect((await ops()).deploy).toBe(1);
    const zh = await run(['deploy', id, '--service', 'CDN', '--resource', 'shop.example.com', '--dry-run', '--lang', 'zh']);
    expect([zh.code, zh.stdout]).toEqual([0, '']);
    expect(progress(zh.stderr)).toEqual([`注意：1 个资源已在使用 ${id}，不会重复部署：shop.example.com`, '试运行：没有部署任何内容；只发送了检查所需的只读请求（`ShowCertificate`、`ListDeployedResources`）']);
  });

  it('--dry-run without credentials: the requests from the command line alone, nothing sent, and which checks were not made', async () => {
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', 'example.org', '--dry-run'], { env: { HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`POST ${t.emu.url}/v3/scm/certificates/${id}/deploy\n`);
    expect(progress(r.stderr).at(-1)).toMatch(/^dry run: nothing was sent; without credentials, the checks that need SCM/);
    expect((await t.emu.state()).requests.total).toBe(0);
  });

  it('speaks Chinese', async () => {
    const r = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'nope', '--lang', 'zh']);
    expect(r.code).toBe(4);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([`${id} 部署到 cn-north-4 的 ELB：1 个资源中有 0 个已使用该证书`, '资源  结果  信息']);
    expect(progress(r.stderr).slice(-2)).toEqual([
      'scm: 1 个资源中有 1 个部署失败：nope（ELB.0404 The ELB certificate nope does not exist in cn-north-4.）',
      '提示：每一行都列出了服务端的应答；问题解决后再次运行同一命令即可',
    ]);
  });
});
