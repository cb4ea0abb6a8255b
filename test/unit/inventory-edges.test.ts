// Rows, selection, order and SCM's times at their edges: names however oddly SCM separates them, which field
// gives the expiry, imported or bought by status and brand, --expiring and expired at the exact instant,
// ties in `scm list --sort`, and times read as UTC+8 only when they carry no zone of their own.
import { describe, expect, it } from 'vitest';
import {
  daysLeft, expiryClass, nameSetKey, originOf, parseScmTime, rowCovers, rowJson, scmIso, scmShort, selectRows, sortRows, splitNames, toRow,
} from '../../src/core/inventory/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('rows', () => {
  it('splits names without empty ones, whatever leads, trails or repeats', () => {
    expect(splitNames(' ;a.test,,b.test. ; . ')).toEqual(['a.test', 'b.test']);
    expect(splitNames(42)).toEqual(['42']);
    expect(splitNames({ domain: 'a.test' })).toEqual([]);
    expect(splitNames(['A.test;B.test', 'c.test'])).toEqual(['a.test', 'b.test', 'c.test']);
  });

  it('an EXPIRED certificate with a blank brand was imported; with a brand it was bought', () => {
    expect(originOf({ status: 'EXPIRED', brand: '  ' })).toBe('imported');
    expect(originOf({ status: 'expired' })).toBe('imported');
    expect(originOf({ status: 'EXPIRED', brand: 'DIGICERT' })).toBe('purchased');
    expect(originOf({})).toBe('purchased');
    // Every status of the purchase life cycle (scm-api-reference §2.4) is bought, with a brand or without.
    const bought = ['PAID', 'ISSUED', 'CHECKING', 'CANCELCHECKING', 'UNPASSED', 'REVOKING', 'CANCLEREVOKING', 'REVOKED', 'CHECKING_ORG', 'ISSUING', 'SUPPLEMENTCHECKING', 'CANCELSUPPLEMENTING', 'CHECKING_DOMAIN'];
    expect(bought.filter((status) => originOf({ status }) !== 'purchased' || originOf({ status, brand: 'GLOBALSIGN' }) !== 'purchased')).toEqual([]);
  });

  it('reads the whole row: expire_time before not_after, names once each, no notAfter key without one', () => {
    const item = { id: 7, name: 'n', domain: 'A.test', sans: 'a.test;b.test', expire_time: '2026-06-03 08:00:00.0', not_after: '2030-01-01 00:00:00.0', status: 'UPLOAD' };
    expect(toRow(item)).toStrictEqual({
      id: '7', name: 'n', domain: 'A.test', names: ['a.test', 'b.test'], notAfter: new Date('2026-06-03T00:00:00Z'), status: 'UPLOAD', origin: 'imported', item,
    });
    const bare = { status: 'ISSUED' };
    expect(toRow(bare)).toStrictEqual({ id: '', name: '', domain: '', names: [], status: 'ISSUED', origin: 'purchased', item: bare });
  });

  it('the name-set key is the sorted names joined by a space (a.test + b.test is not a.testb.test)', () => {
    expect(nameSetKey(toRow({ domain: 'b.test', sans: 'b.test;a.test' }))).toBe('a.test b.test');
  });

  // A stable set of keys for scripts: a time SCM does not give is null, notBefore as notAfter (it was left out).
  it('--json without validity times: notAfter, notBefore and daysLeft null', () => {
    const row = toRow({ id: 'scs1', domain: 'a.test', sans: 'a.test', status: 'UPLOAD' });
    expect(rowJson(row, NOW)).toStrictEqual({ id: 'scs1', name: '', domain: 'a.test', sans: ['a.test'], notAfter: null, notBefore: null, daysLeft: null, status: 'UPLOAD', origin: 'imported' });
  });
});

