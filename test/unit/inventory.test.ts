// src/core/inventory: rows from list entries (names however SCM separates them, expiry read as UTC+8,
// imported or bought), selection (wildcards as TLS clients match them, the expiry window), order, the
// prune plan and delete's decisions, with the exact entries each must produce.
import { describe, expect, it } from 'vitest';
import {
  coveringRows, daysLeft, deploymentState, expiryClass, nameSetKey, originOf, planDelete, planPrune, pruneCandidates,
  pruneReasonText, rowJson, scmIso, selectRows, sortRows, splitNames, toRow, whereOf, type CertRow, type DeploymentView,
} from '../../src/core/inventory/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
/** A list entry as SCM prints it: expire_time in UTC+8 without a zone. */
const at = (days: number): string => {
  const d = new Date(NOW.getTime() + days * DAY + 8 * 3_600_000);
  return `${d.toISOString().slice(0, 19).replace('T', ' ')}.0`;
};
let seq = 0;
const item = (o: { name?: string; domain: string; sans?: string; days?: number; status?: string; brand?: string | null; id?: string }): CertRow =>
  toRow({ id: o.id ?? `scs17000000${String(++seq).padStart(5, '0')}`, name: o.name ?? o.domain, domain: o.domain, sans: o.sans ?? o.domain, ...(o.days === undefined ? {} : { expire_time: at(o.days) }), status: o.status ?? 'UPLOAD', brand: o.brand ?? null });

const none: DeploymentView = { resources: [], unreliable: [] };
const elb: DeploymentView = { resources: [{ service: 'ELB', region: 'cn-north-4', resourceId: 'e1', resourceName: 'lb' }, { service: 'ELB', region: 'cn-north-4', resourceId: 'e2', resourceName: 'lb2' }, { service: 'CDN', region: 'global', resourceId: 'c1', resourceName: 'www.example.com' }], unreliable: [] };
const flaky: DeploymentView = { resources: [], unreliable: [{ service: 'WAF', region: 'ap-southeast-1' }] };

