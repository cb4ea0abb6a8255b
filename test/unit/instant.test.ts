import { describe, expect, it } from 'vitest';
import { isoInstant } from '../../src/core/instant.js';

describe('isoInstant (SCM_NOW)', () => {
  it('reads a date, a date-time with or without a zone, as UTC unless a zone is given', () => {
    expect(isoInstant('2030-01-01')).toBe(Date.UTC(2030, 0, 1));
    expect(isoInstant('2030-01-01T08:00')).toBe(Date.UTC(2030, 0, 1, 8));
    expect(isoInstant('2030-01-01T08:00:00Z')).toBe(Date.UTC(2030, 0, 1, 8));
    expect(isoInstant('2030-01-01T08:00:00.5+08:00')).toBe(Date.UTC(2030, 0, 1, 0, 0, 0, 500));
  });

  it.each(['2028-02-30', '2028-13-01', '2028-00-10', 'Jan 1 2030', '2030-01-01 08:00', 'next year', ''])('refuses %j', (value) => {
    expect(isoInstant(value)).toBeNaN();
  });

  it('takes 29 February only in a leap year', () => {
    expect(isoInstant('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    expect(isoInstant('2027-02-29')).toBeNaN();
  });
});
