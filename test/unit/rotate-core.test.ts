// src/core/rotate: the plan from ListDeployedResources (what moves, per service and region in batches of 20,
// what stays, what cannot be reached), the verification after the deployments, and the old certificates'
// clean-up (never after a failure, never one still in use, never a bought one), with exact results.
import { describe, expect, it } from 'vitest';
import type { DeploymentView } from '../../src/core/inventory/deployment.js';
import { cdnDomainOf, cleanupText, interruptedRows, nothingToDo, planCleanup, plannedRows, planRotation, rowText, statusOf, targetFor, verifyRotation, type Sent } from '../../src/core/rotate/index.js';
import { targetKey } from '../../src/core/deploy/index.js';

const NEW = 'scs1700000000009';
const OLD = 'scs1700000000001';
const OLD2 = 'scs1700000000002';
type Res = DeploymentView['resources'][number];
const elb = (id: string, region = 'cn-north-4'): Res => ({ service: 'ELB', region, resourceId: id, resourceName: `lb-${id}` });
const waf = (id: string, region = 'cn-north-4'): Res => ({ service: 'WAF', region, resourceId: id, resourceName: id });
const cdn = (domain: string, id = domain): Res => ({ service: 'CDN', region: 'global', resourceId: id, resourceName: domain });
const dep = (resources: Res[], unreliable: DeploymentView['unreliable'] = []): DeploymentView => ({ resources, unreliable });
const world = (): Map<string, DeploymentView> => new Map([
  [OLD, dep([elb('e1'), elb('e2', 'ap-southeast-1'), waf('w1'), cdn('example.com'), cdn('www.example.com', 'cdn-77')])],
  [NEW, dep([])],
]);

describe('a resource moved off its old certificate before the deployments (Sent moved)', () => {
  it('is skipped with reason moved, said in both languages, and leaves the rotation complete', () => {
    const plan = planRotation({ newId: NEW, oldIds: [OLD], before: new Map([[OLD, dep([elb('e1'), elb('e2')])], [NEW, dep([])]]) });
    const [kept, moved] = plan.move.map((m) => targetKey(m.target));
    const sent = new Map<string, Sent>([[kept!, { state: 'accepted' }], [moved!, { state: 'moved' }]]);
    const v = verifyRotation(plan, NEW, sent, new Map([[OLD, dep([])], [NEW, dep([elb('e1')])]]));
    expect([v.status, v.rows.map((r) => `${r.resourceId} ${r.result} ${r.reason}`)]).toEqual(['complete', ['e1 deployed deployed', 'e2 skipped moved']]);
    expect(rowText(v.rows[1]!, NEW, 'en')).toBe(`not deployed: it no longer used ${OLD} when the deployments began (changed since the plan); left as it is`);
    expect(rowText(v.rows[1]!, NEW, 'zh')).toBe(`未部署：开始部署时它已不再使用 ${OLD}（在列出计划之后被更改）；保持原样`);
    expect(statusOf([{ ...v.rows[1]!, reason: 'unsupported' }], [])).toBe('incomplete');
    expect(interruptedRows(plan, sent).map((r) => `${r.resourceId} ${r.result} ${r.reason}`)).toEqual(['e1 deployed accepted', 'e2 skipped moved']);
  });
});

