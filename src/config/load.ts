// Reads config files with cosmiconfig, once search.ts has found and judged them. Found files get the data
// loaders only (JSON and YAML), and may not `$import` another file at all (it would be read unjudged); a file
// the user named may `$import` (the user chose it), and may itself be code (JavaScript, TypeScript), judged by
// named.ts before it runs. Nothing it imports, at any depth, is run (see onlyNamed), and nothing it imports is
// read before trust.ts has judged it (see judgingImports).
//
// cosmiconfig() itself is never called: before anything else it reads "meta config" from process.cwd()
// (it runs a .config/config.js there, and a "cosmiconfig" key in a package.json there adds search places and
// supplies settings of its own), whatever searchPlaces and loaders say. Its Explorer class, the part of
// cosmiconfig that cosmiconfig() wraps, takes exactly the options given. It is loaded with require (a
// CommonJS package): import() would start Node's ESM loader, ~10 ms more.
import { createRequire } from 'node:module';
import { basename, dirname, extname, resolve } from 'node:path';
import type { CosmiconfigResult, Loaders } from 'cosmiconfig';
import { isCode } from './places.js';
import { checkFile, type Distrust } from './trust.js';

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

/** A found file (or the user file) that says `$import`: refused, see withoutImports. */
export class ImportRefused extends Error {
  /** file.ts tells it by this (it does not load this module unless a file is read). */
  readonly code = 'SCM_CONFIG_IMPORT';
  constructor(readonly path: string) {
    super(`$import in ${path}`);
  }
}

/** Code that a named file leads to with `$import`: refused before it runs, see onlyNamed. */
export class CodeImported extends Error {
  readonly code = 'SCM_CONFIG_IMPORTED_CODE';
  constructor(readonly path: string) {
    super(`$import of code: ${path}`);
  }
}

/**
 * A file an `$import` leads to that is not to be read: missing (no `distrust`), or one trust.ts does not trust.
 * Said in no language: the start-up lookup of `lang` may load the named file first, and its answer is kept.
 */
export class ImportDistrusted extends Error {
  readonly code = 'SCM_CONFIG_IMPORT_DISTRUST';
  constructor(
    readonly path: string,
    /** The file whose `$import` names it. */
    readonly from: string,
    readonly distrust?: Distrust,
  ) {
    super(`$import of ${path} from ${from}`);
  }
}

/** A file with an extension no loader reads (scm.conf, scm.toml, X.CJS: cosmiconfig's lookup is exact). */
export class UnknownFormat extends Error {
  readonly code = 'SCM_CONFIG_FORMAT';
  readonly ext: string;
  constructor(readonly path: string) {
    super(`no loader for ${path}`);
    this.ext = extname(path);
  }
}

type Loader = (path: string, content: string) => unknown;

/**
 * Code runs only when it is the very file the user named, which named.ts has judged (owner, mode, folder)
 * before anything is loaded. cosmiconfig would follow an `$import` to any .js and run it: one nobody named and
 * nobody checked, pulled in by a data file that may itself be someone else's. So every other path is refused
 * before its loader runs, whoever owns it, at any depth.
 */
const onlyNamed = (named: string, load: Loader): Loader => (path, content) => {
  if (resolve(path) !== named) throw new CodeImported(path);
  return load(path, content);
};

const unknownFormat: Loader = (path) => {
  throw new UnknownFormat(path);
};

/** What a file says for scm: a package.json's "scm" key, any other file whole. */
const ownPart = (path: string, value: unknown): unknown =>
  basename(path) === 'package.json' ? (value as Record<string, unknown> | null | undefined)?.scm : value;

/**
 * cosmiconfig follows `$import` to any file, and reads it without the checks search.ts makes (owner, mode, the
 * folder): a trusted file could pull in one anyone may write, endpoint and credentials included. A file found
 * by searching is read alone, as data; only a file the user named with --config may import others.
 */
