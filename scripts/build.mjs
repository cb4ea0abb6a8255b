// Bundles src/ into dist/ with esbuild, for start-up speed (measured by `npm run bench`, Node 20):
// - CommonJS files. Merely starting Node's ESM loader costs ~12 ms, about 0.3x of a bare `node -e 0`. esbuild
//   splits code only for ES modules, so it bundles to ES modules with code splitting and each chunk is then
//   turned into CommonJS. The chunks are then packed (packs() below): dist/cli.js holds what every run needs,
//   and each import() target (a command's spec and its run.ts, commander and the command definitions, the
//   catalogue, validation, the HTTP client) is one file holding what it needs beyond what is surely loaded:
//   `scm explain` reads 2 files (~155 kB), `scm --help` 2 (~170 kB), `scm validate` 3.
// - Whitespace and syntax are minified: reading is most of what loading costs. Identifiers stay, so --debug
//   stacks still name the functions (minifying them measured no faster).
// - What src/ imports from devDependencies (commander, chalk, get-east-asian-width) is bundled: resolving
//   commander from node_modules costs more than parsing it, and chalk is ESM-only, so importing it would start
//   the ESM loader on every terminal run. Runtime "dependencies" stay external, load with import() when a
//   command needs them (ora is ESM-only), and ship inside the npm package (bundleDependencies).
// - bin/scm.js loads the files with V8's code cache, recorded below by running the commands whose start-up the
//   README promises.
// Type checking is `tsc --noEmit`, run first by `npm run build`.
import { build, transform } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// commander loads node:child_process (and with it node:net) at start-up for a feature scm never uses
// (executable subcommands); load it only if something asks for it.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error('commander changed: update the lazy-child-process plugin in scripts/build.mjs');
      const lazy = "let childProcessModule; const childProcess = { get spawn() { return (childProcessModule ??= require('node:child_process')).spawn; } };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

/** One output file of the ES module build as CommonJS for bin/scm.js. */
async function toCommonJs(path, text) {
  const where = relative(root, path);
  // What is left of import() with a bare name loads a package; bin/scm.js does that.
  const esm = text.replace(/\bimport\((["'])([^"'.][^"']*)\1\)/g, '__scmImport($1$2$1)');
  // import() of a chunk becomes require() (bin/scm.js serves it from its code cache).
  const { code } = await transform(esm, { format: 'cjs', platform: 'node', target: 'node20', minifyWhitespace: true, minifySyntax: true, supported: { 'dynamic-import': false } });
  if (/\bimport\(/.test(code)) throw new Error(`${where}: an import() was left that bin/scm.js cannot serve`);
  // esbuild escapes non-ASCII in strings but not in regular expressions; one such character makes V8 keep the
  // whole file as a two-byte string (~+8 ms of every start). Write \u escapes in the source instead.
  const wide = /[^\x00-\x7f]/.exec(code);
  if (wide) throw new Error(`${where}: non-ASCII character U+${wide[0].codePointAt(0).toString(16)} near "${code.slice(Math.max(0, wide.index - 40), wide.index + 10)}"`);
  const prologue = [
    '"use strict";',
    ...(code.includes('__scmModuleUrl') ? ['var __scmModuleUrl = require("node:url").pathToFileURL(__filename).href;'] : []),
  ].join('\n');
  const [helpers, rest] = splitHelpers(code.replace(/^"use strict";\n/, ''));
  return { helpers, text: `${prologue}\n${rest}` };
}

// esbuild starts every CommonJS file with the same helpers (__defProp, __export, __toCommonJS...), ~0.7 kB each
// time; a pack defines them once, for all its modules (they are pure functions of their arguments).
const HELPERS_END = '__toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:!0}),mod);';
/** A helper preamble as its statements, `var` dropped and esbuild's renamed locals (key2) named back. */
const statements = (helpers) => helpers.replace(/\bkey\d\b/g, 'key').split(/;(?=var )|,(?=__\w+=)/).map((x) => x.replace(/^var /, '').replace(/;$/, ''));

/** [the helper preamble, the rest] of one module's code; no preamble: ['', code]. */
function splitHelpers(code) {
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
function packs(meta, modules) {
  const name = (path) => relative('dist', path);
  const edges = new Map(Object.entries(meta.outputs).map(([path, out]) => [name(path), out.imports.filter((i) => !i.external)]));
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
  const out = new Map();
  for (const e of entries) {
    const members = [...closure(e)].filter((f) => !loaded.get(e).has(f));
    const defines = members.map((f) => `__scmDefine(${JSON.stringify(relative(dirname(e), f).replace(/^(?!\.)/, './'))}, function (exports, require, module, __filename, __dirname, __scmImport) {\n${modules.get(f).text}\n});`);
    const helpers = packHelpers(members.map((f) => modules.get(f).helpers));
    // The wrapper bin/scm.js compiles: written here, so that it need not copy the source to add it.
    out.set(e, `(function (__scmDefine) {\n"use strict";\n${helpers}\n${defines.join('\n')}\n})`);
  }
  return out;
}

rmSync(dist, { recursive: true, force: true });
const { outputFiles, metafile } = await build({
  bundle: true,
  format: 'esm',
  splitting: true,
  minifyWhitespace: true,
  minifySyntax: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  entryPoints: [join(root, 'src/cli.ts')],
  outdir: dist,
  chunkNames: 'chunks/[name]-[hash]',
  write: false,
  metafile: true,
  external: Object.keys(pkg.dependencies),
  plugins: [lazyChildProcess],
  define: { __SCM_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__scmModuleUrl' },
});
const modules = new Map();
for (const file of outputFiles) modules.set(relative(dist, file.path), await toCommonJs(file.path, file.text));
for (const [file, text] of packs(metafile, modules)) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), text);
}
writeFileSync(join(dist, 'package.json'), '{ "type": "commonjs" }\n');

const { recordCodeCache } = createRequire(import.meta.url)(join(root, 'bin/scm.js'));
const sink = { write() {}, isTTY: false };
const bundle = join(root, 'test/fixtures/generated/bundles/rsa-ok');
const runs = [
  ['--help'], ['--help', '--lang', 'zh'], ['explain', 'SCM.0014'], ['explain', 'SCM.0014', '--lang', 'zh'], ['upload', '--help'], ['push', '--help'],
  existsSync(bundle) ? ['validate', bundle] : ['validate', '--help'],
  // The cron renewal gate: `scm check DIR --within 30` (one start-up, README "Speed").
  existsSync(bundle) ? ['check', bundle] : ['check', '--help'],
  // What upload and push run before the network (no credentials are needed for a dry run; nothing is sent).
  existsSync(bundle) ? ['upload', bundle, '--name', 'code-cache', '--dry-run'] : ['upload', '--help'],
  ['push', 'scs1700000000000', '--service', 'WAF', '--project', 'cn-north-4', '--dry-run'],
  ['config'],
];
await recordCodeCache(join(dist, 'cli.js'), runs, (exports, argv) => exports.main(argv, { stdout: sink, stderr: sink, stdin: undefined, env: {}, cwd: root, now: () => new Date() }));
