// Through the built binary: when ListDeployedResources leaves a certificate out of its answer, or counts
// resources without listing them, nothing is taken for "not deployed": delete refuses (exit 1), prune keeps,
// rotate keeps the old certificate, and after a 504 push and deploy send nothing a second time.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('gaps', { bundle: false });
const { run } = cliRecorder(() => t.env());
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString();
const held = async (): Promise<string[]> => (await t.emu.state()).certificates.map((c) => c.id).sort();
const ops = async (): Promise<Record<string, number>> => (await t.emu.state()).requests.byOperation;
/** ListDeployedResources answers exactly `body` (after letting `after` requests through). */
const looks = (body: unknown, o: { after?: number; times?: number } = {}) => t.emu.fault({ op: 'deployed-resources', ...o, answer: { status: 200, body } });
const counted = (id: string, n: number) => ({ results: [{ certificate_id: id, total_num: n, deployed_resources: [{ service: 'ELB', resource_num: n, resource_location: 'region', region_resources: [] }] }] });

describe('delete, prune and rotate never delete what SCM did not account for', () => {
  it('delete: an id left out of the answer is refused (exit 1), deploymentUnknown ALL/*; --force deletes it', async () => {
    const [a] = (await t.emu.seed({ certificates: [{ name: 'a', domain: 'a.example.test' }] })).certificates as [string];
    await looks({ results: [] });
    const r = await run(['delete', a, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      schemaVersion: 1, dryRun: false, deleted: [],
      results: [{ id: a, result: 'refused', error: null, requestId: null, reason: 'deployment-unknown', forced: false, deployedTo: [], deploymentUnknown: [{ service: 'ALL', region: '*' }] }],
    });
    // ShowCertificate is asked whether SCM holds it at all: it does, so the refusal stands.
    expect([await held(), await ops()]).toEqual([[a], { 'deployed-resources': 1, show: 1 }]);

    await looks({ results: [] });
    const zh = await run(['delete', a, '--lang', 'zh']);
    expect([zh.code, zh.stdout.split('\n')[1]]).toEqual([1, `${a}  拒绝删除  SCM 的应答中没有它的结果，不清楚它部署在哪里；请稍后再试，或加 --force`]);

    await looks({ results: [] });
    const forced = await run(['delete', a, '--force', '--json']);
    expect([forced.code, JSON.parse(forced.stdout).deleted, await held()]).toEqual([0, [a], []]);
  });

  it('delete: a result that names the id and nothing else (or nulls) is refused (exit 1); two results, 0 then listed: refused as deployed', async () => {
    const [a] = (await t.emu.seed({ certificates: [{ name: 'a', domain: 'a.example.test' }] })).certificates as [string];
    await looks({ results: [{ certificate_id: a }] });
    const r = await run(['delete', a]);
    expect([r.code, r.stdout.split('\n')[1]]).toEqual([1, `${a}  refused  SCM's result for it gives neither a count nor a list of resources, so where it is deployed is not known; try again later, or --force`]);
    await looks({ results: [{ certificate_id: a, total_num: null, deployed_resources: null }] });
    expect(JSON.parse((await run(['delete', a, '--json'])).stdout).results[0]).toMatchObject({ result: 'refused', reason: 'deployment-unknown', deploymentUnknown: [{ service: 'ALL', region: '*' }] });
    const elb = { certificate_id: a, total_num: 2, deployed_resources: [{ service: 'ELB', resource_num: 2, region_resources: [{ region_id: 'cn-north-4', resources: [{ resource_id: 'e1', resource_name: 'lb1' }, { resource_id: 'e2', resource_name: 'lb2' }] }] }] };
    await looks({ results: [{ certificate_id: a, total_num: 0, deployed_resources: [] }, elb] });
    expect(JSON.parse((await run(['delete', a, '--json'])).stdout).results[0]).toMatchObject({ result: 'refused', reason: 'deployed' });
    expect([await held(), (await ops()).delete]).toEqual([[a], undefined]);
  });

  it('prune: a superseded certificate SCM counts 3 ELB resources for, listing none, is kept, nothing is deleted, and the prune is not done (exit 1)', async () => {
    // In upload order (the old one first): the last upload is also the newest.
    const [old] = (await t.emu.seed({ certificates: [{ name: 'old', domain: 'p.example.test', not_after: inDays(10) }, { name: 'new', domain: 'p.example.test', not_after: inDays(90) }] })).certificates as [string, string];
    await looks(counted(old, 3));
    const r = await run(['prune', '--domain', 'p.example.test', '--json']);
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stderr.trim().split('\n').at(-1)!).error).toMatchObject({ type: 'NegativeResult', exitCode: 1, message: `1 superseded certificate was kept because SCM could not tell whether it is in use: ${old}` });
    const doc = JSON.parse(r.stdout);
    expect(doc.deleted).toEqual([]);
    expect(doc.plan.find((e: { id: string }) => e.id === old)).toMatchObject({ action: 'keep', reason: 'deployment-unknown', deployedTo: [], deploymentUnknown: [{ service: 'ELB', region: '*', count: 3 }] });
    expect((await held()).length).toBe(2);
    expect((await ops()).delete).toBeUndefined();

    await looks(counted(old, 3));
    const text = await run(['prune', '--domain', 'p.example.test', '--dry-run']);
    expect(text.stdout).toContain('keep: SCM counts 3 ELB resources using it but did not list them');
    expect(text.code).toBe(1);

    await looks(counted(old, 3));
    const zh = await run(['prune', '--domain', 'p.example.test', '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(`有 1 张已被取代的证书未删除，因为 SCM 无法确定它们是否仍在使用：${old}`);
  });

  it('rotate --delete-old: the old certificate left out of every answer is kept, the rotation incomplete (exit 1)', async () => {
    const [fresh, old] = (await t.emu.seed({ certificates: [{ name: 'new', domain: 'r.example.test' }, { name: 'old', domain: 'r.example.test' }] })).certificates as [string, string];
    await looks({ results: [{ certificate_id: fresh, total_num: 0, deployed_resources: [] }] }, { times: 10 });
    const r = await run(['rotate', old, '--to', fresh, '--delete-old', '--json']);
    expect(r.code, r.stderr).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect([doc.deleted, doc.deploymentUnknown]).toEqual([[], [{ certificateId: old, service: 'ALL', region: '*' }]]);
    expect(await held()).toEqual([fresh, old].sort());
    expect((await ops()).delete).toBeUndefined();
    expect(JSON.parse(r.stderr.trim().split('\n').pop()!).error.message).toContain(`SCM's answer did not include ${old}`);
  });

  it('rotate --dry-run: the plan that keeps such an old certificate exits 1 as the real run does, en and zh', async () => {
    const [fresh, old] = (await t.emu.seed({ certificates: [{ name: 'new', domain: 'r.example.test' }, { name: 'old', domain: 'r.example.test' }] })).certificates as [string, string];
    await looks({ results: [{ certificate_id: fresh, total_num: 0, deployed_resources: [] }] }, { times: 10 });
    const r = await run(['rotate', old, '--to', fresh, '--delete-old', '--dry-run']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain(`SCM's answer did not include ${old}: it will be kept`);
    expect(r.stderr).toContain('dry run: nothing was uploaded, deployed or deleted');
    expect(r.stderr).toContain(`scm: a real run could not confirm that every resource uses ${fresh}: SCM's answer did not include ${old}`);
    const json = await run(['rotate', old, '--to', fresh, '--dry-run', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 'planned', dryRun: true });
    // -q: the new id alone only for a plan the real run could complete, as the real run prints it.
    const quiet = await run(['rotate', old, '--to', fresh, '--dry-run', '-q']);
    expect([quiet.code, quiet.stdout]).toEqual([1, '']);
    const zh = await run(['rotate', old, '--to', fresh, '--dry-run', '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(`实际运行也无法确定所有资源都已使用 ${fresh}`);
    expect((await ops()).deploy).toBeUndefined();
  });

  it('rotate --dry-run: a resource DeployCertificate cannot reach (APIG) exits 1 as the real run does, the hint naming the consoles', async () => {
    const [fresh, old] = (await t.emu.seed({ certificates: [{ name: 'new', domain: 'r.example.test' }, { name: 'old', domain: 'r.example.test' }] })).certificates as [string, string];
    const apig = { service: 'APIG', resource_num: 1, resource_location: 'region', region_resources: [{ region_id: 'cn-north-4', is_error: false, resources: [{ resource_id: 'apig-1', resource_name: 'gw' }] }] };
    await looks({ results: [{ certificate_id: old, total_num: 1, deployed_resources: [apig] }, { certificate_id: fresh, total_num: 0, deployed_resources: [] }] }, { times: 10 });
    const dry = await run(['rotate', old, '--to', fresh, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(1);
    expect(dry.stderr).toContain(`scm: a real run could not confirm that every resource uses ${fresh}: APIG cn-north-4 apig-1`);
    expect(dry.stderr).toContain('change the certificate in their own consoles');
    // The real run too: waiting never moves such a resource, its own console does.
    const real = await run(['rotate', old, '--to', fresh]);
    expect(real.code).toBe(1);
    expect(real.stderr).toContain('hint: nothing failed, and old certificates still in use were kept; DeployCertificate cannot reach APIG cn-north-4 apig-1: change the certificate there in their own consoles');
    const zh = await run(['rotate', old, '--to', fresh, '--lang', 'zh']);
    expect(zh.stderr).toContain('部署接口无法处理 APIG cn-north-4 apig-1：请在它们各自的控制台中更换证书');
  });

  it('rotate --dry-run with every old certificate accounted for still exits 0', async () => {
    const [fresh, old] = (await t.emu.seed({ certificates: [{ name: 'new', domain: 'r.example.test' }, { name: 'old', domain: 'r.example.test' }] })).certificates as [string, string];
    const r = await run(['rotate', old, '--to', fresh, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    const quiet = await run(['rotate', old, '--to', fresh, '--dry-run', '-q']);
    expect([quiet.code, quiet.stdout]).toEqual([0, `${fresh}\n`]);
  });
});

describe('after a 504, nothing is sent twice where the look-up cannot tell', () => {
  it('push: the certificate left out of the answer: failed, exit 5, one push request', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'p', domain: 'p.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'push', status: 504 });
    await looks({ results: [] });
    const r = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4', '--json']);
    expect(r.code).toBe(5);
    expect(JSON.parse(r.stdout).results).toEqual([
      { project: 'cn-north-4', ok: false, result: 'failed', cert_id: null, message: "SCM's answer did not include it, so where it is deployed is not known: not pushed, to avoid a second copy" },
    ]);
    expect(await ops()).toEqual({ push: 1, 'deployed-resources': 1 });
    expect((await t.emu.state()).certificates[0]!.pushes).toEqual([]);
  });

  it('deploy: is_error for the region after the 504: failed, exit 5, one DeployCertificate request', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'd', domain: 'd.example.test' }] })).certificates as [string];
    await t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1' }] });
    await t.emu.fault({ op: 'deploy', status: 504 });
    const flagged = { results: [{ certificate_id: id, total_num: 0, deployed_resources: [{ service: 'ELB', resource_num: 0, region_resources: [{ region_id: 'cn-north-4', is_error: true, resources: [] }] }] }] };
    await looks(flagged, { after: 1 }); // the look before sending is answered as usual
    const r = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1', '--json']);
    expect(r.code).toBe(5);
    const doc = JSON.parse(r.stdout);
    expect([doc.ok, doc.results.length, doc.results[0].resource, doc.results[0].result]).toEqual([false, 1, 'elb-1', 'failed']);
    expect(doc.results[0].message).toMatch(/Backend timeout\..*\(SCM cannot tell whether it is deployed in ELB cn-north-4 \(is_error\): not sent again, as it may already be deployed\)$/);
    expect(await ops()).toEqual({ show: 1, 'deployed-resources': 2, deploy: 1 });
    expect((await t.emu.state()).requests.deploys).toEqual([]);
  });
});