describe('selection and order', () => {
  const row = (id: string, domain: string, notAfter?: Date, status = 'UPLOAD') =>
    toRow({ id, domain, sans: domain, ...(notAfter ? { expire_time: notAfter.getTime() } : {}), status });

  it('a host is matched trimmed, lower-cased, without its final dot', () => {
    const r = row('1', 'www.example.com');
    expect([' WWW.Example.com. ', 'www.example.com', 'www.example.co', 'www.example.com..'].map((h) => rowCovers(r, h))).toEqual([true, true, false, false]);
  });

  it('expiring at the very instant (notAfter is inside the validity period, RFC 5280), expired a millisecond after, expiring up to exactly N days, ok a millisecond later', () => {
    const at = (ms: number) => row('x', 'a.test', new Date(NOW.getTime() + ms));
    const day = 86_400_000;
    expect([-1, 0, 1, 2 * day, 2 * day + 1].map((ms) => expiryClass(at(ms), NOW, 2))).toEqual(['expired', 'expiring', 'expiring', 'expiring', 'ok']);
    expect(expiryClass(at(1), NOW, 0)).toBe('ok');
  });

  it('selection: all rows kept (a copy) when nothing is asked; --expiring 0 keeps the expired and the undated only', () => {
    const rows = [row('1', 'a.test', new Date(NOW.getTime() + 1)), row('2', 'a.test', NOW), row('3', 'b.test')];
    const all = selectRows(rows, {}, NOW);
    expect(all).toEqual(rows);
    expect(all).not.toBe(rows);
    expect(selectRows(rows, { expiringDays: 0 }, NOW)).toEqual([rows[1], rows[2]]);
    expect(selectRows(rows, { domain: 'b.test' }, NOW)).toEqual([rows[2]]);
  });

  it('ties keep SCM order in both directions; undated ones last, in SCM order', () => {
    const t = new Date('2027-01-01T00:00:00Z');
    const rows = [row('u1', 'a.test'), row('a', 'a.test', t), row('b', 'a.test', t, 'ISSUED'), row('u2', 'a.test'), row('c', 'a.test', t), row('d', 'a.test', new Date('2026-07-01T00:00:00Z'))];
    const ids = (key: 'expiry' | 'status' | 'updated', asc: boolean) => sortRows(rows, key, asc).map((r) => r.id);
    expect(ids('expiry', true)).toEqual(['d', 'a', 'b', 'c', 'u1', 'u2']);
    expect(ids('expiry', false)).toEqual(['a', 'b', 'c', 'd', 'u1', 'u2']);
    expect(ids('status', true)).toEqual(['b', 'u1', 'a', 'u2', 'c', 'd']);
    expect(ids('status', false)).toEqual(['u1', 'a', 'u2', 'c', 'd', 'b']);
    expect(ids('updated', false)).toEqual(['u1', 'a', 'b', 'u2', 'c', 'd']);
  });
});