describe('rows', () => {
  it('splits sans on commas, semicolons and spaces, lower-cased, without a trailing dot; an array too', () => {
    expect(splitNames('A.example.com;b.example.com, c.example.com. d.example.com')).toEqual(['a.example.com', 'b.example.com', 'c.example.com', 'd.example.com']);
    expect(splitNames(['x.test', 7, 'Y.test'])).toEqual(['x.test', 'y.test']);
    expect(splitNames(null)).toEqual([]);
  });

  it('reads expire_time as UTC+8 and writes it back as ISO 8601 with +08:00; days left round down', () => {
    const row = toRow({ id: 'scs1', name: 'n', domain: 'www.example.com', sans: 'www.example.com;example.com', expire_time: '2026-06-03 08:00:00.0', status: 'UPLOAD' });
    expect(row.notAfter!.toISOString()).toBe('2026-06-03T00:00:00.000Z');
    expect(scmIso(row.notAfter!)).toBe('2026-06-03T08:00:00+08:00');
    expect(row.names).toEqual(['www.example.com', 'example.com']);
    expect([daysLeft(row.notAfter!, NOW), daysLeft(row.notAfter!, new Date('2026-06-02T00:00:01Z')), daysLeft(row.notAfter!, new Date('2026-06-03T00:00:01Z'))]).toEqual([2, 0, -1]);
    expect(rowJson(row, NOW)).toEqual({
      id: 'scs1', name: 'n', domain: 'www.example.com', sans: ['www.example.com', 'example.com'], expire_time: '2026-06-03 08:00:00.0', status: 'UPLOAD',
      notAfter: '2026-06-03T08:00:00+08:00', notBefore: null, daysLeft: 2, origin: 'imported',
    });
    // ShowCertificate's not_after and not_before are read the same way.
    expect(rowJson(toRow({ id: 'scs2', not_after: '2026-06-03 08:00:00.0', not_before: '2026-03-05 08:00:00.0', status: 'UPLOAD' }), NOW)).toMatchObject({ notAfter: '2026-06-03T08:00:00+08:00', notBefore: '2026-03-05T08:00:00+08:00', sans: [] });
  });

  it('imported: UPLOAD, or EXPIRED without a brand; everything else counts as bought', () => {
    expect(['UPLOAD', 'EXPIRED', 'ISSUED', 'PAID', 'REVOKED', 'SOMETHING_NEW'].map((status) => originOf({ status }))).toEqual(['imported', 'imported', 'purchased', 'purchased', 'purchased', 'purchased']);
    expect(originOf({ status: 'EXPIRED', brand: 'GEOTRUST' })).toBe('purchased');
    expect(originOf({ status: 'upload' })).toBe('imported');
  });

  it('the set of names is the same key whatever the order', () => {
    expect(nameSetKey(item({ domain: 'a.test', sans: 'b.test;a.test' }))).toBe(nameSetKey(item({ domain: 'b.test', sans: 'a.test,b.test' })));
  });

  it('a name SCM gives in Unicode (U-label) and the same name in punycode (A-label) are one name in the key', () => {
    const unicode = nameSetKey(item({ domain: 'bücher.example.com', sans: 'bücher.example.com;*.BÜCHER.example.com' }));
    expect(nameSetKey(item({ domain: 'xn--bcher-kva.example.com', sans: '*.xn--bcher-kva.example.com,xn--bcher-kva.example.com' }))).toBe(unicode);
    // Both forms of one name in one certificate are still one name.
    expect(nameSetKey(item({ domain: 'bücher.example.com', sans: 'xn--bcher-kva.example.com;*.xn--bcher-kva.example.com' }))).toBe(unicode);
    expect(nameSetKey(item({ domain: 'xn--mnchen-3ya.example.com', sans: 'xn--mnchen-3ya.example.com' }))).not.toBe(nameSetKey(item({ domain: 'xn--bcher-kva.example.com', sans: 'xn--bcher-kva.example.com' })));
  });
});

describe('selection and order', () => {
  const wildcard = item({ domain: '*.example.com', days: 50 });
  const apex = item({ domain: 'example.com', days: 5 });
  const www = item({ domain: 'www.example.com', sans: 'www.example.com;shop.example.com', days: -3 });
  const deep = item({ domain: 'a.b.example.com', days: 400 });
  const undated = item({ domain: 'www.example.com' });

  it('--domain covers as TLS clients do: *.d covers one label under d, never d or two labels', () => {
    expect(coveringRows([wildcard, apex, www, deep], 'www.example.com')).toEqual([wildcard, www]);
    expect(coveringRows([wildcard, apex, www, deep], 'example.com')).toEqual([apex]);
    expect(coveringRows([wildcard, apex, www, deep], 'x.b.example.com')).toEqual([]);
    expect(coveringRows([wildcard, apex, www, deep], 'SHOP.example.com.')).toEqual([wildcard, www]);
  });

  it('--expiring DAYS keeps expired ones, those within DAYS, and those without a readable expiry (never taken for fine)', () => {
    expect(selectRows([wildcard, apex, www, deep, undated], { expiringDays: 30 }, NOW)).toEqual([apex, www, undated]);
    expect(selectRows([wildcard, apex, www, deep, undated], { expiringDays: 0 }, NOW)).toEqual([www, undated]);
    expect(selectRows([wildcard, apex, www, deep, undated], { domain: 'www.example.com', expiringDays: 60 }, NOW)).toEqual([wildcard, www, undated]);
    expect([wildcard, apex, www, undated].map((r) => expiryClass(r, NOW, 30))).toEqual(['ok', 'expiring', 'expired', 'unknown']);
  });

  it('sorts by expiry or status, stable, undated last either way; updated keeps SCM order', () => {
    const rows = [wildcard, undated, apex, www, deep];
    expect(sortRows(rows, 'expiry', true)).toEqual([www, apex, wildcard, deep, undated]);
    expect(sortRows(rows, 'expiry', false)).toEqual([deep, wildcard, apex, www, undated]);
    expect(sortRows(rows, 'updated', true)).toEqual(rows);
    const bought = item({ domain: 'x.test', status: 'ISSUED' });
    expect(sortRows([wildcard, bought, apex], 'status', true)).toEqual([bought, wildcard, apex]);
    expect(sortRows([wildcard, bought, apex], 'status', false)).toEqual([wildcard, apex, bought]);
  });
});

