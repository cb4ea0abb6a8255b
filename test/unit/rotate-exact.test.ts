// src/core/rotate, pinned exactly (issue #15, mutation testing): the order of every list a user reads (by
// service, region, name, then id, across several old certificates), which CDN name is sent as the domain, when
// there is nothing to do, which old certificate a resource still uses, resources that appear after the plan,
// and the clean-up entries whole (an old certificate is deleted only when SCM shows it nowhere and nothing failed).
import { describe, expect, it } from 'vitest';
import type { DeploymentView } from '../../src/core/inventory/deployment.js';
import { cdnDomainOf, nothingToDo, planCleanup, planRotation, targetFor, verifyRotation, type RotationPlan, type Sent } from '../../src/core/rotate/index.js';
import { targetKey } from '../../src/core/deploy/index.js';

const NEW = 'scs1700000000009';
const OLD = 'scs1700000000001';
const OLD2 = 'scs1700000000002';
type Res = DeploymentView['resources'][number];
const res = (service: string, region: string, resourceId: string, resourceName = resourceId): Res => ({ service, region, resourceId, resourceName });
const dep = (resources: Res[], unreliable: DeploymentView['unreliable'] = []): DeploymentView => ({ resources, unreliable });
const place = (r: { service: string; region: string; resourceName: string; resourceId: string }): string => `${r.service} ${r.region} ${r.resourceName} ${r.resourceId}`;
const empty: RotationPlan = { oldIds: [OLD], move: [], unchanged: [], unsupported: [], copies: [], pushCdn: false, unknown: [], batches: [] };

describe('cdnDomainOf: the name only when it is a whole domain; no domain at all (a copy pushed to CDN) otherwise', () => {
  it.each([
    ['www.example.com', 'www.example.com'],
    ['WWW.Example.COM', 'WWW.Example.COM'],
    ['a.b.example.com', 'a.b.example.com'],
    ['example.com.', 'example.com.'],
    ['*.example.com', '*.example.com'],
    ['x-1.example.com', 'x-1.example.com'],
    ['my site www.example.com', undefined],
    ['www.example.com (old)', undefined],
    ['example', undefined],
    ['.example.com', undefined],
    ['example..com', undefined],
    ['*example.com', undefined],
    ['a.*.example.com', undefined],
    ['www_x.example.com', undefined],
    ['example.com..', undefined],
    ['', undefined],
    // scm's default certificate name: its last label is no top-level domain.
    ['example.com-20261128', undefined],
    ['site-a', undefined],
  ])('name %j gives %j', (name, domain) => {
    expect(cdnDomainOf({ resourceId: 'cdn-1', resourceName: name })).toBe(domain);
  });

  it('the id when it is a domain and the name is not; a name equal to its certificate\'s SCM name is the copy', () => {
    expect(cdnDomainOf({ resourceId: 'img.example.com', resourceName: 'site-a' })).toBe('img.example.com');
    expect(cdnDomainOf({ resourceId: 'ff62f8430cec98f312ce78f0b2d7c3a7', resourceName: 'www.example.com' })).toBe('www.example.com');
    expect(cdnDomainOf({ resourceId: 'ff62f8430cec98f312ce78f0b2d7c3a7', resourceName: 'www.example.com' }, 'www.example.com')).toBeUndefined();
    // A domain listed by its own name is a domain whatever the certificate is called.
    expect(cdnDomainOf({ resourceId: 'www.example.com', resourceName: 'www.example.com' }, 'www.example.com')).toBe('www.example.com');
  });
});