describe("SCM's times", () => {
  it('reads a time without a zone as UTC+8, with any fraction of a second', () => {
    expect(parseScmTime('2026-05-27 16:46:25')?.toISOString()).toBe('2026-05-27T08:46:25.000Z');
    expect(parseScmTime(' 2026-05-27T16:46:25.5 ')?.toISOString()).toBe('2026-05-27T08:46:25.500Z');
    expect(parseScmTime('2026-05-27 16:46:25.1234')?.toISOString()).toBe('2026-05-27T08:46:25.123Z');
    expect(parseScmTime('2026-05-27 16:46:25.07')?.toISOString()).toBe('2026-05-27T08:46:25.070Z');
  });

  it('a time with its own zone as given; epoch milliseconds as such; anything else unreadable', () => {
    expect(parseScmTime('2026-05-27 16:46:25Z')?.toISOString()).toBe('2026-05-27T16:46:25.000Z');
    expect(parseScmTime('2026-05-27T16:46:25+02:00')?.toISOString()).toBe('2026-05-27T14:46:25.000Z');
    expect(parseScmTime(1_780_000_000_000)?.getTime()).toBe(1_780_000_000_000);
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, '', '   ', 'soon', 'x2026-05-27 16:46:25', null, undefined, {}]) expect(parseScmTime(v)).toBeUndefined();
  });

  // A date that does not exist is unreadable, never rolled over into another day by Date (2020-02-30 read as
  // 2020-03-01): the fields read must be the fields of the time made.
  it.each([
    '2020-02-30 08:00:00.0', '2021-02-29 08:00:00', '2026-04-31 00:00:00', '2026-13-01 08:00:00', '2026-00-10 08:00:00',
    '2026-05-00 08:00:00', '2026-05-27 25:00:00', '2026-05-27 24:00:00', '2026-05-27 16:60:25', '2026-05-27 16:46:60',
    '0099-05-27 16:46:25', '2020-02-30T08:00:00+08:00', '2020-02-30T08:00:00Z', '2026-05-27T16:46:25+25:00',
    // Notations V8 reads in the machine's own zone, or rolls over: not SCM's, so unreadable.
    'Feb 30 2020', '2020/02/30 08:00:00', '2026/05/27 16:46:25', '2026/05/27', '2026-5-27', '2026-05-27Z', '2020-02-30', '2026-13-01',
    // A zone that is none: minutes 60, one digit, a space for a sign; a fraction without seconds; anything after.
    '2026-05-27T16:46:25+05:60', '2026-05-27T16:46:25+2:00', '2026-05-27T16:46:25+02:0', '2026-05-27T16:46:25 02:00',
    '2026-05-27T16:46.5', '2026-05-27 16:46:25.0 extra', '2026-05-27 16:46:25.',
  ])('%j does not exist (or is not a form SCM writes): unreadable', (value) => {
    expect(parseScmTime(value)).toBeUndefined();
  });

  it('a bare date (expire_time "2027-03-01"): the start of that day in UTC+8, never "-"', () => {
    expect(parseScmTime('2027-03-01')?.toISOString()).toBe('2027-02-28T16:00:00.000Z');
    expect(parseScmTime(' 2024-02-29 ')?.toISOString()).toBe('2024-02-28T16:00:00.000Z');
  });

  it('the last day of a month and a leap day that exist are read', () => {
    expect(parseScmTime('2024-02-29 23:59:59.9')?.toISOString()).toBe('2024-02-29T15:59:59.900Z');
    expect(parseScmTime('2026-12-31 00:00:00')?.toISOString()).toBe('2026-12-30T16:00:00.000Z');
    expect(parseScmTime('2026-04-30T23:59:59-05:30')?.toISOString()).toBe('2026-05-01T05:29:59.000Z');
    expect(parseScmTime('2026-05-27T16:46+0200')?.toISOString()).toBe('2026-05-27T14:46:00.000Z');
    expect(parseScmTime('2026-05-27T16:46')?.toISOString()).toBe('2026-05-27T08:46:00.000Z');
    // The widest zones there are, and the last minute of an hour's offset.
    expect(parseScmTime('2026-05-27T16:46:25+23:00')?.toISOString()).toBe('2026-05-26T17:46:25.000Z');
    expect(parseScmTime('2026-05-27T16:46:25-05:59')?.toISOString()).toBe('2026-05-27T22:45:25.000Z');
    expect(parseScmTime('2026-05-27 16:46:25.123456')?.toISOString()).toBe('2026-05-27T08:46:25.123Z');
  });

  it('writes SCM time back with its zone, and short for the table', () => {
    const d = new Date('2026-12-31T16:30:59.999Z');
    expect(scmIso(d)).toBe('2027-01-01T00:30:59+08:00');
    expect(scmShort(d)).toBe('2027-01-01 00:30');
  });

  it('days left round down: 0 on the last day, -1 a millisecond after expiry', () => {
    const end = new Date('2026-06-03T00:00:00Z');
    expect([NOW, new Date(end.getTime() - 86_400_000), new Date(end.getTime() - 1), end, new Date(end.getTime() + 1)].map((now) => daysLeft(end, now))).toEqual([2, 1, 0, 0, -1]);
  });
});
