// An answer of ListDeployedResources that does not account for everything proves nothing: an id left out of
// `results[]`, or resources SCM counts (total_num, resource_num) without listing them, are "unknown", never
// "not deployed". Read from the raw answer (parseDeployed), decided (deploymentState, presenceIn), acted on
// (delete refuses, prune and rotate keep), said in both languages, and shown in --json (deploymentUnknown).
import { describe, expect, it } from 'vitest';
import { parseDeployed, presenceAt, unanswered } from '../../src/api/deployed.js';
import { presenceIn } from '../../src/core/deploy/index.js';
import {
  deleteReasonText, deploymentJson, deploymentState, describePlaces, planDelete, planPrune, pruneReasonText, toRow, unknownWhy, unlistedText, unsaidAt, type DeploymentView,
} from '../../src/core/inventory/index.js';
import { planCleanup, planRotation, unknownText } from '../../src/core/rotate/index.js';

const keep = (s: string): string => s;
const result = (o: Record<string, unknown>) => parseDeployed({ results: [{ certificate_id: 'scs1', ...o }] }, keep)![0]!;
const elbRow = { service: 'ELB', region: 'cn-north-4', resourceId: 'e1', resourceName: 'lb' };

/** SCM counts 3 ELB resources and lists none of them. */
const counted: DeploymentView = { resources: [], unreliable: [], unlisted: [{ service: 'ELB', count: 3 }] };
const missing: DeploymentView = unanswered('scs1');
const none: DeploymentView = { resources: [], unreliable: [], unlisted: [] };