describe('deployments', () => {
  it('deployed, not deployed, or unknown (is_error, or never asked)', () => {
    expect([deploymentState(elb), deploymentState(none), deploymentState(flaky), deploymentState(undefined)]).toEqual(['deployed', 'not-deployed', 'unknown', 'unknown']);
    expect(whereOf(elb)).toBe('ELB cn-north-4 (2), CDN');
    expect(whereOf(flaky)).toBe('WAF ap-southeast-1');
  });
});

describe('the prune plan', () => {
  const names = 'www.example.com;example.com';
  // Made in upload order (ids grow with it): the last upload of each group is also its newest by expiry.
  const undated = item({ name: 'nodate', domain: 'www.example.com', sans: names });
  const older = item({ name: 'older', domain: 'www.example.com', sans: names, days: -100 });
  const old = item({ name: 'old', domain: 'www.example.com', sans: names, days: -40 });
  const middle = item({ name: 'mid', domain: 'example.com', sans: 'example.com,www.example.com', days: 20 });
  const newest = item({ name: 'new', domain: 'www.example.com', sans: names, days: 80 });
  const singleOld = item({ name: 'single-old', domain: 'www.example.com', days: 1 });
  const single = item({ name: 'single', domain: 'www.example.com', days: 10 });
  const wildcard = item({ name: 'wild', domain: '*.example.com', days: 5 });
  const bought = item({ name: 'bought', domain: 'www.example.com', sans: names, days: 300, status: 'ISSUED', brand: 'GEOTRUST' });
  const other = item({ name: 'other', domain: 'blog.example.com', days: -5 });
  // As SCM lists them (certUpdateTime descending): the last upload first.
  const rows = [older, bought, newest, other, old, undated, single, middle, singleOld, wildcard].sort((x, y) => (x.id < y.id ? 1 : -1));
  const o = { domain: 'www.example.com', keep: 1, expiredOnly: false, now: NOW };
  const plan = (opts = o, deployments = new Map<string, DeploymentView>()) => planPrune(rows, opts, deployments).map((e) => [e.row.name, e.action, e.reason, e.supersededBy ?? null]);

  it('groups by the exact set of names, keeps the newest of each, and never touches bought ones or other domains', () => {
    expect(pruneCandidates(rows, o).sort()).toEqual([middle.id, old.id, older.id, singleOld.id].sort());
    const all = new Map([middle, old, older, singleOld].map((r) => [r.id, none]));
    expect(plan(o, all)).toEqual([
      // Groups in the order of their names (sorted), newest first; bought ones last.
      ['wild', 'keep', 'newest', null],
      ['new', 'keep', 'newest', null],
      ['mid', 'delete', 'superseded', newest.id],
      ['old', 'delete', 'superseded', newest.id],
      ['older', 'delete', 'superseded', newest.id],
      ['nodate', 'keep', 'expiry-unknown', null],
      ['single', 'keep', 'newest', null],
      ['single-old', 'delete', 'superseded', single.id],
      ['bought', 'keep', 'purchased', null],
    ]);
  });

  it('a deployed candidate is kept and says where; one SCM cannot tell about (or was not asked about) too', () => {
    const deployments = new Map([[middle.id, elb], [old.id, flaky], [singleOld.id, none]]);
    const entries = planPrune(rows, o, deployments);
    expect(plan(o, deployments).filter(([, action]) => action === 'delete')).toEqual([['single-old', 'delete', 'superseded', single.id]]);
    const byName = (n: string) => entries.find((e) => e.row.name === n)!;
    expect([byName('mid').reason, byName('old').reason, byName('older').reason]).toEqual(['deployed', 'deployment-unknown', 'deployment-unknown']);
    expect(pruneReasonText(byName('mid'), 1, 'en')).toBe('keep: deployed to ELB cn-north-4 (2), CDN');
    expect(pruneReasonText(byName('old'), 1, 'en')).toBe('keep: SCM cannot tell whether it is deployed in WAF ap-southeast-1 (is_error)');
    expect(pruneReasonText(byName('older'), 1, 'zh')).toBe('保留：不清楚它部署在哪里');
    expect(pruneReasonText(byName('single-old'), 1, 'en')).toBe(`delete: superseded by ${single.id}`);
    expect(pruneReasonText(byName('mid'), 1, 'zh')).toBe('保留：已部署到 ELB cn-north-4（2）、CDN');
  });

  it('--keep 2 keeps the two newest of each group; --expired deletes only expired ones', () => {
    const all = new Map(rows.map((r) => [r.id, none]));
    expect(plan({ ...o, keep: 2 }, all).filter(([, a]) => a === 'delete').map(([n]) => n)).toEqual(['old', 'older']);
    expect(pruneReasonText(planPrune(rows, { ...o, keep: 2 }, all).find((e) => e.row.name === 'mid')!, 2, 'en')).toBe('keep: among the 2 newest');
    const expired = plan({ ...o, expiredOnly: true }, all);
    expect(expired.filter(([, a]) => a === 'delete').map(([n]) => n)).toEqual(['old', 'older']);
    expect(expired.find(([n]) => n === 'mid')).toEqual(['mid', 'keep', 'not-expired', null]);
    expect(expired.find(([n]) => n === 'single-old')).toEqual(['single-old', 'keep', 'not-expired', null]);
  });

  it('equal expiry: the later id (uploaded later) is the newest', () => {
    const a = item({ id: 'scs1700000000001', domain: 't.test', days: 30 });
    const b = item({ id: 'scs1700000000002', domain: 't.test', days: 30 });
    expect(planPrune([b, a], { ...o, domain: 't.test' }, new Map([[a.id, none]])).map((e) => [e.row.id, e.action])).toEqual([[b.id, 'keep'], [a.id, 'delete']]);
  });

  it('one set of names whether SCM lists it in Unicode or in punycode: the older of the two forms is superseded', () => {
    const a = item({ id: 'scs1700000000001', name: 'a-label', domain: 'xn--bcher-kva.example.com', days: 30 });
    const u = item({ id: 'scs1700000000002', name: 'u-label', domain: 'bücher.example.com', days: 90 });
    const entries = planPrune([u, a], { ...o, domain: 'bücher.example.com' }, new Map([[a.id, none]]));
    expect(entries.map((e) => [e.row.name, e.action, e.reason, e.supersededBy ?? null])).toEqual([['u-label', 'keep', 'newest', null], ['a-label', 'delete', 'superseded', u.id]]);
  });

  it('keep must be at least 1', () => {
    expect(() => pruneCandidates(rows, { ...o, keep: 0 })).toThrow(RangeError);
  });
});

describe("delete's decisions", () => {
  it('refuses deployed and unknown ones unless --force; each id once, in order', () => {
    const deployments = new Map([['a', elb], ['b', none], ['c', flaky]]);
    const plain = planDelete(['a', 'b', 'c', 'a', 'd'], deployments, { force: false });
    expect(plain.map((d) => [d.id, d.action, d.reason, d.forced])).toEqual([
      ['a', 'refuse', 'deployed', false], ['b', 'delete', 'not-deployed', false], ['c', 'refuse', 'deployment-unknown', false], ['d', 'refuse', 'deployment-unknown', false],
    ]);
    expect(planDelete(['a', 'b', 'c'], deployments, { force: true }).map((d) => [d.id, d.action, d.forced])).toEqual([['a', 'delete', true], ['b', 'delete', false], ['c', 'delete', true]]);
  });
});
