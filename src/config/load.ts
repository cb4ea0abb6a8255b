// Reads config files once search.ts has found them and trust.ts has judged them. Found files (and the user
// file) are data only (JSON and YAML), and may not `$import` another file at all (it would be read unjudged); a
// file the user named may `$import` (the user chose it), and may itself be code (JavaScript, TypeScript),
// judged by named.ts before it runs. Nothing it imports, at any depth, is run, and nothing it imports is read
// before trust.ts has judged it.
//
// Every data file is read from the descriptor read.ts checks is the file judged, and that text is what is
// parsed: cosmiconfig's Explorer would open the path again, and whatever is there by then (a link repointed, a
// folder renamed) would be read unjudged. So the Explorer is not used; its parsers and its merge of `$import`
// are (cosmiconfig() itself never was: it reads "meta config" from process.cwd()). Doing the `$import`s here
// also says which file each key came from, and a loop of imports as such. Loaded with require (a CommonJS
// package): import() would start Node's ESM loader, ~10 ms more.
import { createRequire } from 'node:module';
import { basename, dirname, extname, resolve } from 'node:path';
import { jsonDuplicateKey } from './locate.js';
import { isCode } from './places.js';
import { ChangedUnderfoot, readJudged, sameFile } from './read.js';
import { CircularImport, CodeImported, DuplicateKey, ImportDistrusted, ImportNotName, ImportRefused, UnknownFormat } from './load-errors.js';
import { checkFile, deniedAt, fileVersion, type Checked } from './trust.js';

type Loader = (path: string, content: string) => unknown;
interface Loaders {
  loadYaml: Loader;
}

const requireHere = createRequire(import.meta.url);
const loaders = (): Loaders => requireHere('cosmiconfig/dist/loaders.js') as Loaders;
const mergeAll = (objects: unknown[]): Record<string, unknown> =>
  (requireHere('cosmiconfig/dist/merge.js') as { mergeAll(o: unknown[], opts: { mergeArrays: boolean }): Record<string, unknown> }).mergeAll(objects, { mergeArrays: true });

/**
 * JSON without parse-json, cosmiconfig's JSON loader: it loads @babel/code-frame and four more packages (~7 ms)
 * to quote the file around an error, which scm never prints (a config file may hold a secret; locate.ts
 * finds the line itself). A byte-order mark is allowed, as editors on Windows write one.
 */
const loadJson: Loader = (path, content) => {
  const value = JSON.parse(content.replace(/^\ufeff/, '')) as unknown;
  // A package.json is npm's file (npm keeps the last of two keys); scm's own files say one thing once.
  const twice = basename(path) === 'package.json' ? undefined : jsonDuplicateKey(content);
  if (twice) throw new DuplicateKey(path, twice.key, twice.offset);
  return value;
};

/** One file read for a config: its mode (from the descriptor read) and its own top-level keys. */
export interface FileRead {
  path: string;
  mode: number;
  keys: string[];
}

export interface Loaded {
  path: string;
  /** What the file says for scm, what it imports merged in (its own keys win, then the later import). */
  config: unknown;
  /** Each top-level key of `config`, and the file its value came from. */
  origins: Record<string, string>;
  /** Every file read for it: the file itself and, at any depth, what it imports. */
  files: FileRead[];
}

const CODE_EXTS = new Set(['.js', '.cjs', '.mjs', '.ts']);

function dataLoader(path: string): Loader {
  const ext = extname(path);
  if (ext === '.json') return loadJson;
  if (ext === '.yaml' || ext === '.yml' || ext === '') return loaders().loadYaml;
  throw new UnknownFormat(path);
}

/**
 * file.ts names the file that does not parse, and finds where it breaks in the text that was parsed (never
 * printed: it may hold a secret).
 */
function tagged(e: unknown, path: string, text?: string): unknown {
  if (e === null || typeof e !== 'object') return e;
  (e as { filepath?: string }).filepath ??= path;
  if (text !== undefined) Object.defineProperty(e, 'configText', { value: text, configurable: true });
  return e;
}

function parse(path: string, text: string, load: Loader): unknown {
  if (text.trim() === '') return undefined;
  try {
    return load(path, text);
  } catch (e) {
    throw tagged(e, path, text);
  }
}

