// RFC 5280 (4.1.2.5): the validity period runs "from notBefore through notAfter, inclusive", so a certificate is
// expired only once now is past notAfter. Every verdict that says "expired" says it the same way: check's,
// list's --expiring class, prune --expired, deploy's and rotate's target-cert-expired.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/check/report.js';
import { certificateFindings } from '../../src/core/deploy/checks.js';
import { expiryClass, planPrune, toRow, type DeploymentView } from '../../src/core/inventory/index.js';

const END = new Date('2026-06-01T00:00:00Z');
const NEXT = new Date(END.getTime() + 1000);
/** A list entry as SCM prints it: expire_time in UTC+8 without a zone. */
const row = (id: string) => toRow({ id, name: id, domain: 'www.example.com', sans: 'www.example.com', expire_time: '2026-06-01 08:00:00.0', status: 'UPLOAD', brand: null });

describe('expired means now > notAfter', () => {
  it('check: at the second of notAfter expiring (0 days left), one second after expired', () => {
    const leaf = { subject: 'CN=www.example.com', dns: ['www.example.com'], ip: [], notAfter: END };
    const base = { target: 'cert.pem', kind: 'file' as const, withinDays: 30, lang: 'en' as const, leaf };
    expect(assess({ ...base, now: END }).problems.map((p) => p.id)).toEqual(['expiring']);
    expect(assess({ ...base, now: END }).daysLeft).toBe(0);
    expect(assess({ ...base, now: NEXT }).problems.map((p) => p.id)).toEqual(['expired']);
  });

  it('list --expiring: expiring at the second, expired one second after', () => {
    expect(row('scs1700000000001').notAfter).toEqual(END);
    expect([expiryClass(row('scs1700000000001'), END, 0), expiryClass(row('scs1700000000001'), NEXT, 0)]).toEqual(['expiring', 'expired']);
  });

  it('prune --expired: kept at the second, deleted one second after', () => {
    const none: DeploymentView = { resources: [], unreliable: [] };
    const rows = [row('scs1700000000002'), row('scs1700000000001')];
    const plan = (now: Date) => planPrune(rows, { domain: 'www.example.com', keep: 1, expiredOnly: true, now }, new Map(rows.map((r) => [r.id, none]))).map((e) => [e.row.id, e.action, e.reason]);
    expect(plan(END)).toEqual([['scs1700000000002', 'keep', 'newest'], ['scs1700000000001', 'keep', 'not-expired']]);
    expect(plan(NEXT)).toEqual([['scs1700000000002', 'keep', 'newest'], ['scs1700000000001', 'delete', 'superseded']]);
  });

  it('deploy and rotate (target-cert-expired): none at the second, SCM.0010 one second after', () => {
    const facts = { label: 'scs1700000000001', names: ['www.example.com'], notAfter: END, sm2: false };
    expect(certificateFindings(facts, [], END)).toEqual([]);
    expect(certificateFindings(facts, [], NEXT).map((f) => `${f.rule} ${f.code}`)).toEqual(['target-cert-expired SCM.0010']);
  });
});
