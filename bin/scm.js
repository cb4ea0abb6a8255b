#!/usr/bin/env node
// @ts-check
// The loader of the compiled CLI (dist/, CommonJS), in this one file: a second file to require costs ~1 ms of
// every start. It runs dist/ with V8's code cache. Parsing and compiling is most of what `scm explain` costs
// over a bare `node -e 0`; `npm run build` runs the common commands once and stores the compiled code next
// to each file (dist/cli.js.cache), so later runs skip that work. A cache that does not fit (another Node
// version or flags, a file changed since) is ignored: V8 checks its version, flags and the source length, we
// check the modification times. Cached data is compiled code V8 runs as it is, whatever the source says: a
// cache someone else could have written is never read (see trustedCache).
//
// Each dist/ file is a pack (scripts/build.mjs): it defines the modules a command needs as factories, and a
// module runs the first time it is required, as CommonJS would run it.
'use strict';
const { closeSync, fstatSync, openSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { Script } = require('node:vm');

/**
 * @typedef {{ exports: unknown }} Loaded
 * @typedef {(exports: unknown, require: unknown, module: Loaded, filename: string, dirname: string, scmImport: (specifier: string) => Promise<unknown>) => void} Factory
 */

/**
 * Code compiled here cannot call import() itself on Node 20 (the callback is lost with a cached script, and a
 * custom one needs --experimental-vm-modules), so scripts/build.mjs turns a package's `import("ora")` into
 * `__scmImport("ora")`, which imports from here: packages resolve from bin/ as from dist/.
 * @param {string} specifier
 * @returns {Promise<unknown>}
 */
const scmImport = (specifier) => import(specifier);

/** @type {Map<string, Loaded>} */
const modules = new Map();
/** @type {Map<string, Factory>} */
const factories = new Map();
/**
 * Packs compiled in this process by file, kept only while a cache is being recorded.
 * @type {Map<string, Script> | undefined}
 */
let recording;

/**
 * The one buffer every pack and cache is read into. On the VMs scm runs on, a page of memory touched for the
 * first time costs ~13 us (a fault), and readFileSync gives each file fresh memory, kept until a garbage
 * collection: `scm upload --dry-run` read 1 MB that way. Here only the pages of the largest file are touched,
 * once (a page asked for but never written costs nothing). The source is copied out as a string, and V8 is
 * done with cached data when the Script is compiled, so the next read may overwrite both.
 */
let scratch = Buffer.allocUnsafeSlow(0);

/**
 * The bytes of an open file, in `scratch`: valid until the next read.
 * @param {number} fd
 * @param {number} size
 */
function readAll(fd, size) {
  if (scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, 512 * 1024));
  let done = 0;
  for (let n = -1; done < size && n !== 0; done += n) n = readSync(fd, scratch, done, size - done, done);
  return scratch.subarray(0, done);
}

/** The user's id; undefined where files have no owners or modes to judge (Windows). */
const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
const STICKY = 0o1000;
/** Each folder's verdict, judged once per run (every pack of a folder asks). @type {Map<string, boolean>} */
const folders = new Map();

/**
 * Whether a cache (already open, `stats` from its descriptor: the very file read) could have been written only by
 * the user, root, or the owner of the pack it belongs to (who may change the pack itself anyway). A cache is code:
 * one planted by another user would run as the user. Anything else is passed over silently: the pack is compiled
 * from its source instead, as when there is no cache.
 * @param {import('node:fs').Stats} stats
 * @param {number} packOwner
 * @param {string} dir
 */
function trustedCache(stats, packOwner, dir) {
  if (uid === undefined) return true;
  const trusted = (/** @type {number} */ owner) => owner === uid || owner === 0 || owner === packOwner;
  if (!stats.isFile() || !trusted(stats.uid) || (stats.mode & 0o022) !== 0) return false;
  let ok = folders.get(dir);
  if (ok === undefined) {
    // Whoever may write to the folder may put a file of theirs there by the cache's name (with the sticky bit,
    // only add one, which is not ours and is refused above).
    const d = statSync(dir);
    ok = trusted(d.uid) && ((d.mode & 0o022) === 0 || (d.mode & STICKY) !== 0);
    folders.set(dir, ok);
  }
  return ok;
}

