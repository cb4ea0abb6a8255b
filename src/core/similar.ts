// "Did you mean": an edit distance that counts a swap of two neighbours as one typo (SCM.0041 for SCM.0014,
// regoin for region), and the nearest candidates to a word nobody knows.

export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Candidates within a few typos of `word` (at most a third of the candidate, at least 2), nearest first. The
 * distance is at least the difference in length, so a candidate that much longer or shorter is passed over
 * unmeasured: a word far longer than any candidate (a whole page given to `scm explain`, a pasted blob as
 * --region) costs nothing, where measuring it filled a table of its length per candidate (minutes for 100 KB).
 */
export function nearest(word: string, candidates: readonly string[], limit = 3, key: (s: string) => string = (s) => s): string[] {
  const target = key(word);
  const near: Array<{ candidate: string; d: number }> = [];
  for (const candidate of candidates) {
    const other = key(candidate);
    const most = Math.max(2, Math.floor(candidate.length / 3));
    if (Math.abs(target.length - other.length) > most) continue;
    const d = editDistance(target, other);
    if (d <= most) near.push({ candidate, d });
  }
  return near
    .sort((a, b) => a.d - b.d || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
