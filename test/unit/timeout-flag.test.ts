// --timeout SECONDS on the command line: a decimal number (fractions allowed), as the integer options take
// theirs in decimal only. Number() alone took 0x10 as 16 s, 1e3 as 1000 s, 1e-3 as a millisecond and ' 5 ' as 5.
import { describe, expect, it } from 'vitest';
import { timeoutSeconds } from '../../src/commands/shared/flags.js';
import { UsageError } from '../../src/errors.js';

describe('--timeout', () => {
  it.each([['30', 30], ['2.5', 2.5], ['0.5', 0.5], ['.5', 0.5], ['3600', 3600], ['007', 7], ['5.', 5]])('%s is %d seconds', (text, seconds) => {
    expect(timeoutSeconds(text, 'en')).toBe(seconds);
  });

  it.each(['0x10', '1e3', '1e-3', '0b11', '0o7', ' 5', '5 ', '+5', '-1', '0', '', '.', 'Infinity', 'NaN', '3601', '1_000', '٣'])('%j is refused (exit 2), in the words of every other bad value', (text) => {
    const e = (() => {
      try {
        timeoutSeconds(text, 'en');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).message).toBe(`--timeout: '${text}' is not a number of seconds above 0 and at most 3600`);
  });
});