describe('planRotation: order and targets', () => {
  it('moves sorted by service, region, name, then id, across old certificates; the unchanged sorted too', () => {
    const before = new Map([
      [OLD, dep([res('WAF', 'cn-north-4', 'w2', 'same'), res('ELB', 'cn-north-4', 'e9', 'b'), res('WAF', 'cn-north-4', 'w1', 'same')])],
      [OLD2, dep([res('ELB', 'cn-north-4', 'e1', 'a'), res('ELB', 'ap-southeast-1', 'e5', 'z'), res('CDN', 'global', 'z.example.com')])],
      [NEW, dep([res('WAF', 'cn-north-4', 'n2', 'y'), res('ELB', 'cn-north-4', 'n3', 'x'), res('ELB', 'ap-southeast-1', 'n1', 'x')])],
    ]);
    const plan = planRotation({ newId: NEW, oldIds: [OLD, OLD2], before });
    expect(plan.move.map((m) => place(m.resource))).toEqual([
      'CDN global z.example.com z.example.com', 'ELB ap-southeast-1 z e5', 'ELB cn-north-4 a e1', 'ELB cn-north-4 b e9', 'WAF cn-north-4 same w1', 'WAF cn-north-4 same w2',
    ]);
    expect(plan.unchanged.map(place)).toEqual(['ELB ap-southeast-1 x n1', 'ELB cn-north-4 x n3', 'WAF cn-north-4 y n2']);
    expect(plan.batches.map((b) => `${b.service} ${b.region} ${b.targets.map((t) => t.resource).join(',')}`)).toEqual([
      'CDN global z.example.com', 'ELB ap-southeast-1 e5', 'ELB cn-north-4 e1,e9', 'WAF cn-north-4 w1,w2',
    ]);
  });

  it('the plan whole: the new id kept, the unsupported sorted like the moves', () => {
    const osb = (id: string, region: string): Res => res('OSB', region, id, `bucket-${id}`);
    const before = new Map([[OLD, dep([osb('o2', 'cn-north-4'), res('ELB', 'cn-north-4', 'e1'), osb('o1', 'cn-north-4'), osb('o3', 'ap-southeast-1')])]]);
    const plan = planRotation({ newId: NEW, oldIds: [OLD], before });
    expect(plan).toEqual({
      newId: NEW, oldIds: [OLD],
      move: [{ resource: { service: 'ELB', region: 'cn-north-4', resourceId: 'e1', resourceName: 'e1', from: OLD }, target: { service: 'ELB', project: 'cn-north-4', region: 'cn-north-4', resource: 'e1', body: { id: 'e1' } } }],
      unchanged: [],
      unsupported: [
        { service: 'OSB', region: 'ap-southeast-1', resourceId: 'o3', resourceName: 'bucket-o3', from: OLD },
        { service: 'OSB', region: 'cn-north-4', resourceId: 'o1', resourceName: 'bucket-o1', from: OLD },
        { service: 'OSB', region: 'cn-north-4', resourceId: 'o2', resourceName: 'bucket-o2', from: OLD },
      ],
      copies: [],
      pushCdn: false,
      unknown: [],
      batches: [{ service: 'ELB', project: 'cn-north-4', region: 'cn-north-4', targets: [{ service: 'ELB', project: 'cn-north-4', region: 'cn-north-4', resource: 'e1', body: { id: 'e1' } }] }],
    });
  });

  it('a resource already on the new certificate in other case is not moved; one in another region is', () => {
    const before = new Map([[OLD, dep([res('ELB', 'cn-north-4', 'E1'), res('ELB', 'cn-east-3', 'e1')])], [NEW, dep([res('elb', 'CN-North-4', 'e1')])]]);
    const plan = planRotation({ newId: NEW, oldIds: [OLD], before });
    expect(plan.move.map((m) => place(m.resource))).toEqual(['ELB cn-east-3 e1 e1']);
    expect(plan.unchanged).toEqual([{ service: 'ELB', region: 'CN-North-4', resourceId: 'e1', resourceName: 'e1', from: NEW }]);
  });

  it('an old id asked twice is planned once; each is_error region is listed with its certificate', () => {
    const before = new Map([[OLD, dep([res('ELB', 'cn-north-4', 'e1')], [{ service: 'elb', region: 'cn-east-3' }, { service: 'cdn', region: 'global' }])]]);
    const plan = planRotation({ oldIds: [OLD, OLD], before });
    expect(plan.oldIds).toEqual([OLD]);
    expect(plan.move).toHaveLength(1);
    expect(plan.unknown).toEqual([{ certificateId: OLD, service: 'ELB', region: 'cn-east-3' }, { certificateId: OLD, service: 'CDN', region: 'global' }]);
  });

  it('targetFor reads the service in any case; a CDN target is global, with no extras', () => {
    const extras = { wafType: 'cloud' as const, enterpriseProjectId: 'ep' };
    expect(targetFor({ service: 'waf', region: 'cn-north-4', resourceId: 'w', resourceName: 'n', from: OLD }, extras))
      .toEqual({ service: 'WAF', project: 'cn-north-4', region: 'cn-north-4', resource: 'w', body: { id: 'w', type: 'cloud', enterprise_project_id: 'ep' } });
    expect(targetFor({ service: 'cdn', region: 'x', resourceId: 'cdn-1', resourceName: 'a.example.com', from: OLD }, extras))
      .toEqual({ service: 'CDN', project: '', region: 'global', resource: 'a.example.com', body: { domain_name: 'a.example.com' } });
  });

  it('nothing to do only when nothing moves, nothing is unsupported, nothing is unknown and no CDN copy is to be pushed', () => {
    const r = { service: 'OSB', region: 'r', resourceId: 'o', resourceName: 'o', from: OLD };
    expect(nothingToDo(empty)).toBe(true);
    expect(nothingToDo({ ...empty, unsupported: [r] })).toBe(false);
    expect(nothingToDo({ ...empty, unknown: [{ certificateId: OLD, service: '', region: '' }] })).toBe(false);
    expect(nothingToDo({ ...empty, pushCdn: true })).toBe(false);
    expect(nothingToDo(planRotation({ newId: NEW, oldIds: [OLD], before: new Map([[OLD, dep([res('ELB', 'r', 'e')])]]) }))).toBe(false);
  });
});

