// The packs of dist/ (scripts/build.mjs writes them, bin/scm.js reads them): which of esbuild's chunks each
// file holds, and the text of each. Pure, so test/unit/packs.test.ts can hold the algorithm to its promise:
// whatever a pack's modules import statically is in the pack or surely loaded before it.
import { dirname, relative } from 'node:path';

// esbuild starts every CommonJS file with the same helpers (__defProp, __export, __toCommonJS...), ~0.7 kB each
// time; a pack defines them once, for all its modules (they are pure functions of their arguments).
const HELPERS_END = '__toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:!0}),mod);';
/** A helper preamble as its statements, `var` dropped and esbuild's renamed locals (key2) named back. */
const statements = (helpers) => helpers.replace(/\bkey\d\b/g, 'key').split(/;(?=var )|,(?=__\w+=)/).map((x) => x.replace(/^var /, '').replace(/;$/, ''));

/** [the helper preamble, the rest] of one module's code; no preamble: ['', code]. */
export function splitHelpers(code) {
  if (!code.startsWith('var __')) return ['', code];
  const end = code.indexOf(HELPERS_END);
  if (end < 0 || end > 2000) throw new Error('esbuild\'s CommonJS helpers changed: update HELPERS_END in scripts/build.mjs');
  const helpers = code.slice(0, end + HELPERS_END.length);
  if (!statements(helpers).every((x) => /^__\w+=/.test(x))) throw new Error(`not only helpers before the code: ${helpers.slice(0, 200)}`);
  return [helpers, code.slice(end + HELPERS_END.length)];
}

/** The one preamble that defines what every module of a pack needs; the build stops if none does. */
function packHelpers(preambles) {
  const all = [...new Set(preambles.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (all.length === 0) return '';
  const widest = new Set(statements(all[0]));
  const missing = all.flatMap(statements).filter((x) => !widest.has(x));
  if (missing.length > 0) throw new Error(`esbuild helpers differ between modules: ${missing[0].slice(0, 200)}`);
  return all[0];
}

/**
 * Packs: what a run loads in as few files as it can. Reading and compiling each file costs ~0.4 ms however
 * small it is, and a command's closure is 15 to 35 of esbuild's chunks. The entry (dist/cli.js) and every
 * target of an import() become one file each, holding, as factories, every chunk its static imports reach
 * that is not surely loaded whenever it is imported (the intersection over its import() sites of what the
 * site's entry imports and what was sure before that entry). A chunk is executed once, the first
 * time it is required, whichever pack defined it (bin/scm.js); one that two packs hold is stored twice.
 */
export function packs(outputs, modules) {
  const members = packMembers(outputs);
  // `modules`: dist-relative file -> { helpers, text } (build.mjs's CommonJS form of each chunk).
  const out = new Map();
  for (const [e, files] of members) {
    const defines = files.map((f) => `__scmDefine(${JSON.stringify(relative(dirname(e), f).replace(/^(?!\.)/, './'))}, function (exports, require, module, __filename, __dirname, __scmImport) {\n${modules.get(f).text}\n});`);
    const helpers = packHelpers(files.map((f) => modules.get(f).helpers));
    // The wrapper bin/scm.js compiles: written here, so that it need not copy the source to add it.
    out.set(e, `(function (__scmDefine) {\n"use strict";\n${helpers}\n${defines.join('\n')}\n})`);
  }
  return out;
}

/**
 * Which files each pack holds, from esbuild's metafile outputs (paths under dist/): entry (dist-relative) ->
 * its members (the entry first, unless it is surely loaded before anything imports it).
 */
export function packMembers(outputs) {
  const name = (path) => relative('dist', path);
  const edges = new Map(Object.entries(outputs).map(([path, out]) => [name(path), out.imports.filter((i) => !i.external)]));
  const closures = new Map();
  const closure = (file) => {
    if (closures.has(file)) return closures.get(file);
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of edges.get(f)) if (i.kind === 'import-statement') visit(name(i.path));
    };
    visit(file);
    closures.set(file, seen);
    return seen;
  };
  const entries = new Set(['cli.js']);
  for (const imports of edges.values()) for (const i of imports) if (i.kind === 'dynamic-import') entries.add(name(i.path));
  // loaded(E): chunks surely executed before E is first imported; a fixpoint from "everything" downwards.
  const everything = new Set(edges.keys());
  const loaded = new Map([...entries].map((e) => [e, e === 'cli.js' ? new Set() : everything]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of entries) {
      if (e === 'cli.js') continue;
      let sure;
      for (const [importer, imports] of edges) {
        if (!imports.some((i) => i.kind === 'dynamic-import' && name(i.path) === e)) continue;
        // The importer runs once an entry that statically reaches it was imported: what was sure before that
        // entry is loaded, and so is all the entry imports statically (no import() in src/ runs while the
        // modules are being loaded; they are all in functions).
        const owners = [...entries].filter((p) => closure(p).has(importer));
        for (const owner of owners) {
          const here = new Set([...loaded.get(owner), ...closure(owner)]);
          sure = sure ? new Set([...sure].filter((f) => here.has(f))) : here;
        }
      }
      const next = sure ?? new Set();
      if (next.size !== loaded.get(e).size) {
        loaded.set(e, next);
        changed = true;
      }
    }
  }
  return new Map([...entries].map((e) => [e, [...closure(e)].filter((f) => !loaded.get(e).has(f))]));
}
