// Reads config files with cosmiconfig, once search.ts has found and judged them. Found files get the data
// loaders only (JSON and YAML), so not even an `$import` in one can run code; a file the user named gets all
// of cosmiconfig's loaders (JavaScript, TypeScript), since the user chose it.
//
// cosmiconfig() itself is never called: before anything else it reads "meta config" from process.cwd()
// (it runs a .config/config.js there, and a "cosmiconfig" key in a package.json there adds search places and
// supplies settings of its own), whatever searchPlaces and loaders say. Its Explorer class, the part of
// cosmiconfig that cosmiconfig() wraps, takes exactly the options given. It is loaded with require (a
// CommonJS package): import() would start Node's ESM loader, ~10 ms more.
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type { CosmiconfigResult, Loaders } from 'cosmiconfig';

interface Explorer {
  search(from: string): Promise<CosmiconfigResult>;
  load(path: string): Promise<CosmiconfigResult>;
}
type ExplorerClass = new (options: Record<string, unknown>) => Explorer;

const requireHere = createRequire(import.meta.url);

/**
 * JSON without parse-json, cosmiconfig's JSON loader: it loads @babel/code-frame and four more packages (~7 ms)
 * to quote the file around an error, which scm never prints (a config file may hold a secret; locate.ts
 * finds the line itself). A byte-order mark is allowed, as editors on Windows write one.
 */
const loadJson = (_path: string, content: string): unknown => JSON.parse(content.replace(/^\ufeff/, ''));

function explorer(searchPlaces: string[], loaders: 'data' | 'all'): Explorer {
  // The modules behind cosmiconfig's index, without the index (it also loads the synchronous explorer).
  const { defaultLoaders } = requireHere('cosmiconfig/dist/defaults.js') as Pick<typeof import('cosmiconfig'), 'defaultLoaders'>;
  const { Explorer } = requireHere('cosmiconfig/dist/Explorer.js') as { Explorer: ExplorerClass };
  const data: Loaders = { '.json': loadJson, '.yaml': defaultLoaders['.yaml'], '.yml': defaultLoaders['.yml'], noExt: defaultLoaders.noExt };
  // The options cosmiconfig() would pass, minus anything read from process.cwd().
  return new Explorer({
    moduleName: 'scm',
    searchPlaces,
    loaders: loaders === 'all' ? { ...defaultLoaders, ...data } : data,
    searchStrategy: 'none',
    ignoreEmptySearchPlaces: true,
    cache: false,
    transform: (result: CosmiconfigResult) => result,
    metaConfigFilePath: null,
    mergeImportArrays: true,
    mergeSearchPlaces: true,
  });
}

/** The first non-empty of `files` (trusted data files of one directory, in order), as cosmiconfig searches them. */
export function searchData(dir: string, files: string[]): Promise<CosmiconfigResult> {
  return explorer(files.map((f) => basename(f)), 'data').search(dir);
}

/** One data file (the user file). */
export function loadData(path: string): Promise<CosmiconfigResult> {
  return explorer([], 'data').load(path);
}

const named = new Map<string, Promise<CosmiconfigResult>>();

/**
 * The file the user named, every loader allowed. Loaded once per process and version of the file: the
 * language is looked up in it before the command reads its settings, and a JavaScript file runs only once.
 */
export function loadNamed(path: string, version: string): Promise<CosmiconfigResult> {
  const key = `${path}\0${version}`;
  let loading = named.get(key);
  if (!loading) named.set(key, (loading = explorer([], 'all').load(path)));
  return loading;
}