/**
 * The code cache of `file` when it is not older than the file (modified `mtimeMs`) and no one else could have
 * written it, in `scratch`.
 * @param {string} file
 * @param {import('node:fs').Stats} pack
 */
function cachedData(file, pack) {
  if (recording) return undefined;
  let fd;
  try {
    fd = openSync(`${file}.cache`, 'r');
    const stats = fstatSync(fd);
    return stats.mtimeMs < pack.mtimeMs || !trustedCache(stats, pack.uid, dirname(file)) ? undefined : readAll(fd, stats.size);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A pack compiled, with its code cache when there is one that fits. The build writes only ASCII (latin1 reads
 * it as it is) and the wrapper function itself, so the source is not copied to add one.
 * @param {string} file
 */
function compilePack(file) {
  const fd = openSync(file, 'r');
  let source, stats;
  try {
    stats = fstatSync(fd);
    source = readAll(fd, stats.size).toString('latin1');
  } finally {
    closeSync(fd);
  }
  const data = cachedData(file, stats);
  return new Script(source, { filename: file, ...(data ? { cachedData: data } : {}) });
}

/**
 * `./x.js` next to `here` without path.resolve, which costs ~1 ms over the few hundred names of a run.
 * @param {string} here
 * @param {string} id
 */
const beside = (here, id) => (id.startsWith('./') ? `${here}/${id.slice(2)}` : resolve(here, id));

/**
 * Reads and runs one pack: its modules become known, none runs yet.
 * @param {string} file
 */
function readPack(file) {
  const script = recording?.get(file) ?? compilePack(file);
  recording?.set(file, script);
  const here = dirname(file);
  /** A module two packs hold runs from the first pack read. @param {string} name @param {Factory} factory */
  const define = (name, factory) => {
    const path = beside(here, name);
    if (!factories.has(path)) factories.set(path, factory);
  };
  script.runInThisContext()(define);
}

/**
 * require() for dist files: relative paths load through here, anything else through Node.
 * @param {string} file
 * @returns {unknown}
 */
function load(file) {
  const known = modules.get(file);
  if (known) return known.exports;
  if (!factories.has(file)) readPack(file);
  const factory = factories.get(file);
  if (!factory) throw new Error(`${file}: not in the pack of that name (rebuild with npm run build)`);
  /** @type {Loaded} */
  const module = { exports: {} };
  modules.set(file, module);
  const here = dirname(file);
  // Builtins and packages: this file's own require (createRequire would load node:module, ~1 ms).
  /** @param {string} id */
  const distRequire = (id) => (id.startsWith('.') ? load(beside(here, id)) : require(id));
  factory.call(module.exports, module.exports, Object.assign(distRequire, { resolve: require.resolve, cache: require.cache, main: require.main }), module, file, here, scmImport);
  return module.exports;
}

/**
 * Writes a pack's cache whole or not at all: a file of its own first, renamed into place, so a run starting
 * meanwhile reads the old cache or the new one, never part of one. never more than 0644 (the umask may take more away): the cache is part of
 * the package, read by every user who runs it (as the pack is), written by no one else (see trustedCache).
 * @param {string} file
 * @param {Buffer} data
 */
function writeCache(file, data) {
  const temp = `${file}.cache.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data, { mode: 0o644, flag: 'wx' });
    renameSync(temp, `${file}.cache`);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // never made
    }
    throw e;
  }
}

/**
 * For scripts/build.mjs: runs `entry` once per item of `runs`, each time with no module loaded yet, then writes
 * every pack's cache. A module two packs hold runs from the first pack read; were the modules kept between
 * runs, `scm check` would find its pack's copy of what `scm validate` loaded first never compiled, not cached.
 * @template T
 * @param {string} entry
 * @param {readonly T[]} runs
 * @param {(exports: any, run: T) => Promise<void>} exercise
 * @returns {Promise<string[]>}
 */
async function recordCodeCache(entry, runs, exercise) {
  recording = new Map();
  try {
    for (const run of runs) {
      modules.clear();
      factories.clear();
      await exercise(load(entry), run);
    }
    for (const [file, script] of recording) writeCache(file, script.createCachedData());
    return [...recording.keys()];
  } finally {
    recording = undefined;
    modules.clear();
    factories.clear();
  }
}

module.exports = { load, recordCodeCache };
if (require.main === module) /** @type {{ run(): void }} */ (load(join(__dirname, '../dist/cli.js'))).run();
