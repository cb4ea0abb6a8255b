// What rotate says when SCM's verifying answer leaves the new certificate's use unsaid for a reason other than
// is_error (hunt5 N5): each unverified row names its cause (is_error, counted but not listed, a result with no
// counts, no result), an old id named without counts is not "left out", and the hint of an incomplete
// rotation never says old certificates were kept when one was deleted.
import { describe, expect, it } from 'vitest';
import type { DeploymentView } from '../../src/core/inventory/deployment.js';
import { planRotation, rowText, unknownText, verifyRotation } from '../../src/core/rotate/index.js';
import { unknownOf } from '../../src/core/rotate/plan.js';
import { incompleteHint } from '../../src/commands/rotate/cleanup.js';

const NEW = 'scs1700000000009';
const OLD = 'scs1700000000001';
const OLD2 = 'scs1700000000002';
const elb = { service: 'ELB', region: 'cn-north-4', resourceId: 'e1', resourceName: 'lb-e1' };
const view = (v: Partial<DeploymentView>): DeploymentView => ({ resources: [], unreliable: [], ...v });
const plan = planRotation({ newId: NEW, oldIds: [OLD], before: new Map([[OLD, view({ resources: [elb] })]]) });
const accepted = new Map([['ELB|cn-north-4|e1', { state: 'accepted' as const }]]);
const rowFor = (newView: DeploymentView | undefined) => {
  const after = new Map([[OLD, view({})]]);
  if (newView) after.set(NEW, newView);
  return verifyRotation(plan, NEW, accepted, after).rows[0]!;
};

describe('an unverified row names what SCM left unsaid', () => {
  it.each([
    ['is_error there', view({ unreliable: [{ service: 'ELB', region: 'cn-north-4' }] }), `deployed; SCM cannot tell whether it uses ${NEW} (is_error in cn-north-4)`, `已部署；SCM 无法确定它是否使用 ${NEW}（cn-north-4 为 \`is_error\`）`],
    ['counted, not listed', view({ unlisted: [{ service: 'ELB', count: 2 }] }), `deployed; SCM cannot tell whether it uses ${NEW}: SCM counts 2 ELB resources using ${NEW} but did not list them`, `已部署；SCM 无法确定它是否使用 ${NEW}：SCM 统计到有 2 个 ELB 资源在使用 ${NEW}，但没有逐一列出`],
    ['no counts', view({ unanswered: true, silent: true }), `deployed; SCM cannot tell whether it uses ${NEW}: SCM's result for ${NEW} gives neither a count nor a list of resources`, `已部署；SCM 无法确定它是否使用 ${NEW}：SCM 对 ${NEW} 的结果既没有数量也没有资源列表`],
    ['no result', undefined, `deployed; SCM cannot tell whether it uses ${NEW}: SCM's answer did not include ${NEW}`, `已部署；SCM 无法确定它是否使用 ${NEW}：SCM 的应答中没有 ${NEW} 的结果`],
  ])('%s', (_, newView, en, zh) => {
    const r = rowFor(newView);
    expect([r.result, r.reason]).toEqual(['unknown', 'unverified']);
    expect(rowText(r, NEW, 'en')).toBe(en);
    expect(rowText(r, NEW, 'zh')).toBe(zh);
  });
});

describe('an old id SCM named without counts', () => {
  it('is said to have no counts, not to be left out; one left out still is', () => {
    const [silent] = unknownOf(OLD, view({ unanswered: true, silent: true }));
    expect(unknownText(silent!, 'en')).toBe(`SCM's result for ${OLD} gives neither a count nor a list of resources`);
    expect(unknownText(silent!, 'zh')).toBe(`SCM 对 ${OLD} 的结果既没有数量也没有资源列表`);
    const [missing] = unknownOf(OLD, view({ unanswered: true }));
    expect(unknownText(missing!, 'en')).toBe(`SCM's answer did not include ${OLD}`);
  });
});

describe('the hint of an incomplete rotation', () => {
  const keep = (id: string) => ({ id, action: 'keep' as const, reason: 'deployment-unknown' as const, notify: false });
  const del = (id: string) => ({ id, action: 'delete' as const, reason: 'not-deployed' as const, notify: false });
  it('kept only when none was deleted; deleted ones named, with the others', () => {
    expect(incompleteHint(NEW, [], [keep(OLD)], 'en')).toBe('nothing failed, and old certificates that may still be in use were kept; run the same command again later');
    expect(incompleteHint(NEW, [{ id: OLD, result: 'deleted' }], [del(OLD)], 'en')).toBe(`nothing failed; the old certificates SCM shows nothing uses any more were deleted (${OLD}); check later with scm show ${NEW} where it is deployed`);
    expect(incompleteHint(NEW, [{ id: OLD, result: 'already-deleted' }], [del(OLD), keep(OLD2)], 'en')).toBe(
      `nothing failed; the old certificates SCM shows nothing uses any more were deleted (${OLD}), the others kept (${OLD2}: the lines above say why); check later with scm show ${NEW} where it is deployed`,
    );
    expect(incompleteHint(NEW, [{ id: OLD, result: 'deleted' }], [del(OLD), keep(OLD2)], 'zh')).toBe(
      `没有失败；SCM 显示已无资源使用的旧证书已删除（${OLD}），其余的已保留（${OLD2}：原因见上面各行）；请稍后用 \`scm show ${NEW}\` 查看它的部署位置`,
    );
  });
});
