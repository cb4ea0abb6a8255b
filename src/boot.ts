// Loads the compiled CLI (dist/cli.js, CommonJS) with V8's code cache. Parsing and compiling the bundle is
// most of what `scm explain` costs over a bare `node -e 0`; `npm run build` runs the common commands once
// and stores the compiled code next to it (dist/cli.js.cache), so later runs skip that work. A cache that
// does not fit (another Node version or flags, a file changed since) is ignored: V8 checks its version, flags
// and the source length, we check the modification times. Built by scripts/build.mjs into dist/boot.js.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';

interface Loaded {
  exports: unknown;
}

/**
 * Code compiled here cannot call import() itself on Node 20 (the callback is lost with a cached script, and a
 * custom one needs --experimental-vm-modules), so scripts/build.mjs turns a package's `import("ora")` into
 * `__scmImport("ora")`, which imports from here: dist/, where the packages resolve the same way.
 */
const scmImport = (specifier: string): Promise<unknown> => import(specifier);

const modules = new Map<string, Loaded>();
/** Scripts compiled in this process, kept only while a cache is being recorded. */
let recording: Array<{ file: string; script: vm.Script }> | undefined;

function cachedData(file: string): Buffer | undefined {
  if (recording) return undefined;
  try {
    const cache = `${file}.cache`;
    if (statSync(cache).mtimeMs < statSync(file).mtimeMs) return undefined;
    return readFileSync(cache);
  } catch {
    return undefined;
  }
}

/** require() for dist files: relative paths load through here, anything else through Node. */
export function load(file: string): unknown {
  const known = modules.get(file);
  if (known) return known.exports;
  const module: Loaded = { exports: {} };
  modules.set(file, module);
  const source = readFileSync(file, 'utf8');
  const data = cachedData(file);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __scmImport) {${source}\n})`, {
    filename: file,
    ...(data ? { cachedData: data } : {}),
  });
  recording?.push({ file, script });
  const here = dirname(file);
  // Builtins and packages: this file's own require (packages resolve from dist/ just as from dist/chunks/;
  // createRequire would load node:module, ~1 ms).
  const distRequire = Object.assign((id: string) => (id.startsWith('.') ? load(resolve(here, id)) : require(id)), {
    resolve: require.resolve,
    cache: require.cache,
    main: require.main,
  });
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, distRequire, module, file, here, scmImport);
  return module.exports;
}

/** For scripts/build.mjs: loads `entry` fresh, lets `exercise` run commands, then writes every file's cache. */
export async function recordCodeCache(entry: string, exercise: (exports: unknown) => Promise<void>): Promise<string[]> {
  recording = [];
  modules.clear();
  try {
    await exercise(load(entry));
    for (const { file, script } of recording) writeFileSync(`${file}.cache`, script.createCachedData());
    return recording.map((r) => r.file);
  } finally {
    recording = undefined;
    modules.clear();
  }
}
