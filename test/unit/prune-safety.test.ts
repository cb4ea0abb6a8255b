// The prune plan and delete's decisions as whole entries: prune must never pick the newest certificate of a
// group, a deployed one, one SCM cannot tell about, a bought one, or (with --expired) one that has not
// expired; ties in expiry go to the later upload; delete refuses what may be in use unless --force. Entries
// are compared whole (toStrictEqual), so a decision carrying a stray or missing field is caught too.
import { describe, expect, it } from 'vitest';
import { planDelete, planPrune, pruneCandidates, toRow, type CertRow, type DeploymentView } from '../../src/core/inventory/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
/** SCM's expire_time for a UTC instant (printed in UTC+8, without a zone). */
const scm = (utc: Date): string => `${new Date(utc.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')}.0`;
const row = (id: string, names: string, notAfter?: Date, status = 'UPLOAD'): CertRow =>
  toRow({ id, name: id, domain: names.split(';')[0], sans: names, ...(notAfter ? { expire_time: scm(notAfter) } : {}), status });
const days = (n: number): Date => new Date(NOW.getTime() + n * 86_400_000);

const none: DeploymentView = { resources: [], unreliable: [] };
const elb: DeploymentView = { resources: [{ service: 'ELB', region: 'cn-north-4', resourceId: 'e1', resourceName: 'lb' }], unreliable: [] };
const flaky: DeploymentView = { resources: [], unreliable: [{ service: 'WAF', region: 'cn-north-4' }] };
const opts = { domain: 'a.test', keep: 1, expiredOnly: false, now: NOW };
const allClear = (rows: CertRow[]) => new Map(rows.map((r) => [r.id, none]));
/** As SCM lists them (certUpdateTime descending) when ids grow with upload time: the greatest id first. */
const listed = (rows: CertRow[]): CertRow[] => [...rows].sort((a, b) => b.id.length - a.id.length || (a.id < b.id ? 1 : -1));

