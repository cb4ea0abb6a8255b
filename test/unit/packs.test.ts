// dist/ is packed (scripts/packs.mjs): each entry (cli.js and every import() target) holds what its static
// imports reach beyond what is surely loaded before it. bin/scm.js fails outright on a module no pack read so
// far defines, so the promise is checked on graphs built to break it, and on the real build's graph.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packMembers, splitHelpers } from '../../scripts/packs.mjs';

type Imports = Record<string, Array<[string, 'static' | 'dynamic']>>;

/** A metafile's outputs from `file: [[dep, kind]]` (names relative to dist/). */
const outputs = (graph: Imports) =>
  Object.fromEntries(Object.entries(graph).map(([file, deps]) => [`dist/${file}`, { imports: deps.map(([d, kind]) => ({ path: `dist/${d}`, kind: kind === 'static' ? 'import-statement' : 'dynamic-import' })) }]));

/**
 * The first module some run requires before any pack read so far defines it, or undefined. A run reads cli.js,
 * then packs in the order import() reaches them; reading more packs only defines more, so it is enough to walk
 * every simple path of "a module of X's closure imports Y" from cli.js: at each step, everything the entry's
 * static imports reach must be defined by the packs read on the way (the entry's own included).
 */
function missing(graph: Imports, members: Map<string, string[]>): string | undefined {
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

describe('packMembers', () => {
  it('keeps what cli.js loads out of the packs imported later, and shares what two commands import', () => {
    const graph: Imports = {
      'cli.js': [['chunks/text.js', 'static'], ['chunks/a-spec.js', 'dynamic'], ['chunks/program.js', 'dynamic']],
      'chunks/text.js': [],
      'chunks/a-spec.js': [['chunks/text.js', 'static'], ['chunks/a-run.js', 'dynamic']],
      'chunks/a-run.js': [['chunks/shared.js', 'static'], ['chunks/text.js', 'static']],
      'chunks/program.js': [['chunks/a-spec.js', 'static'], ['chunks/b-run.js', 'dynamic']],
      'chunks/b-run.js': [['chunks/shared.js', 'static']],
      'chunks/shared.js': [['chunks/deep.js', 'static']],
      'chunks/deep.js': [],
    };
    const members = packMembers(outputs(graph));
    expect(Object.fromEntries(members)).toEqual({
      'cli.js': ['cli.js', 'chunks/text.js'],
      'chunks/a-spec.js': ['chunks/a-spec.js'],
      'chunks/program.js': ['chunks/program.js', 'chunks/a-spec.js'],
      'chunks/a-run.js': ['chunks/a-run.js', 'chunks/shared.js', 'chunks/deep.js'],
      'chunks/b-run.js': ['chunks/b-run.js', 'chunks/shared.js', 'chunks/deep.js'],
    });
    expect(missing(graph, members)).toBeUndefined();
  });

  it('an entry reached two ways gets only what both ways surely loaded; cycles of import() end', () => {
    const graph: Imports = {
      'cli.js': [['chunks/x.js', 'dynamic'], ['chunks/y.js', 'dynamic']],
      'chunks/x.js': [['chunks/only-x.js', 'static'], ['chunks/z.js', 'dynamic']],
      'chunks/y.js': [['chunks/only-y.js', 'static'], ['chunks/z.js', 'dynamic'], ['chunks/x.js', 'dynamic']],
      'chunks/z.js': [['chunks/only-x.js', 'static'], ['chunks/only-y.js', 'static'], ['chunks/y.js', 'dynamic']],
      'chunks/only-x.js': [],
      'chunks/only-y.js': [],
    };
    const members = packMembers(outputs(graph));
    expect(members.get('chunks/z.js')).toEqual(['chunks/z.js', 'chunks/only-x.js', 'chunks/only-y.js']);
    expect(missing(graph, members)).toBeUndefined();
  });

  it('holds for the graph of this build: no run finds a module undefined', () => {
    const meta = JSON.parse(readFileSync(new URL('../../dist/meta.json', import.meta.url), 'utf8')) as { outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }> }> };
    const members = packMembers(meta.outputs);
    const graph: Imports = Object.fromEntries(Object.entries(meta.outputs).map(([p, o]) => [p.replace(/^dist\//, ''), o.imports.filter((i) => !i.external && i.kind !== 'require-call').map((i): [string, 'static' | 'dynamic'] => [i.path.replace(/^dist\//, ''), i.kind === 'dynamic-import' ? 'dynamic' : 'static'])]));
    expect(members.size).toBeGreaterThan(20);
    expect(missing(graph, members)).toBeUndefined();
  });
});

describe('splitHelpers', () => {
  it('takes esbuild\'s helper preamble off a module, and nothing else', () => {
    const preamble = 'var __defProp=Object.defineProperty;var __toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:!0}),mod);';
    expect(splitHelpers(`${preamble}var x=1;`)).toEqual([preamble, 'var x=1;']);
    expect(splitHelpers('var x=1;')).toEqual(['', 'var x=1;']);
    expect(() => splitHelpers('var __defProp=1;var y=2;__toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:!0}),mod);')).toThrow(/not only helpers/);
  });
});