/** What a file says for scm: a package.json's "scm" key, any other file whole; undefined for nothing. */
function ownPart(path: string, value: unknown): unknown {
  const own = basename(path) === 'package.json' ? (value as Record<string, unknown> | null | undefined)?.scm : value;
  return own === null ? undefined : own;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const keysOf = (v: unknown): string[] => (isObject(v) ? Object.keys(v) : []);
const originsIn = (v: unknown, path: string): Record<string, string> => Object.fromEntries(keysOf(v).map((k) => [k, path]));

/** A data file found by searching, or the user file: read alone, as judged (`checked`); undefined when empty. */
export function loadData(path: string, checked: Checked): Loaded | undefined {
  const { text, stats } = readJudged(path, checked);
  const own = ownPart(path, parse(path, text, dataLoader(path)));
  if (own === undefined) return undefined;
  if (own !== null && typeof own === 'object' && '$import' in own) throw new ImportRefused(path);
  return { path, config: own, origins: originsIn(own, path), files: [{ path, mode: stats.mode, keys: keysOf(own) }] };
}

/** The first non-empty of a directory's trusted data files (in cosmiconfig's order). */
export function searchData(files: ReadonlyArray<{ path: string; checked: Checked }>): Loaded | undefined {
  for (const { path, checked } of files) {
    const found = loadData(path, checked);
    if (found) return found;
  }
  return undefined;
}

/**
 * Code must be loaded by its path (Node's module loader opens it), so it cannot be handed the descriptor that
 * was judged. The real defence is trust.ts: no link on the way is another user's and no folder that holds one,
 * or the file, or any folder above those, is theirs or open to all, so no one else can put another file there.
 * The path resolved then is loaded, not the links again; and after loading, the links are walked again: when
 * they now end at another file (or one no longer trusted), the settings are not used. TypeScript is compiled
 * from the text read from the descriptor (load-ts.ts).
 */
async function runCode(path: string, checked: Checked, uid: number | undefined): Promise<unknown> {
  const { loadJs } = await import('./load-js.js');
  let value: unknown;
  try {
    value = extname(path) === '.ts' ? await (await import('./load-ts.js')).loadTs(checked.real, readJudged(path, checked).text, loadJs, uid) : await loadJs(checked.real);
  } catch (e) {
    throw tagged(e, path);
  }
  const now = checkFile(path, uid);
  if (!now || now.distrust || now.real !== checked.real || !sameFile(now.stats, checked.stats)) throw new ChangedUnderfoot(path);
  return value;
}

interface Walk {
  uid: number | undefined;
  files: FileRead[];
}

/** A file the named one leads to (or the named one): read, and what it imports merged in; undefined for nothing. */
async function readTree(path: string, checked: Checked, stack: string[], walk: Walk): Promise<Omit<Loaded, 'path' | 'files'> | undefined> {
  let value: unknown;
  let mode: number;
  if (CODE_EXTS.has(extname(path))) {
    value = await runCode(path, checked, walk.uid); // only ever the named file: imports of code are refused below
    mode = checked.stats.mode;
  } else {
    const { text, stats } = readJudged(path, checked);
    value = parse(path, text, dataLoader(path));
    mode = stats.mode;
  }
  const own = ownPart(path, value);
  if (own === undefined) return undefined;
  if (!isObject(own) || !Object.prototype.hasOwnProperty.call(own, '$import')) {
    walk.files.push({ path, mode, keys: keysOf(own) });
    return { config: own, origins: originsIn(own, path) };
  }
  const { $import: imports, ...rest } = own;
  walk.files.push({ path, mode, keys: Object.keys(rest) });
  const here = [...stack, path];
  const parts: unknown[] = [];
  const origins: Record<string, string> = {};
  for (const target of Array.isArray(imports) ? imports : [imports]) {
    if (typeof target !== 'string' || target === '') throw new ImportNotName(path);
    const full = resolve(dirname(path), target);
    if (here.includes(full)) throw new CircularImport([...here, full]);
    if (isCode(full) && CODE_EXTS.has(extname(full))) throw new CodeImported(full);
    const judged = checkFile(full, walk.uid);
    if (!judged || judged.distrust) throw new ImportDistrusted(full, path, judged?.distrust, !judged && deniedAt(full));
    const sub = await readTree(full, judged, here, walk);
    parts.push(sub?.config ?? {});
    Object.assign(origins, sub?.origins);
  }
  return { config: mergeAll([...parts, rest]), origins: { ...origins, ...originsIn(rest, path) } };
}

const named = new Map<string, Promise<Loaded | undefined>>();

/**
 * The file the user named, as judged (`checked`), code allowed for that file alone, what it imports judged for
 * user `uid` (as checkFile takes it). Loaded once per process and version of the file: the language is looked
 * up in it before the command reads its settings, and a JavaScript file runs only once.
 */
export function loadNamed(path: string, checked: Checked, uid: number | undefined): Promise<Loaded | undefined> {
  const key = `${path}\0${checked.real}\0${fileVersion(checked.stats)}\0${uid}`;
  let loading = named.get(key);
  if (!loading) {
    const walk: Walk = { uid, files: [] };
    loading = readTree(path, checked, [], walk).then((tree) => (tree ? { path, ...tree, files: walk.files } : undefined));
    named.set(key, loading);
  }
  return loading;
}
