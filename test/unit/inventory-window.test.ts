// windowRead: when a list --expiring read that the offset cap cut short has still read every certificate in the
// window. Only an order proved by what was read counts: a server that ignores the sort, or undated entries the
// latest-first read did not get past, leave it unproved.
import { describe, expect, it } from 'vitest';
import { toRow, windowRead } from '../../src/core/inventory/index.js';

const now = new Date('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const row = (id: number, days?: number) => toRow({ id: `scs${String(id).padStart(13, '0')}`, name: `c${id}`, domain: 'x.example', status: 'UPLOAD', ...(days === undefined ? {} : { expire_time: new Date(now.getTime() + days * DAY).toISOString() }) });
const asc = (...days: (number | undefined)[]) => days.map((d, i) => row(i, d));
const desc = (...days: (number | undefined)[]) => days.map((d, i) => row(1000 + i, d));

describe('windowRead', () => {
  it('a soonest-first read past the window, both reads in order: read', () => {
    expect(windowRead(asc(-3, 5, 20, 40), desc(400, 300), now, 30)).toBe(true);
  });
  it('the soonest-first read ends inside the window: not read', () => {
    expect(windowRead(asc(-3, 5, 20, 29), desc(400, 300), now, 30)).toBe(false);
  });
  it('SCM ignored the sort (a read out of order): not proved', () => {
    expect(windowRead(asc(5, -3, 40), desc(400, 300), now, 30)).toBe(false);
    expect(windowRead(asc(-3, 5, 40), desc(300, 400), now, 30)).toBe(false);
  });
  it('undated first in the soonest-first read: read through; undated first the other way: read only if a dated one follows', () => {
    expect(windowRead(asc(undefined, undefined, 5, 40), desc(400), now, 30)).toBe(true);
    expect(windowRead(asc(5, 40), desc(undefined, undefined, 400), now, 30)).toBe(true);
    expect(windowRead(asc(5, 40), desc(undefined, undefined), now, 30)).toBe(false);
  });
  it('undated in the middle of a read: not an order', () => {
    expect(windowRead(asc(5, undefined, 40), desc(400), now, 30)).toBe(false);
  });
});
