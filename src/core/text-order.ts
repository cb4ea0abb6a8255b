// The order in which names a person reads are listed (resources in a rotation's plan and results): numbers in them
// as numbers (lb-2 before lb-10), and the same order for every user. String.prototype.localeCompare follows the
// process's locale (LANG): Chinese names were sorted by pinyin under zh_CN and by code point under C, so a plan, and
// its --json, read differently on two machines. One collation (CLDR root's, as 'en' resolves it) for everyone.

let collator: Intl.Collator | undefined;

/** Numbers as numbers, then code units, so that names a collation calls equal (lb-02, lb-2) still have one order. */
export function byNaturalOrder(a: string, b: string): number {
  // Made on first use: rotate needs it, `scm explain` and `--help` must not pay for it.
  collator ??= new Intl.Collator('en', { numeric: true });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
