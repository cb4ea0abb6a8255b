// An expiry sent as a JSON number in epoch seconds (1798761600, 2027-01-01) was read as milliseconds: the
// certificate showed as expiring on 1970-01-22, 20,000 days expired (list --expiring took it in). A number is
// read only as epoch milliseconds of 13 digits (2001-2286), as a string of digits already is: anything else is
// unreadable (shown as unknown), never a guess at seconds and never 1970.
import { expect, it } from 'vitest';
import { parseScmTime } from '../../src/core/inventory/time.js';

it('epoch milliseconds of 13 digits only, as a number and as a string', () => {
  expect([parseScmTime(1_798_761_600_000)?.toISOString(), parseScmTime('1798761600000')?.toISOString()]).toEqual(['2027-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z']);
  for (const v of [1_798_761_600, 0, -1, 86_400_000, 99_999_999_999, 10_000_000_000_000, 1_798_761_600_000.5]) expect(parseScmTime(v), String(v)).toBeUndefined();
});
