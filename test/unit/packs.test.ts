// dist/ is packed (scripts/packs.mjs): each entry (cli.js and every import() target) holds what its static
// imports reach beyond what is surely loaded before it. bin/scm.js fails outright on a module no pack read so
// far defines, so the promise is checked on graphs built to break it (this build's: test/e2e/packs.test.ts).
import { describe, expect, it } from 'vitest';
import { packMembers, splitHelpers } from '../../scripts/packs.mjs';
import { missing, outputs, type Imports } from '../helpers/pack-walk.js';

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
});

describe('splitHelpers', () => {
  it('takes esbuild\'s helper preamble off a module, and nothing else', () => {
    const preamble = 'var __defProp=Object.defineProperty;var __toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:!0}),mod);';
    expect(splitHelpers(`${preamble}var x=1;`)).toEqual([preamble, 'var x=1;']);
    expect(splitHelpers('var x=1;')).toEqual(['', 'var x=1;']);
    expect(() => splitHelpers('var __defProp=1;var y=2;__toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:!0}),mod);')).toThrow(/not only helpers/);
  });
});
