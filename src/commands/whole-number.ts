// The value of an integer option (OptionSpec.integer), read alike by commander (program.ts) and the plain
// reader (plain-args.ts): digits only, at most Number.MAX_SAFE_INTEGER. Above it a number is no longer exact:
// '--keep 99999999999999999999' was read as 1e20 and echoed back as 100000000000000000000.

export const MAX_WHOLE_NUMBER = Number.MAX_SAFE_INTEGER;

/** The number, or why `text` is none: not digits only, or too large to be exact. */
export function wholeNumber(text: string): number | 'not-whole' | 'too-large' {
  if (!/^\d+$/.test(text)) return 'not-whole';
  const n = Number(text);
  return n <= MAX_WHOLE_NUMBER ? n : 'too-large';
}