describe('verifyRotation: exact rows', () => {
  const before = new Map([[OLD, dep([res('ELB', 'cn-north-4', 'e1')])], [OLD2, dep([res('ELB', 'cn-north-4', 'e2')])]]);
  const plan = planRotation({ newId: NEW, oldIds: [OLD, OLD2], before });
  const sent = (state: Sent['state'], detail?: string): Map<string, Sent> => new Map(plan.move.map((m) => [targetKey(m.target), { state, ...(detail ? { detail } : {}) }]));

  it('a resource still on the second old certificate names that one', () => {
    const after = new Map([[NEW, dep([res('ELB', 'cn-north-4', 'e1')])], [OLD, dep([])], [OLD2, dep([res('ELB', 'cn-north-4', 'e1'), res('ELB', 'cn-north-4', 'e2')])]]);
    const v = verifyRotation(plan, NEW, sent('accepted'), after);
    expect(v.rows.map((r) => `${r.resourceId} ${r.from} ${r.result} ${r.reason} ${r.detail}`)).toEqual([`e1 ${OLD} failed still-old ${OLD2}`, `e2 ${OLD2} failed still-old ${OLD2}`]);
    expect(v).toMatchObject({ unknown: [], status: 'failed' });
  });

  it('a failure the deploy step gave no words for is rejected with an empty detail', () => {
    const v = verifyRotation(plan, NEW, sent('failed'), undefined);
    expect(v.rows.map((r) => `${r.result}|${r.reason}|${r.detail}`)).toEqual(['failed|rejected|', 'failed|rejected|']);
    expect(v.status).toBe('failed');
  });

  it('not sent keeps the reason it was given; the answer lost keeps every row unknown', () => {
    expect(verifyRotation(plan, NEW, sent('not-sent', 'WAF.0001 quota'), undefined).rows.map((r) => `${r.result} ${r.reason} ${r.detail}`))
      .toEqual(['skipped not-sent WAF.0001 quota', 'skipped not-sent WAF.0001 quota']);
    const v = verifyRotation(plan, NEW, sent('accepted'), undefined);
    expect(v.rows.map((r) => `${r.result} ${r.reason} ${r.detail}`)).toEqual(['unknown not-checked ', 'unknown not-checked ']);
    // Nothing known of any service or region: ALL and "*", never blank fields.
    expect(v.unknown).toEqual([{ certificateId: OLD, service: 'ALL', region: '*', lookupFailed: true }, { certificateId: OLD2, service: 'ALL', region: '*', lookupFailed: true }]);
    expect(v.status).toBe('incomplete');
  });

  it('a target the deploy step says nothing of was not sent, and nothing failed', () => {
    const v = verifyRotation(plan, NEW, new Map(), new Map([[NEW, dep([])], [OLD, dep([])], [OLD2, dep([])]]));
    expect(v.rows.map((r) => `${r.resourceId} ${r.result} ${r.reason} ${r.detail}`)).toEqual(['e1 skipped not-sent ', 'e2 skipped not-sent ']);
    expect(v.status).toBe('incomplete');
  });

  it('an is_error region of the new certificate makes the row unknown, not failed', () => {
    const after = new Map([[NEW, dep([], [{ service: 'ELB', region: 'cn-north-4' }])], [OLD, dep([])], [OLD2, dep([])]]);
    const v = verifyRotation(plan, NEW, sent('recovered'), after);
    expect(v.rows.map((r) => `${r.resourceId} ${r.result} ${r.reason}`)).toEqual(['e1 unknown unverified', 'e2 unknown unverified']);
    expect(v.status).toBe('incomplete');
  });

  it('a resource that appears on two old certificates is one row; its region listed when is_error; an old id not answered is unknown', () => {
    const after = new Map([
      [NEW, dep([res('ELB', 'cn-north-4', 'e1'), res('ELB', 'cn-north-4', 'e2')])],
      [OLD, dep([res('waf', 'cn-east-3', 'late', 'Late')], [{ service: 'waf', region: 'ap-southeast-1' }])],
      [OLD2, dep([res('WAF', 'cn-east-3', 'LATE', 'Late')])],
    ]);
    const v = verifyRotation(plan, NEW, sent('accepted'), after);
    expect(v.rows.slice(2)).toEqual([{ service: 'WAF', region: 'cn-east-3', resourceId: 'late', resourceName: 'Late', from: OLD, result: 'skipped', reason: 'appeared', detail: '' }]);
    expect(v.unknown).toEqual([{ certificateId: OLD, service: 'WAF', region: 'ap-southeast-1' }]);
    const lost = new Map([...after].filter(([id]) => id !== OLD));
    const w = verifyRotation(plan, NEW, sent('accepted'), lost);
    expect(w.unknown).toEqual([{ certificateId: OLD, service: 'ALL', region: '*' }]);
    expect(w.rows.map((r) => `${r.resourceId} ${r.from} ${r.result} ${r.reason}`)).toEqual([`e1 ${OLD} deployed deployed`, `e2 ${OLD2} deployed deployed`, `LATE ${OLD2} skipped appeared`]);
    expect(w.status).toBe('incomplete');
  });

  it('a resource still shown on the new certificate among others is not an appearance', () => {
    const p = planRotation({ newId: NEW, oldIds: [OLD], before: new Map([[OLD, dep([])], [NEW, dep([res('ELB', 'cn-north-4', 'n1')])]]) });
    const v = verifyRotation(p, NEW, new Map(), new Map([[NEW, dep([res('ELB', 'cn-north-4', 'n1')])], [OLD, dep([res('ELB', 'cn-north-4', 'N1')])]]));
    expect(v.rows.map((r) => `${r.resourceId} ${r.result} ${r.reason}`)).toEqual(['n1 unchanged unchanged']);
    expect(v.status).toBe('complete');
  });
});