describe('planRotation', () => {
  it('the seeded world: five moves, sorted by service, region and name, one request per (service, region)', () => {
    const plan = planRotation({ newId: NEW, oldIds: [OLD], before: world() });
    expect(plan.move.map((m) => `${m.resource.service} ${m.resource.region} ${m.target.resource} ${m.resource.from}`)).toEqual([
      `CDN global example.com ${OLD}`, `CDN global www.example.com ${OLD}`, `ELB ap-southeast-1 e2 ${OLD}`, `ELB cn-north-4 e1 ${OLD}`, `WAF cn-north-4 w1 ${OLD}`,
    ]);
    expect(plan.batches.map((b) => `${b.service} ${b.project || '-'} ${b.region} ${b.targets.length}`)).toEqual(['CDN - global 2', 'ELB ap-southeast-1 ap-southeast-1 1', 'ELB cn-north-4 cn-north-4 1', 'WAF cn-north-4 cn-north-4 1']);
    expect([plan.unchanged, plan.unsupported, plan.unknown]).toEqual([[], [], []]);
    expect(nothingToDo(plan)).toBe(false);
  });

  it('40 resources in 3 regions: one request per 20 of each (service, region)', () => {
    const resources = [...Array.from({ length: 21 }, (_, i) => elb(`a${String(i).padStart(2, '0')}`)), ...Array.from({ length: 18 }, (_, i) => elb(`b${i}`, 'ap-southeast-1')), elb('c0', 'cn-east-3')];
    const plan = planRotation({ newId: NEW, oldIds: [OLD], before: new Map([[OLD, dep(resources)]]) });
    expect(plan.move).toHaveLength(40);
    expect(plan.batches.map((b) => `${b.region} ${b.targets.length}`)).toEqual(['ap-southeast-1 18', 'cn-east-3 1', 'cn-north-4 20', 'cn-north-4 1']);
  });

  it('resources already on the new certificate are unchanged; a resource listed twice moves once; the new id is never old', () => {
    const before = new Map([[OLD, dep([elb('e1'), elb('E1')])], [OLD2, dep([elb('e1'), elb('e3')])], [NEW, dep([elb('e3')])]]);
    const plan = planRotation({ newId: NEW, oldIds: [OLD, OLD2, NEW, OLD], before });
    expect(plan.oldIds).toEqual([OLD, OLD2]);
    expect(plan.move.map((m) => `${m.target.resource} ${m.resource.from}`)).toEqual([`e1 ${OLD}`]);
    expect(plan.unchanged).toEqual([{ service: 'ELB', region: 'cn-north-4', resourceId: 'e3', resourceName: 'lb-e3', from: NEW }]);
  });

  it('a service DeployCertificate does not take is unsupported; is_error regions and ids not asked are unknown', () => {
    const before = new Map([[OLD, dep([{ service: 'osb', region: 'cn-north-4', resourceId: 'o1', resourceName: 'bucket' }], [{ service: 'waf', region: 'ap-southeast-1' }])]]);
    const plan = planRotation({ oldIds: [OLD, OLD2], before });
    expect(plan.newId).toBeUndefined();
    expect(plan.move).toEqual([]);
    expect(plan.unsupported).toEqual([{ service: 'OSB', region: 'cn-north-4', resourceId: 'o1', resourceName: 'bucket', from: OLD }]);
    expect(plan.unknown).toEqual([{ certificateId: OLD, service: 'WAF', region: 'ap-southeast-1' }, { certificateId: OLD2, service: 'ALL', region: '*' }]);
    expect(nothingToDo(plan)).toBe(false);
    expect(nothingToDo(planRotation({ newId: NEW, oldIds: [OLD], before: new Map([[OLD, dep([])], [NEW, dep([elb('x')])]]) }))).toBe(true);
  });

  it('WAF extras go into WAF targets; the project of ELB/WAF is the region; a CDN domain may come as the name or the id', () => {
    const plan = planRotation({ newId: NEW, oldIds: [OLD], before: world(), extras: { wafType: 'premium', enterpriseProjectId: 'ep' } });
    expect(plan.move.find((m) => m.resource.service === 'WAF')!.target).toEqual({ service: 'WAF', project: 'cn-north-4', region: 'cn-north-4', resource: 'w1', body: { id: 'w1', type: 'premium', enterprise_project_id: 'ep' } });
    expect(plan.move.find((m) => m.resource.service === 'ELB')!.target.body).toEqual({ id: 'e2' });
    expect(cdnDomainOf({ resourceId: 'cdn-77', resourceName: 'www.example.com' })).toBe('www.example.com');
    expect(cdnDomainOf({ resourceId: 'img.example.com', resourceName: 'my picture domain' })).toBe('img.example.com');
    expect(cdnDomainOf({ resourceId: 'x', resourceName: '*.example.com' })).toBe('*.example.com');
    expect(targetFor({ service: 'OBS', region: 'r', resourceId: 'i', resourceName: 'n', from: OLD })).toBeUndefined();
  });
});

