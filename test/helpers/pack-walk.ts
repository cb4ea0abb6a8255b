// Walks every run of a packed dist/ (scripts/packs.mjs) and finds a module required before a pack that defines
// it was read: test/unit/packs.test.ts on graphs built to break the packing, test/e2e/packs.test.ts on this build's.
import { expect } from 'vitest';

export type Imports = Record<string, Array<[string, 'static' | 'dynamic']>>;

/** A metafile's outputs from `file: [[dep, kind]]` (names relative to dist/). */
export const outputs = (graph: Imports) =>
  Object.fromEntries(Object.entries(graph).map(([file, deps]) => [`dist/${file}`, { imports: deps.map(([d, kind]) => ({ path: `dist/${d}`, kind: kind === 'static' ? 'import-statement' : 'dynamic-import' })) }]));

/**
 * The first module some run requires before any pack read so far defines it, or undefined. A run reads cli.js,
 * then packs in the order import() reaches them; reading more packs only defines more, so it is enough to walk
 * every simple path of "a module of X's closure imports Y" from cli.js: at each step, everything the entry's
 * static imports reach must be defined by the packs read on the way (the entry's own included).
 */
export function missing(graph: Imports, members: Map<string, string[]>): string | undefined {
  const closure = (e: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(e)) return seen;
    seen.add(e);
    for (const [d, k] of graph[e]!) if (k === 'static') closure(d, seen);
    return seen;
  };
  const next = (e: string) => new Set([...closure(e)].flatMap((f) => graph[f]!.filter(([, k]) => k === 'dynamic').map(([d]) => d)));
  let paths = 0;
  const walk = (path: string[], defined: Set<string>): string | undefined => {
    paths++;
    const e = path[path.length - 1]!;
    const now = new Set([...defined, ...members.get(e)!]);
    const lost = [...closure(e)].find((f) => !now.has(f));
    if (lost) return `${lost} (after ${path.join(' -> ')})`;
    for (const d of next(e)) {
      if (path.includes(d)) continue;
      const deeper = walk([...path, d], now);
      if (deeper) return deeper;
    }
    return undefined;
  };
  const result = walk(['cli.js'], new Set());
  expect(paths).toBeGreaterThan(1);
  return result;
}