describe('planCleanup: whole entries', () => {
  const used = dep([res('ELB', 'cn-north-4', 'e1')]);
  const unused = dep([]);
  const unknown = dep([], [{ service: 'WAF', region: 'r' }]);
  const after = new Map([[OLD, unused], [OLD2, used], ['scs1700000000003', unknown]]);
  const base = { oldIds: [OLD, OLD2, 'scs1700000000003', 'scs1700000000004', OLD], after, status: 'complete' as const, deleteOld: true, disableNotifications: false, purchased: new Set<string>() };

  it('an id asked twice once; the deployment kept with each entry; an id SCM did not answer is unknown and kept', () => {
    expect(planCleanup(base)).toEqual([
      { id: OLD, action: 'delete', reason: 'not-deployed', notify: false, deployment: unused },
      { id: OLD2, action: 'keep', reason: 'deployed', notify: false, deployment: used },
      { id: 'scs1700000000003', action: 'keep', reason: 'deployment-unknown', notify: false, deployment: unknown },
      { id: 'scs1700000000004', action: 'keep', reason: 'deployment-unknown', notify: false },
    ]);
  });

  it('--disable-notifications: only the unused ones that stay; never the deleted, the used or the unknown', () => {
    expect(planCleanup({ ...base, disableNotifications: true }).map((e) => `${e.id} ${e.action} ${e.notify}`)).toEqual([
      `${OLD} delete false`, `${OLD2} keep false`, 'scs1700000000003 keep false', 'scs1700000000004 keep false',
    ]);
    expect(planCleanup({ ...base, oldIds: [OLD, OLD2], status: 'failed', disableNotifications: true })).toEqual([
      { id: OLD, action: 'keep', reason: 'rotation-failed', notify: false }, { id: OLD2, action: 'keep', reason: 'rotation-failed', notify: false },
    ]);
  });

  it('a bought certificate that nothing uses is kept without --delete-old too, and its e-mails turned off', () => {
    expect(planCleanup({ ...base, deleteOld: false, disableNotifications: true, purchased: new Set([OLD]) })[0]).toEqual({ id: OLD, action: 'keep', reason: 'purchased', notify: true, deployment: unused });
  });
});