describe('prune: what it may delete', () => {
  it('the last upload is kept even when it expires first (a 90-day renewal after a 1-year certificate)', () => {
    const rows = [row('scs1700000000001', 'a.test', days(300)), row('scs1700000000002', 'a.test', days(200)), row('scs1700000000003', 'a.test', days(90))];
    const plan = planPrune(rows, opts, allClear(rows));
    expect(plan.map((e) => `${e.row.id} ${e.action} ${e.reason}`)).toEqual([
      'scs1700000000001 keep newest', 'scs1700000000002 delete superseded', 'scs1700000000003 keep latest-upload',
    ]);
    expect(pruneCandidates(rows, opts)).toEqual(['scs1700000000002']);
  });

  it('ids that do not follow upload order: the first SCM lists and the greatest id are both kept as the last upload', () => {
    // SCM lists the renewal (uploaded last, expiring first) first, though its id is the smallest.
    const rows = [row('scs6000000000001', 'a.test', days(30)), row('scs6000000000002', 'a.test', days(180)), row('scs6000000000003', 'a.test', days(20)), row('scs6000000000000', 'a.test', days(10))];
    expect(planPrune(rows, opts, allClear(rows)).map((e) => `${e.row.id} ${e.action} ${e.reason}`)).toEqual([
      'scs6000000000002 keep newest', 'scs6000000000001 keep latest-upload', 'scs6000000000003 keep latest-upload', 'scs6000000000000 delete superseded',
    ]);
    expect(pruneCandidates(rows, opts)).toEqual(['scs6000000000000']);
  });

  it('keep must be a whole number of at least 1', () => {
    const rows = [row('scs1', 'a.test', days(1))];
    for (const keep of [0, -1, 1.5, Number.NaN]) {
      expect(() => pruneCandidates(rows, { ...opts, keep })).toThrow(new RangeError('keep must be a whole number of at least 1'));
    }
    expect(pruneCandidates(rows, { ...opts, keep: 1 })).toEqual([]);
  });

  it('whole entries: the newest kept, the rest superseded by it (no deployment field), in newest-first order', () => {
    const rows = [row('scs3', 'a.test', days(40)), row('scs2', 'a.test', days(-5)), row('scs1', 'a.test', days(10))];
    expect(pruneCandidates(rows, opts)).toEqual(['scs1', 'scs2']);
    expect(planPrune(rows, opts, allClear(rows))).toStrictEqual([
      { row: rows[0], action: 'keep', reason: 'newest' },
      { row: rows[2], action: 'delete', reason: 'superseded', supersededBy: 'scs3' },
      { row: rows[1], action: 'delete', reason: 'superseded', supersededBy: 'scs3' },
    ]);
  });

  it('a deployed candidate, an unknown one and one never asked about are kept, without supersededBy', () => {
    const rows = [row('scs9', 'a.test', days(90)), row('scs1', 'a.test', days(1)), row('scs2', 'a.test', days(2)), row('scs3', 'a.test', days(3))];
    const plan = planPrune(rows, opts, new Map([['scs1', elb], ['scs2', flaky], ['scs9', none]]));
    expect(plan).toStrictEqual([
      { row: rows[0], action: 'keep', reason: 'newest' },
      { row: rows[3], action: 'keep', reason: 'deployment-unknown' },
      { row: rows[2], action: 'keep', reason: 'deployment-unknown', deployment: flaky },
      { row: rows[1], action: 'keep', reason: 'deployed', deployment: elb },
    ]);
  });

  it('equal expiry: the longer id is the later upload (scs + milliseconds), then the greater id', () => {
    const at = days(30);
    const rows = listed([row('scs1000', 'a.test', at), row('scs999', 'a.test', at), row('scs1001', 'a.test', at), row('scs998', 'a.test', at)]);
    expect(planPrune(rows, opts, allClear(rows)).map((e) => [e.row.id, e.action, e.supersededBy ?? null])).toEqual([
      ['scs1001', 'keep', null], ['scs1000', 'delete', 'scs1001'], ['scs999', 'delete', 'scs1001'], ['scs998', 'delete', 'scs1001'],
    ]);
    // The same certificates listed the other way round: the newest is still scs1001, and the first listed
    // (SCM's last upload) is kept as well.
    const ascending = [...rows].reverse();
    expect(planPrune(ascending, opts, allClear(ascending)).map((e) => [e.row.id, e.action, e.reason])).toEqual([
      ['scs1001', 'keep', 'newest'], ['scs1000', 'delete', 'superseded'], ['scs999', 'delete', 'superseded'], ['scs998', 'keep', 'latest-upload'],
    ]);
  });

  it('--keep N keeps exactly N per group', () => {
    const rows = listed([1, 2, 3, 4].map((n) => row(`scs${n}`, 'a.test', days(n))));
    expect(pruneCandidates(rows, { ...opts, keep: 3 })).toEqual(['scs1']);
    expect(pruneCandidates(rows, { ...opts, keep: 4 })).toEqual([]);
  });

  it('--expired: one that expired a second ago goes, one expiring right now stays (notAfter is still valid, RFC 5280)', () => {
    const rows = [row('scs3', 'a.test', days(5)), row('scs2', 'a.test', NOW), row('scs1', 'a.test', new Date(NOW.getTime() - 1000))];
    expect(planPrune(rows, { ...opts, expiredOnly: true }, allClear(rows))).toStrictEqual([
      { row: rows[0], action: 'keep', reason: 'newest' },
      { row: rows[1], action: 'keep', reason: 'not-expired' },
      { row: rows[2], action: 'delete', reason: 'superseded', supersededBy: 'scs3' },
    ]);
  });

  it('groups never mix: the same names in another order are one group, other names another', () => {
    const rows = listed([row('scs1', 'a.test;b.test', days(1)), row('scs2', 'b.test;a.test', days(2)), row('scs3', 'a.test', days(3))]);
    expect(pruneCandidates(rows, opts)).toEqual(['scs1']);
    const plan = planPrune(rows, opts, allClear(rows)).map((e) => [e.row.id, e.reason]);
    expect(plan).toEqual([['scs3', 'newest'], ['scs2', 'newest'], ['scs1', 'superseded']]);
  });

  it('a group with no expiry at all deletes nothing; bought ones are listed last and never candidates', () => {
    const rows = [row('scs5', 'a.test', days(50), 'ISSUED'), row('scs1', 'a.test'), row('scs2', 'a.test'), row('scs3', 'b.test', days(1))];
    expect(pruneCandidates(rows, opts)).toEqual([]);
    expect(planPrune(rows, opts, new Map())).toStrictEqual([
      { row: rows[1], action: 'keep', reason: 'expiry-unknown' },
      { row: rows[2], action: 'keep', reason: 'expiry-unknown' },
      { row: rows[0], action: 'keep', reason: 'purchased' },
    ]);
  });
});

describe("delete's decisions, whole", () => {
  it('carries the deployment when known, not when the id was not asked about', () => {
    const deployments = new Map([['a', elb], ['b', none], ['c', flaky]]);
    expect(planDelete(['b', 'a', 'c', 'd', 'b'], deployments, { force: false })).toStrictEqual([
      { id: 'b', action: 'delete', reason: 'not-deployed', forced: false, deployment: none },
      { id: 'a', action: 'refuse', reason: 'deployed', forced: false, deployment: elb },
      { id: 'c', action: 'refuse', reason: 'deployment-unknown', forced: false, deployment: flaky },
      { id: 'd', action: 'refuse', reason: 'deployment-unknown', forced: false },
    ]);
    expect(planDelete(['d', 'b'], deployments, { force: true })).toStrictEqual([
      { id: 'd', action: 'delete', reason: 'deployment-unknown', forced: true },
      { id: 'b', action: 'delete', reason: 'not-deployed', forced: false, deployment: none },
    ]);
  });
});
