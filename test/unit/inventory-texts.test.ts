// What prune, delete and rotate say about a certificate, in both languages: every prune reason and delete
// decision as a whole sentence, where a certificate is deployed (services, regions, counts; global ones
// without a region), and the deployedTo / deploymentUnknown fields of every --json document.
import { describe, expect, it } from 'vitest';
import {
  deleteReasonText, deploymentJson, describePlaces, notFound, planDelete, pruneReasonText, toRow, whereOf, type DeleteDecision, type DeploymentView, type PruneEntry,
} from '../../src/core/inventory/index.js';

const elb: DeploymentView = {
  resources: [
    { service: 'ELB', region: 'cn-north-4', resourceId: 'e1', resourceName: 'lb1' },
    { service: 'ELB', region: 'cn-north-4', location: 'region', resourceId: 'e2', resourceName: 'lb2' },
    { service: 'CDN', region: 'global', resourceId: 'c1', resourceName: 'www.example.com' },
    { service: 'WAF', region: '', location: 'global', resourceId: 'w1', resourceName: 'waf' },
  ],
  unreliable: [{ service: 'APIG', region: 'cn-east-3' }],
};
const flaky: DeploymentView = { resources: [], unreliable: [{ service: 'WAF', region: 'ap-southeast-1' }, { service: 'WAF', region: 'ap-southeast-1' }] };
const none: DeploymentView = { resources: [], unreliable: [] };

describe('where a certificate is', () => {
  it('service and region, a count for several, no region for global or none; in each language', () => {
    expect(describePlaces(elb.resources)).toBe('ELB cn-north-4 (2), CDN, WAF');
    expect(describePlaces(elb.resources, 'zh')).toBe('ELB cn-north-4（2）、CDN、WAF');
    expect(describePlaces([])).toBe('');
    expect(describePlaces([{ service: 'CDN', region: 'global' }, { service: 'CDN', region: '' }, { service: 'ELB', region: 'cn-north-4' }])).toBe('CDN (2), ELB cn-north-4');
  });

  it('whereOf: the resources when deployed, else the regions SCM could not count, else nothing', () => {
    expect(whereOf(elb, 'en')).toBe('ELB cn-north-4 (2), CDN, WAF');
    expect(whereOf(flaky, 'zh')).toBe('WAF ap-southeast-1（2）');
    expect(whereOf(none)).toBe('');
    expect(whereOf(undefined)).toBe('');
  });

  it('--json: location as SCM says, else global for the global region, else region', () => {
    expect(deploymentJson(elb)).toStrictEqual({
      deployedTo: [
        { service: 'ELB', region: 'cn-north-4', location: 'region', resourceId: 'e1', resourceName: 'lb1' },
        { service: 'ELB', region: 'cn-north-4', location: 'region', resourceId: 'e2', resourceName: 'lb2' },
        { service: 'CDN', region: 'global', location: 'global', resourceId: 'c1', resourceName: 'www.example.com' },
        { service: 'WAF', region: '', location: 'global', resourceId: 'w1', resourceName: 'waf' },
      ],
      deploymentUnknown: [{ service: 'APIG', region: 'cn-east-3' }],
    });
    expect(deploymentJson(undefined)).toStrictEqual({ deployedTo: [], deploymentUnknown: [] });
  });
});