const withoutImports = (load: Loader): Loader => (path, content) => {
  const value = load(path, content);
  const own = ownPart(path, value);
  if (own !== null && typeof own === 'object' && '$import' in own) throw new ImportRefused(path);
  return value;
};

/**
 * cosmiconfig reads what `$import` names with no question asked: a named file of the user's own could pull in
 * one anyone may write, endpoint and credentials included. Each file imported (at any depth: cosmiconfig runs
 * this loader on every file it reads) is judged by trust.ts as the named file is, before cosmiconfig reads
 * it; code is left to onlyNamed, which refuses it whoever owns it. `uid` as checkFile takes it.
 */
const judgingImports = (uid: number | undefined, load: Loader): Loader => (path, content) => {
  const judge = (value: unknown): unknown => {
    const own = ownPart(path, value);
    if (own === null || typeof own !== 'object' || !('$import' in own)) return value;
    const imports = (own as { $import: unknown }).$import;
    for (const target of Array.isArray(imports) ? imports : [imports]) {
      if (typeof target !== 'string') continue; // cosmiconfig says what is wrong with it
      const full = resolve(dirname(path), target);
      if (isCode(full)) continue;
      const checked = checkFile(full, uid);
      if (!checked || checked.distrust) throw new ImportDistrusted(full, path, checked?.distrust);
    }
    return value;
  };
  const value = load(path, content);
  return value instanceof Promise ? value.then(judge) : judge(value); // code loaders answer with a promise
};

/**
 * `named`: the file the user named, the one file that may be code, and the user (`uid`) its imports are judged
 * for; without it, data alone and no `$import`.
 */
function explorer(searchPlaces: string[], named?: { path: string; uid: number | undefined }): Explorer {
  // The modules behind cosmiconfig's index, without the index (it also loads the synchronous explorer).
  const { defaultLoaders } = requireHere('cosmiconfig/dist/defaults.js') as Pick<typeof import('cosmiconfig'), 'defaultLoaders'>;
  const { Explorer } = requireHere('cosmiconfig/dist/Explorer.js') as { Explorer: ExplorerClass };
  const data: Loaders = { '.json': loadJson, '.yaml': defaultLoaders['.yaml'], '.yml': defaultLoaders['.yml'], noExt: defaultLoaders.noExt };
  const dataAlone: Loaders = Object.fromEntries(Object.entries(data).map(([ext, load]) => [ext, withoutImports(load as Loader)]));
  const code = (path: string): Loaders =>
    Object.fromEntries(Object.entries(defaultLoaders).flatMap(([ext, load]) => (ext in data ? [] : [[ext, onlyNamed(resolve(path), load as Loader)]])));
  const judged = (loaders: Loaders, uid: number | undefined): Loaders =>
    Object.fromEntries(Object.entries(loaders).map(([ext, load]) => [ext, judgingImports(uid, load as Loader)]));
  // The options cosmiconfig() would pass, minus anything read from process.cwd().
  return new Explorer({
    moduleName: 'scm',
    searchPlaces,
    loaders: named === undefined ? dataAlone : judged({ ...code(named.path), ...data, default: unknownFormat }, named.uid),
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
  return explorer(files.map((f) => basename(f))).search(dir);
}

/** One data file (the user file). */
export function loadData(path: string): Promise<CosmiconfigResult> {
  return explorer([]).load(path);
}

const named = new Map<string, Promise<CosmiconfigResult>>();

/**
 * The file the user named, code allowed for that file alone, what it imports judged for user `uid` (as
 * checkFile takes it). Loaded once per process and version of the file: the language is looked up in it before
 * the command reads its settings, and a JavaScript file runs only once.
 */
export function loadNamed(path: string, version: string, uid: number | undefined): Promise<CosmiconfigResult> {
  const key = `${path}\0${version}\0${uid}`;
  let loading = named.get(key);
  if (!loading) named.set(key, (loading = explorer([], { path, uid }).load(path)));
  return loading;
}