describe('verifyRotation', () => {
  const plan = planRotation({ newId: NEW, oldIds: [OLD], before: world() });
  const all = (state: Sent['state']): Map<string, Sent> => new Map(plan.move.map((m) => [targetKey(m.target), { state }]));
  const moved = (): Map<string, DeploymentView> => new Map([[NEW, dep([...world().get(OLD)!.resources])], [OLD, dep([])]]);

  it('every resource shown on the new certificate and none on the old: complete', () => {
    const v = verifyRotation(plan, NEW, all('accepted'), moved());
    expect(v.status).toBe('complete');
    expect(v.rows.map((r) => `${r.resourceId} ${r.result} ${r.reason}`)).toEqual(['example.com deployed deployed', 'cdn-77 deployed deployed', 'e2 deployed deployed', 'e1 deployed deployed', 'w1 deployed deployed']);
    expect(v.unknown).toEqual([]);
  });

  it('a rejection, a resource still on the old one, one not shown on the new one, one not sent: failed', () => {
    const sent = all('accepted');
    sent.set('ELB|cn-north-4|e1', { state: 'failed', detail: 'ELB.0404 gone' });
    sent.set('WAF|cn-north-4|w1', { state: 'not-sent' });
    sent.set('CDN|global|example.com', { state: 'recovered' });
    const after = new Map([[NEW, dep([cdn('example.com')])], [OLD, dep([cdn('www.example.com', 'cdn-77'), elb('e1')])]]);
    const v = verifyRotation(plan, NEW, sent, after);
    expect(v.rows.map((r) => `${r.resourceId} ${r.result} ${r.reason} ${r.detail}`)).toEqual([
      'example.com deployed recovered ', `cdn-77 failed still-old ${OLD}`, 'e2 failed not-shown ', 'e1 failed rejected ELB.0404 gone', 'w1 skipped not-sent ',
    ]);
    expect(v.status).toBe('failed');
  });

  it('a region SCM cannot count: the resource is unknown, the region listed; nothing failed, so incomplete', () => {
    const after = new Map([[NEW, dep(world().get(OLD)!.resources.filter((r) => r.region !== 'ap-southeast-1'), [{ service: 'ELB', region: 'ap-southeast-1' }])], [OLD, dep([], [{ service: 'ELB', region: 'ap-southeast-1' }])]]);
    const v = verifyRotation(plan, NEW, all('accepted'), after);
    expect(v.rows.filter((r) => r.result !== 'deployed').map((r) => `${r.resourceId} ${r.result} ${r.reason}`)).toEqual(['e2 unknown unverified']);
    expect(v.unknown).toEqual([{ certificateId: OLD, service: 'ELB', region: 'ap-southeast-1' }]);
    expect(v.status).toBe('incomplete');
  });

  it('no answer after the deployments: every accepted resource is unknown, not checked (never is_error)', () => {
    const v = verifyRotation(plan, NEW, all('accepted'), undefined);
    expect(new Set(v.rows.map((r) => `${r.result} ${r.reason}`))).toEqual(new Set(['unknown not-checked']));
    expect(v.unknown).toEqual([{ certificateId: OLD, service: 'ALL', region: '*', lookupFailed: true }]);
  });

  it('a resource found on an old certificate that the plan did not know is reported (appeared)', () => {
    const after = moved();
    after.set(OLD, dep([elb('late', 'cn-east-3')]));
    const v = verifyRotation(plan, NEW, all('accepted'), after);
    expect(v.rows.at(-1)).toEqual({ service: 'ELB', region: 'cn-east-3', resourceId: 'late', resourceName: 'lb-late', from: OLD, result: 'skipped', reason: 'appeared', detail: '' });
    expect(v.status).toBe('incomplete');
  });

  it('unchanged and unsupported rows follow the moves; a plan not carried out lists what would happen', () => {
    const p = planRotation({ newId: NEW, oldIds: [OLD], before: new Map([[OLD, dep([elb('e1'), { service: 'OSB', region: 'r', resourceId: 'o', resourceName: 'o' }])], [NEW, dep([elb('e9')])]]) });
    expect(plannedRows(p).map((r) => `${r.resourceId} ${r.result} ${r.reason}`)).toEqual(['e1 skipped dry-run', 'e9 unchanged unchanged', 'o skipped unsupported']);
    const v = verifyRotation(p, NEW, new Map([['ELB|cn-north-4|e1', { state: 'accepted' }]]), new Map([[NEW, dep([elb('e1'), elb('e9')])], [OLD, dep([{ service: 'OSB', region: 'r', resourceId: 'o', resourceName: 'o' }])]]));
    expect(v.rows.map((r) => `${r.resourceId} ${r.result}`)).toEqual(['e1 deployed', 'e9 unchanged', 'o skipped']);
    expect(v.status).toBe('incomplete');
  });

  it('statusOf: failed beats skipped and unknown; an unknown region alone is incomplete', () => {
    const row = (result: 'deployed' | 'failed' | 'skipped' | 'unknown' | 'unchanged') => ({ service: 'ELB', region: 'r', resourceId: 'i', resourceName: 'n', from: OLD, result, reason: 'deployed' as const, detail: '' });
    expect(statusOf([row('deployed'), row('unchanged')], [])).toBe('complete');
    expect(statusOf([], [])).toBe('complete');
    expect(statusOf([row('deployed')], [{ certificateId: OLD, service: 'ELB', region: 'r' }])).toBe('incomplete');
    expect(statusOf([row('unknown'), row('failed')], [])).toBe('failed');
    expect(statusOf([row('skipped')], [])).toBe('incomplete');
  });

  it('says each reason in both languages', () => {
    const v = verifyRotation(plan, NEW, all('accepted'), moved());
    expect(rowText(v.rows[0]!, NEW, 'en')).toBe(`now uses ${NEW}`);
    expect(rowText({ ...v.rows[0]!, reason: 'rejected', detail: 'ELB.0404 gone' }, NEW, 'zh')).toBe('失败：ELB.0404 gone');
    expect(rowText({ ...v.rows[0]!, reason: 'unverified', unsaid: { kind: 'unreliable' } }, NEW, 'en')).toBe(`deployed; SCM cannot tell whether it uses ${NEW} (is_error in global)`);
  });
});