describe("delete's sentences", () => {
  const decide = (id: string, force: boolean): DeleteDecision =>
    planDelete([id], new Map([['dep', elb], ['clear', none], ['flaky', flaky]]), { force })[0]!;
  const both = (d: DeleteDecision) => [deleteReasonText(d, 'en'), deleteReasonText(d, 'zh')];

  it('not deployed, forced or not', () => {
    expect(both(decide('clear', false))).toEqual(['not deployed anywhere', '未部署到任何地方']);
    expect(both(decide('clear', true))).toEqual(['not deployed anywhere', '未部署到任何地方']);
  });

  it('an id SCM does not hold: not found (deleted before, or mistyped), never "not deployed"; nothing forced', () => {
    for (const d of [decide('clear', false), decide('flaky', true), decide('dep', true)]) {
      expect(notFound(d)).toMatchObject({ id: d.id, action: 'delete', reason: 'not-found', forced: false });
      expect(both(notFound(d))).toEqual(['no certificate with this id in SCM: deleted before, or a mistyped id', 'SCM 中没有此 ID 的证书：之前已删除，或 ID 输错']);
    }
  });

  it('refused: deployed, unknown with the regions, unknown because never asked', () => {
    expect(both(decide('dep', false))).toEqual([
      'deployed to ELB cn-north-4 (2), CDN, WAF; move what uses it to another certificate first (scm rotate), or --force',
      "已部署到 ELB cn-north-4（2）、CDN、WAF；请先把使用它的资源换成别的证书（`scm rotate`），或加 --force",
    ]);
    expect(both(decide('flaky', false))).toEqual([
      'SCM cannot tell whether it is deployed in WAF ap-southeast-1 (2) (is_error); try again later, or --force',
      'SCM 无法确定它是否部署在 WAF ap-southeast-1（2）（`is_error`）；请稍后再试，或加 --force',
    ]);
    expect(both(decide('unasked', false))).toEqual(['where it is deployed is not known; try again later, or --force', '不清楚它部署在哪里；请稍后再试，或加 --force']);
  });

  it('forced: deployed, unknown with the regions, unknown because never asked', () => {
    expect(both(decide('dep', true))).toEqual(['deployed to ELB cn-north-4 (2), CDN, WAF: deleted anyway (--force)', '已部署到 ELB cn-north-4（2）、CDN、WAF：仍然删除（--force）']);
    expect(both(decide('flaky', true))).toEqual([
      'SCM cannot tell whether it is deployed in WAF ap-southeast-1 (2) (is_error): deleted anyway (--force)',
      'SCM 无法确定它是否部署在 WAF ap-southeast-1（2）（`is_error`）：仍然删除（--force）',
    ]);
    expect(both(decide('unasked', true))).toEqual(['where it is deployed is not known: deleted anyway (--force)', '不清楚它部署在哪里：仍然删除（--force）']);
  });
});

describe("prune's sentences", () => {
  const row = toRow({ id: 'scs1', domain: 'a.test', status: 'UPLOAD' });
  const entry = (reason: PruneEntry['reason'], more: Partial<PruneEntry> = {}): PruneEntry => ({ row, action: reason === 'superseded' ? 'delete' : 'keep', reason, ...more });
  const both = (e: PruneEntry, keep = 1) => [pruneReasonText(e, keep, 'en'), pruneReasonText(e, keep, 'zh')];

  it('newest: "newest" when keeping one, "among the N newest" when keeping more', () => {
    expect(both(entry('newest'), 1)).toEqual(['keep: newest', '保留：最新']);
    expect(both(entry('newest'), 2)).toEqual(['keep: among the 2 newest', '保留：属于最新的 2 张']);
  });

  it('deployed, unknown (with the regions or not asked), bought, not expired, no expiry, superseded', () => {
    expect(both(entry('deployed', { deployment: elb }))).toEqual(['keep: deployed to ELB cn-north-4 (2), CDN, WAF', '保留：已部署到 ELB cn-north-4（2）、CDN、WAF']);
    expect(both(entry('deployment-unknown', { deployment: flaky }))).toEqual([
      'keep: SCM cannot tell whether it is deployed in WAF ap-southeast-1 (2) (is_error)',
      '保留：SCM 无法确定它是否部署在 WAF ap-southeast-1（2）（`is_error`）',
    ]);
    expect(both(entry('deployment-unknown'))).toEqual(['keep: where it is deployed is not known', '保留：不清楚它部署在哪里']);
    expect(both(entry('purchased'))).toEqual(['keep: bought through SCM (prune deletes imported certificates only)', '保留：在 SCM 购买的证书（清理只删除上传的证书）']);
    expect(both(entry('not-expired'))).toEqual(['keep: not expired yet (--expired)', '保留：尚未过期（--expired）']);
    expect(both(entry('expiry-unknown'))).toEqual(['keep: SCM gives no expiry date', '保留：SCM 没有给出到期时间']);
    expect(both(entry('superseded', { supersededBy: 'scs9' }))).toEqual(['delete: superseded by scs9', '删除：已被 scs9 取代']);
  });
});
