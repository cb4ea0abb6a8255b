// src/core/rotate and src/core/inventory with a copy pushed to CDN (listed under CDN with the copy's id and the
// certificate's name: no domain): the plan pushes the new certificate once instead of deploying to it, the
// verification reads the new certificate's own copy (pushed, failed, not shown, unsaid), the old copy staying
// is no failure, and delete, prune and the clean-up keep the old certificate as `pushed-copy`.
import { describe, expect, it } from 'vitest';
import { isHostName, onlyCdnCopies } from '../../src/core/inventory/cdn.js';
import { planDelete } from '../../src/core/inventory/delete.js';
import type { DeploymentView } from '../../src/core/inventory/deployment.js';
import { CDN_PUSH, nothingToDo, planCleanup, plannedRows, planRotation, verifyRotation, type Sent } from '../../src/core/rotate/index.js';

const NEW = 'scs1700000000009';
const OLD = 'scs1700000000001';
type Res = DeploymentView['resources'][number];
const res = (service: string, region: string, resourceId: string, resourceName = resourceId): Res => ({ service, region, resourceId, resourceName });
const dep = (resources: Res[], unreliable: DeploymentView['unreliable'] = []): DeploymentView => ({ resources, unreliable });
const COPY = res('CDN', 'global', 'ff62f8430cec98f312ce78f0b2d7c3a7', 'site-a');
const NEW_COPY = res('CDN', 'global', 'ebda15f1212b1621b0bc30f3aab5f33b', 'site-b');
const rows = (v: ReturnType<typeof verifyRotation>): string[][] => v.rows.map((r) => [r.resourceId, r.result, r.reason]);

describe('isHostName', () => {
  it.each([['example.com', true], ['xn--fiqs8s.example.xn--fiqs8s', true], ['*.example.com', true], ['example.com-20261128', false], ['ff62f8430cec98f312ce78f0b2d7c3a7', false], ['1.2.3.4', false]])('%j: %j', (s, yes) => {
    expect(isHostName(s)).toBe(yes);
  });
});

describe('a copy pushed to CDN in a rotation', () => {
  const before = new Map([[OLD, dep([COPY, res('CDN', 'global', 'example.com')])], [NEW, dep([])]]);
  const plan = planRotation({ newId: NEW, newName: 'site-b', oldIds: [OLD], before });

  it('is no DeployCertificate target: the domain is, and the new certificate is pushed once', () => {
    expect(plan.move.map((m) => m.target.resource)).toEqual(['example.com']);
    expect(plan.copies).toEqual([{ ...COPY, from: OLD }]);
    expect(plan.pushCdn).toBe(true);
    expect(nothingToDo({ ...plan, move: [] })).toBe(false);
    expect(plannedRows(plan).map((r) => [r.resourceId, r.result, r.reason])).toEqual([['example.com', 'skipped', 'dry-run'], [COPY.resourceId, 'skipped', 'push-planned']]);
  });

  it('the new certificate with a copy of its own: nothing to push, nothing to do', () => {
    const had = planRotation({ newId: NEW, newName: 'site-b', oldIds: [OLD], before: new Map([[OLD, dep([COPY])], [NEW, dep([NEW_COPY])]]) });
    expect([had.pushCdn, nothingToDo(had)]).toEqual([false, true]);
    expect(rows(verifyRotation(had, NEW, new Map(), new Map([[OLD, dep([COPY])], [NEW, dep([NEW_COPY])]])))).toEqual([[NEW_COPY.resourceId, 'unchanged', 'unchanged'], [COPY.resourceId, 'unchanged', 'copied-before']]);
  });

  const ok = (state: Sent['state'] = 'accepted'): Map<string, Sent> => new Map<string, Sent>([['CDN|global|example.com', { state: 'accepted' }], [CDN_PUSH, { state }]]);
  it('pushed and shown: deployed; the old copy staying on the old certificate is no failure', () => {
    const v = verifyRotation(plan, NEW, ok(), new Map([[OLD, dep([COPY])], [NEW, dep([res('CDN', 'global', 'example.com'), NEW_COPY])]]));
    expect(rows(v)).toEqual([['example.com', 'deployed', 'deployed'], [COPY.resourceId, 'deployed', 'pushed']]);
    expect(v.status).toBe('complete');
  });

  it('the push refused: failed; accepted but no copy shown: failed; CDN unsaid for the new one: unknown', () => {
    const after = new Map([[OLD, dep([COPY])], [NEW, dep([res('CDN', 'global', 'example.com')])]]);
    const refused = new Map(ok());
    refused.set(CDN_PUSH, { state: 'failed', detail: 'SCM.0028 Push cert error' });
    expect(rows(verifyRotation(plan, NEW, refused, after))[1]).toEqual([COPY.resourceId, 'failed', 'rejected']);
    expect(verifyRotation(plan, NEW, ok(), after).rows[1]!.reason).toBe('not-pushed');
    const unsaid = verifyRotation(plan, NEW, ok(), new Map([[OLD, dep([COPY])], [NEW, { ...dep([res('CDN', 'global', 'example.com')]), unlisted: [{ service: 'CDN', count: 1 }] }]]));
    expect(unsaid.rows[1]).toMatchObject({ result: 'unknown', reason: 'unverified' });
  });

  it('the old certificate kept as pushed-copy by the clean-up, delete and onlyCdnCopies; with a domain too it is deployed', () => {
    const after = new Map([[OLD, dep([COPY])]]);
    expect(onlyCdnCopies([COPY])).toBe(true);
    expect(onlyCdnCopies([COPY, res('CDN', 'global', 'example.com')])).toBe(false);
    expect(planDelete([OLD], after, { force: false })[0]).toMatchObject({ action: 'refuse', reason: 'pushed-copy' });
    expect(planDelete([OLD], after, { force: true })[0]).toMatchObject({ action: 'delete', reason: 'pushed-copy', forced: true });
    expect(planCleanup({ oldIds: [OLD], after, status: 'complete', deleteOld: true, disableNotifications: false, purchased: new Set() })[0]).toMatchObject({ action: 'keep', reason: 'pushed-copy' });
    expect(planDelete([OLD], new Map([[OLD, dep([COPY, res('ELB', 'cn-north-4', 'e1')])]]), { force: false })[0]!.reason).toBe('deployed');
  });
});