describe('reading the answer', () => {
  it('is_error set in any spelling but false ("true", 1, a word) flags the region; false, "false", 0, null or nothing do not', () => {
    const flags = (v: unknown) => result({ deployed_resources: [{ service: 'WAF', region_resources: [{ region_id: 'cn-north-4', ...(v === undefined ? {} : { is_error: v }), resources: [] }] }] }).unreliable.length;
    expect([true, 'true', 'TRUE', 1, '1', 'yes'].map(flags)).toEqual([1, 1, 1, 1, 1, 1]);
    expect([false, 'false', 'False', 0, '0', '', null, undefined].map(flags)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('a count beyond the rows is kept per service, and what total_num alone counts as ALL', () => {
    expect(result({ total_num: 3, deployed_resources: [{ service: 'elb', resource_num: 3, resource_location: 'region' }] }).unlisted).toEqual([{ service: 'ELB', count: 3 }]);
    expect(result({ total_num: 3, deployed_resources: [] }).unlisted).toEqual([{ service: 'ALL', count: 3 }]);
    const partly = result({
      total_num: 4,
      deployed_resources: [
        { service: 'ELB', resource_num: '2', region_resources: [{ region_id: 'cn-north-4', is_error: false, resources: [{ resource_id: 'e1', resource_name: 'lb' }] }] },
      ],
    });
    expect([partly.resources.length, partly.unlisted]).toEqual([1, [{ service: 'ELB', count: 1 }, { service: 'ALL', count: 2 }]]);
  });

  it('rows that match the counts, or no counts at all, leave nothing unlisted', () => {
    const whole = result({ total_num: 1, deployed_resources: [{ service: 'ELB', resource_num: 1, region_resources: [{ region_id: 'cn-north-4', resources: [{ resource_id: 'e1' }] }] }] });
    expect(whole.unlisted).toEqual([]);
    expect(result({ total_num: 0, deployed_resources: [] })).toEqual({ certificateId: 'scs1', total: 0, resources: [], unreliable: [], unlisted: [] });
    expect(result({ deployed_resources: [{ service: 'ELB', resource_num: -2 }] }).unlisted).toEqual([]);
  });
});

describe('a count that is no whole number', () => {
  it('total_num or resource_num of -1, 1.5 or a word beside no rows: nothing known (unknown), never "not deployed"', () => {
    for (const bad of [-1, 1.5, 'abc', '', true]) {
      expect(deploymentState(result({ total_num: bad, deployed_resources: [] })), String(bad)).toBe('unknown');
      expect(deploymentState(result({ total_num: 0, deployed_resources: [{ service: 'ELB', resource_num: bad }] })), String(bad)).toBe('unknown');
    }
    expect(deploymentState(result({ total_num: '0', deployed_resources: [{ service: 'ELB', resource_num: null }] }))).toBe('not-deployed');
  });
});

describe('deciding', () => {
  it('left out of the answer, or counted without rows: unknown; counted beside listed rows: deployed', () => {
    expect([deploymentState(missing), deploymentState(counted), deploymentState(none)]).toEqual(['unknown', 'unknown', 'not-deployed']);
    expect(deploymentState({ ...counted, resources: [elbRow] })).toBe('deployed');
    expect(deploymentState({ resources: [], unreliable: [], unlisted: [{ service: 'ALL', count: 1 }] })).toBe('unknown');
  });

  it('a target is unknown where SCM counts its service without listing it, or gave no result; absent elsewhere', () => {
    const target = { service: 'ELB', region: 'cn-north-4', resource: 'e9' };
    expect([presenceIn(counted, target), presenceIn(missing, target), presenceIn(none, target)]).toEqual(['unknown', 'unknown', 'absent']);
    expect(presenceIn(counted, { ...target, service: 'WAF' })).toBe('absent');
    expect(presenceIn({ ...counted, resources: [elbRow] }, { ...target, resource: 'e1' })).toBe('present');
    expect(unsaidAt({ ...none, unlisted: [{ service: 'ALL', count: 2 }] }, 'CDN', '')).toBe(true);
    const api = { certificateId: 'scs1', total: 3, resources: [], unreliable: [], unlisted: [{ service: 'ELB', count: 3 }] };
    expect([presenceAt(api, { service: 'ELB', region: 'cn-north-4' }), presenceAt(unanswered('scs1'), { service: 'CDN', region: '' }), presenceAt({ ...api, unlisted: [] }, { service: 'ELB', region: 'cn-north-4' })]).toEqual(['unknown', 'unknown', 'absent']);
  });

  it('delete refuses both (deletes them only with --force); prune and rotate keep them', () => {
    const ds = new Map([['a', counted], ['b', missing], ['c', none]]);
    expect(planDelete(['a', 'b', 'c'], ds, { force: false }).map((d) => [d.id, d.action, d.reason])).toEqual([['a', 'refuse', 'deployment-unknown'], ['b', 'refuse', 'deployment-unknown'], ['c', 'delete', 'not-deployed']]);
    expect(planDelete(['a', 'b'], ds, { force: true }).map((d) => [d.action, d.forced])).toEqual([['delete', true], ['delete', true]]);
    const NOW = new Date('2026-06-01T00:00:00Z');
    const rows = ['scs3', 'scs2', 'scs1'].map((id, i) => toRow({ id, name: id, domain: 'a.test', sans: 'a.test', expire_time: `2026-0${9 - i}-01 00:00:00.0`, status: 'UPLOAD' }));
    const plan = planPrune(rows, { domain: 'a.test', keep: 1, expiredOnly: false, now: NOW }, new Map([['scs2', counted], ['scs1', missing]]));
    expect(plan.map((e) => [e.row.id, e.action, e.reason])).toEqual([['scs3', 'keep', 'newest'], ['scs2', 'keep', 'deployment-unknown'], ['scs1', 'keep', 'deployment-unknown']]);
    const cleanup = planCleanup({ oldIds: ['a', 'b'], after: ds, status: 'complete', deleteOld: true, disableNotifications: false, purchased: new Set() });
    expect(cleanup.map((e) => [e.id, e.action, e.reason])).toEqual([['a', 'keep', 'deployment-unknown'], ['b', 'keep', 'deployment-unknown']]);
    const rotation = planRotation({ newId: 'n', oldIds: ['a', 'b'], before: ds });
    expect(rotation.unknown).toEqual([{ certificateId: 'a', service: 'ELB', region: '*', count: 3 }, { certificateId: 'b', service: 'ALL', region: '*' }]);
  });
});

describe('saying it', () => {
  const both = (f: (lang: 'en' | 'zh') => string): string[] => [f('en'), f('zh')];
  const refusal = (d: DeploymentView) => planDelete(['x'], new Map([['x', d]]), { force: false })[0]!;

  it('delete names what SCM counted, or that its answer left the certificate out', () => {
    expect(both((l) => deleteReasonText(refusal(counted), l))).toEqual([
      'SCM counts 3 ELB resources using it but did not list them; try again later, or --force',
      'SCM 统计到有 3 个 ELB 资源在使用它，但没有逐一列出；请稍后再试，或加 --force',
    ]);
    expect(both((l) => deleteReasonText(refusal(missing), l))).toEqual([
      "SCM's answer did not include it, so where it is deployed is not known; try again later, or --force",
      'SCM 的应答中没有它的结果，不清楚它部署在哪里；请稍后再试，或加 --force',
    ]);
    const one = { resources: [], unreliable: [], unlisted: [{ service: 'ALL', count: 1 }] };
    expect(both((l) => deleteReasonText(refusal(one), l))).toEqual([
      'SCM counts 1 resource using it but did not list them; try again later, or --force',
      'SCM 统计到有 1 个资源在使用它，但没有逐一列出；请稍后再试，或加 --force',
    ]);
  });

  it('prune and rotate say the same', () => {
    const row = toRow({ id: 'x', name: 'x', domain: 'a.test', status: 'UPLOAD' });
    expect(both((l) => pruneReasonText({ row, action: 'keep', reason: 'deployment-unknown', deployment: counted }, 1, l))).toEqual([
      'keep: SCM counts 3 ELB resources using it but did not list them',
      '保留：SCM 统计到有 3 个 ELB 资源在使用它，但没有逐一列出',
    ]);
    expect(both((l) => unknownText({ certificateId: 'scs1', service: 'ELB', region: '*', count: 3 }, l))).toEqual([
      'SCM counts 3 ELB resources using scs1 but did not list them',
      'SCM 统计到有 3 个 ELB 资源在使用 scs1，但没有逐一列出',
    ]);
    expect(both((l) => unknownText({ certificateId: 'scs1', service: 'ALL', region: '*' }, l))).toEqual(["SCM's answer did not include scs1", 'SCM 的应答中没有 scs1 的结果']);
    expect(unknownText({ certificateId: 'scs1', service: 'WAF', region: 'cn-north-4' }, 'en')).toBe('SCM cannot tell what uses scs1 in WAF cn-north-4 (is_error)');
  });

  it('--json: region "*" with the count, and ALL/* for a certificate left out of the answer', () => {
    expect(deploymentJson(counted)).toStrictEqual({ deployedTo: [], deploymentUnknown: [{ service: 'ELB', region: '*', count: 3 }] });
    expect(deploymentJson(missing)).toStrictEqual({ deployedTo: [], deploymentUnknown: [{ service: 'ALL', region: '*' }] });
    expect(deploymentJson(none)).toStrictEqual({ deployedTo: [], deploymentUnknown: [] });
  });
});

describe('the words of a gap, exactly', () => {
  it('CDN is global: an is_error CDN answer leaves CDN unsaid whatever region is asked; ELB only in its region', () => {
    const cdn: DeploymentView = { resources: [], unreliable: [{ service: 'CDN', region: 'global' }] };
    expect(unsaidAt(cdn, 'cdn', 'cn-north-4')).toBe(true);
    const elb: DeploymentView = { resources: [], unreliable: [{ service: 'ELB', region: 'cn-north-4' }] };
    expect([unsaidAt(elb, 'ELB', 'CN-NORTH-4'), unsaidAt(elb, 'ELB', 'cn-south-1')]).toEqual([true, false]);
  });

  it('places with region "*" (counted, not listed) are named by their service alone', () => {
    expect(describePlaces([{ service: 'ELB', region: '*' }, { service: 'WAF', region: 'cn-north-4' }, { service: 'CDN', region: 'global' }])).toBe('ELB, WAF cn-north-4, CDN');
  });

  it('one resource or several; both gaps joined as each language joins clauses', () => {
    expect(unlistedText([{ service: 'ELB', count: 1 }, { service: 'WAF', count: 2 }, { service: 'ALL', count: 1 }], 'en')).toBe('1 ELB resource, 2 WAF resources, 1 resource');
    const both: DeploymentView = { resources: [], unreliable: [{ service: 'WAF', region: 'cn-north-4' }], unlisted: [{ service: 'ELB', count: 3 }] };
    const [en, zh] = [unknownWhy(both, 'en'), unknownWhy(both, 'zh')];
    expect(en.split('; ')).toHaveLength(2);
    expect(en).toContain('3 ELB resources');
    expect(zh.split('；')).toHaveLength(2);
    expect(zh).toContain('3 个 ELB 资源');
    expect(zh).not.toContain('; ');
  });
});