describe('planCleanup', () => {
  const after = new Map([[OLD, dep([])], [OLD2, dep([elb('e1')])], ['scs1700000000003', dep([], [{ service: 'WAF', region: 'r' }])], ['scs1700000000004', dep([])]]);
  const ids = [OLD, OLD2, 'scs1700000000003', 'scs1700000000004'];
  const base = { oldIds: ids, after, status: 'complete' as const, deleteOld: true, disableNotifications: true, purchased: new Set(['scs1700000000004']) };
  const brief = (entries: ReturnType<typeof planCleanup>): string[] => entries.map((e) => `${e.id} ${e.action} ${e.reason} ${e.notify}`);

  it('deletes what nothing uses; keeps the deployed, the unknown and the bought; notifications off for the kept unused ones', () => {
    expect(brief(planCleanup(base))).toEqual([`${OLD} delete not-deployed false`, `${OLD2} keep deployed false`, 'scs1700000000003 keep deployment-unknown false', 'scs1700000000004 keep purchased true']);
  });

  it('without --delete-old nothing is deleted; --disable-notifications alone turns off the unused ones', () => {
    expect(brief(planCleanup({ ...base, deleteOld: false }))).toEqual([`${OLD} keep not-asked true`, `${OLD2} keep deployed false`, 'scs1700000000003 keep deployment-unknown false', 'scs1700000000004 keep purchased true']);
    expect(brief(planCleanup({ ...base, deleteOld: false, disableNotifications: false })).map((l) => l.endsWith('false'))).toEqual([true, true, true, true]);
  });

  it('after a failed deployment, nothing happens to any old certificate', () => {
    expect(brief(planCleanup({ ...base, status: 'failed' }))).toEqual(ids.map((id) => `${id} keep rotation-failed false`));
    // The check after the deployments failed: every old certificate kept, none of their e-mails touched.
    expect(brief(planCleanup({ ...base, status: 'incomplete', after: undefined }))).toEqual(ids.map((id) => `${id} keep not-verified false`));
  });

  it('an incomplete rotation still cleans up what is certainly unused', () => {
    expect(brief(planCleanup({ ...base, status: 'incomplete' }))[0]).toBe(`${OLD} delete not-deployed false`);
  });

  it('says why in both languages', () => {
    const [first, second] = planCleanup(base);
    expect(cleanupText(first!, 'en')).toBe('no longer used: deleted with --delete-old');
    expect(cleanupText(second!, 'zh')).toBe('保留：仍在使用');
  });
});
