// This build's dist/ (scripts/packs.mjs): every run of its import graph finds each module defined by a pack read
// before it is required (bin/scm.js fails outright otherwise). The graph is the one the build wrote, dist/meta.json.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { packMembers } from '../../scripts/packs.mjs';
import { missing, type Imports } from '../helpers/pack-walk.js';

it('holds for the graph of this build: no run finds a module undefined', () => {
  const meta = JSON.parse(readFileSync(new URL('../../dist/meta.json', import.meta.url), 'utf8')) as { outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }> }> };
  const members = packMembers(meta.outputs);
  const graph: Imports = Object.fromEntries(Object.entries(meta.outputs).map(([p, o]) => [p.replace(/^dist\//, ''), o.imports.filter((i) => !i.external && i.kind !== 'require-call').map((i): [string, 'static' | 'dynamic'] => [i.path.replace(/^dist\//, ''), i.kind === 'dynamic-import' ? 'dynamic' : 'static'])]));
  expect(members.size).toBeGreaterThan(20);
  expect(missing(graph, members)).toBeUndefined();
});
