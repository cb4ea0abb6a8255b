// Bundles src/ into dist/ with esbuild, for start-up speed (measured by `npm run bench`, Node 20):
// - CommonJS files. Merely starting Node's ESM loader costs ~12 ms, about 0.3x of a bare `node -e 0`. esbuild
//   splits code only for ES modules, so it bundles to ES modules with code splitting and each chunk is then
//   turned into CommonJS. The chunks are then packed (packs() below): dist/cli.js holds what every run needs,
//   and each import() target (a command's spec and its run.ts, commander and the command definitions, the
//   catalogue, validation, the HTTP client) is one file holding what it needs beyond what is surely loaded:
//   `scm explain` reads 2 files (~225 kB), `scm --help` 2 (~150 kB), `scm validate` 3, `scm config` 3
//   (test/e2e/packs.test.ts), `scm upload --dry-run` 10.
// - A chunk's exports are plain values where they cannot change after it has run (scripts/export-values.mjs),
//   not esbuild's getters: no closure and accessor per export at start, no getter call at every use.
// - Whitespace and syntax are minified: reading is most of what loading costs. Identifiers stay, so --debug
//   stacks still name the functions (minifying them measured no faster).
// - What src/ imports from devDependencies (commander, chalk, get-east-asian-width) is bundled: resolving
//   commander from node_modules costs more than parsing it, and chalk is ESM-only, so importing it would start
//   the ESM loader on every terminal run. Runtime "dependencies" stay external, load with import() when a
//   command needs them (ora is ESM-only), and ship inside the npm package (bundleDependencies).
// - bin/scm.js loads the files with V8's code cache, recorded at the end by running the commands whose start-up the
//   README promises (scripts/cache-runs.mjs).
// Type checking is `tsc --noEmit`, run first by `npm run build`.
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiRuns, cacheRuns } from './cache-runs.mjs';
import { chunksOnCycles, exportsAsValues } from './export-values.mjs';
import { packs, splitHelpers } from './packs.mjs';

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
async function toCommonJs(path, text, inCycle) {
  const where = relative(root, path);
  // What is left of import() with a bare name loads a package; bin/scm.js does that. So does import() of
  // anything but a string (a config file's URL, src/config/load-js.ts): esbuild would make it a require().
  const esm = text.replace(/\bimport\((["'])([^"'.][^"']*)\1\)/g, '__scmImport($1$2$1)').replace(/\bimport\((?![\s"'`])/g, '__scmImport(');
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
  // esbuild's CommonJS exports are getters on `x_exports`, then copied by __toCommonJS, each as one more
  // getter, onto a new object marked __esModule. The getters on `x_exports` are enough (bindings stay live):
  // it becomes module.exports with the marker itself, which saves a closure and a property per export.
  // Exports that cannot change after the chunk has run are plain values, not getters (export-values.mjs).
  const exported = exportsAsValues(code.replace(/\bmodule\.exports=__toCommonJS\((\w+)\);/g, 'module.exports=__defProp($1,"__esModule",{value:!0});'), inCycle);
  const [helpers, rest] = splitHelpers(exported.replace(/^"use strict";\n/, ''));
  return { helpers, text: `${prologue}\n${rest}` };
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
const cyclic = chunksOnCycles(metafile.outputs, (path) => relative(dist, join(root, path)));
for (const file of outputFiles) modules.set(relative(dist, file.path), await toCommonJs(file.path, file.text, cyclic.has(relative(dist, file.path))));
for (const [file, text] of packs(metafile.outputs, modules)) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), text);
}
writeFileSync(join(dist, 'package.json'), '{ "type": "commonjs" }\n');
// The import graph, for test/unit/packs.test.ts (not shipped: package.json "files").
const graph = Object.fromEntries(Object.entries(metafile.outputs).map(([path, out]) => [path, { imports: out.imports }]));
writeFileSync(join(dist, 'meta.json'), `${JSON.stringify({ outputs: graph })}\n`);

const { recordCodeCache } = createRequire(import.meta.url)(join(root, 'bin/scm.js'));
const sink = { write() {}, isTTY: false };
const { runs, bundle, cleanup } = cacheRuns(root);
const api = await apiRuns(join(root, 'bin/scm.js'), bundle);
try {
  // A run is an argv list, or { argv, env } for one that calls the emulator; `{id}` is the last run's output.
  let last = '';
  await recordCodeCache(join(dist, 'cli.js'), [...runs, ...(api?.runs ?? [])], async (exports, run) => {
    const { argv, env = {} } = Array.isArray(run) ? { argv: run } : run;
    let out = '';
    const stdout = { write: (s) => void (out += s), isTTY: false };
    const code = await exports.main(argv.map((a) => (a === '{id}' ? last : a)), { stdout, stderr: sink, stdin: undefined, env, cwd: root, now: () => new Date() });
    if (code !== 0 && env.SCM_ENDPOINT) process.stderr.write(`build: scm ${argv[0]} against the emulator exited ${code}: its code cache misses that path\n`);
    last = out.trim();
  });
} finally {
  api?.stop();
  cleanup();
}
