// Bundles src/ into dist/ with esbuild, for start-up speed (measured by `npm run bench`, Node 20):
// - CommonJS, one file (dist/cli.js). Merely starting Node's ESM loader costs ~12 ms, about 0.3x of a bare
//   `node -e 0`. Commands stay lazy: esbuild wraps each dynamically imported module in an initializer that
//   runs only when its command does.
// - commander and chalk are bundled (resolving commander from node_modules costs more than parsing it; chalk
//   is ESM-only, so importing it would start the ESM loader on every terminal run). Other packages stay
//   external and load with import() when a command needs them (ora is ESM-only).
// - dist/boot.js (src/boot.ts) loads dist/cli.js with V8's code cache, recorded below by running the
//   commands whose start-up the README promises.
// Type checking is `tsc --noEmit`, run first by `npm run build`.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const BUNDLED = new Set(['commander', 'chalk']);

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

rmSync(dist, { recursive: true, force: true });
// Whitespace and syntax minified (names kept, so stack traces under --debug still name functions): every
// start-up reads and hashes the whole bundle, ~30% less of it is ~3% less start-up time on every command.
const common = { bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning', minifyWhitespace: true, minifySyntax: true };
await build({
  ...common,
  entryPoints: [join(root, 'src/cli.ts')],
  outfile: join(dist, 'cli.js'),
  external: Object.keys(pkg.dependencies).filter((name) => !BUNDLED.has(name)),
  plugins: [lazyChildProcess],
  define: { __SCM_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__scmModuleUrl' },
});
// What is left of import() loads a package; dist/boot.js does that for code it runs (see src/boot.ts).
const cli = readFileSync(join(dist, 'cli.js'), 'utf8').replace(/\bimport\((["'])([^"'.][^"']*)\1\)/g, '__scmImport($1$2$1)');
if (/\bimport\(/.test(cli)) throw new Error('dist/cli.js: an import() was left that dist/boot.js cannot serve');
const prologue = [
  '"use strict";',
  'var __scmModuleUrl = require("node:url").pathToFileURL(__filename).href;',
  // Required directly (not through dist/boot.js), the file imports packages itself.
  'var __scmImport = typeof __scmImport === "function" ? __scmImport : (s) => import(s);',
].join('\n');
writeFileSync(join(dist, 'cli.js'), `${prologue}\n${cli.replace(/^"use strict";\n/, '')}`);
writeFileSync(join(dist, 'package.json'), '{ "type": "commonjs" }\n');
await build({ ...common, entryPoints: [join(root, 'src/boot.ts')], outfile: join(dist, 'boot.js') });

const { recordCodeCache } = createRequire(import.meta.url)(join(dist, 'boot.js'));
const sink = { write() {}, isTTY: false };
const bundle = join(root, 'test/fixtures/generated/bundles/rsa-ok');
const runs = [['--help'], ['explain', 'SCM.0014'], ['upload', '--help'], ['push', '--help'], existsSync(bundle) ? ['validate', bundle] : ['validate', '--help']];
await recordCodeCache(join(dist, 'cli.js'), async (exports) => {
  for (const argv of runs) await exports.main(argv, { stdout: sink, stderr: sink, stdin: undefined, env: {}, cwd: root, now: () => new Date() });
});
