// Where the config files are, found with stat calls only (nothing is parsed here, and cosmiconfig is not
// loaded): the file named by --config / SCM_CONFIG, or the project files from the working directory up to
// $HOME (only the working directory itself when it lies outside $HOME); then the user file. Each file found
// is judged (trust.ts) before anything reads it; code and untrusted files are recorded as ignored, with why.
import { realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { homeOf, userConfigDir } from './homes.js';
import { CODE_PLACES, DATA_PLACES, DOT_CONFIG_PLACES, isCode, USER_FILE_NAMES } from './places.js';
import { readJudged } from './read.js';
import { checkFile, currentUid, deniedAt, type Checked, type Distrust } from './trust.js';

type Env = Record<string, string | undefined>;

export type IgnoredWhy = Distrust | { reason: 'code' } | { reason: 'dot-config' };
export interface Ignored {
  path: string;
  why: IgnoredWhy;
}

/** The file the user named, and how (the flag wins over the variable). */
export interface Named {
  path: string;
  by: '--config' | 'SCM_CONFIG';
  /** Named as `-`: standard input, which scm never reads for settings (file.ts refuses it; nothing is looked at). */
  stdin?: true;
}

export interface DirFinding {
  dir: string;
  /** The home folder itself, where a clone cannot put a file (credential-rules.ts). */
  home: boolean;
  /** Trusted data files here, in cosmiconfig's order (package.json only when it has an "scm" key), as judged. */
  data: Array<{ path: string; checked: Checked }>;
  ignored: Ignored[];
}

export interface Located {
  /** `denied`: not there to judge because a folder on the way may not be searched (EACCES). */
  named?: Named & { checked?: Checked; denied?: true };
  /** Directories where the search found something, nearest first (none when a file is named). */
  dirs: DirFinding[];
  user?: string;
  /** The user file as judged: read.ts reads that very file. */
  userChecked?: Checked;
  userIgnored?: Ignored;
  /** The user file, writable by any user: refused outright. */
  userRefused?: { path: string; mode: number };
}

export interface Where {
  cwd: string;
  env: Env;
  /** The current user's id (undefined on Windows). */
  uid?: number | undefined;
  /** --config FILE as given on the command line. */
  config?: string | undefined;
}

/** --config FILE, else SCM_CONFIG; relative to the working directory. */
export function namedFile(cwd: string, env: Env, flag: string | undefined): Named | undefined {
  const fromFlag = flag?.trim();
  const fromEnv = env.SCM_CONFIG?.trim();
  const [given, by] = fromFlag ? [fromFlag, '--config' as const] : fromEnv ? [fromEnv, 'SCM_CONFIG' as const] : [];
  if (!given || !by) return undefined;
  // `-` is standard input elsewhere (validate -): never the file ./- by surprise, and never read for settings.
  return { path: resolve(cwd, given), by, ...(given === '-' ? { stdin: true as const } : {}) };
}

const inside = (dir: string, top: string): boolean => dir === top || dir.startsWith(top.endsWith(sep) ? top : top + sep);

/** The working directory and its parents up to $HOME; outside $HOME, the working directory alone. */
export function searchDirs(cwd: string, home: string | undefined): string[] {
  const start = resolve(cwd);
  if (!home) return [start];
  let top = resolve(home);
  if (!inside(start, top)) {
    try {
      top = realpathSync(top); // $HOME may be a link to where the working directory really is
    } catch {
      return [start];
    }
    if (!inside(start, top)) return [start];
  }
  const dirs: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === top || dirname(dir) === dir) return dirs;
  }
}

/** `dir` is the home folder itself (by its path, or by where $HOME's links lead, as searchDirs takes it). */
function isHomeDir(dir: string, home: string | undefined): boolean {
  if (!home) return false;
  if (dir === resolve(home)) return true;
  try {
    return dir === realpathSync(home);
  } catch {
    return false;
  }
}

/**
 * A package.json counts only when it has an "scm" key (cosmiconfig's rule); one that does not parse is skipped.
 * It is read as judged (read.ts), even one that is only to be reported as ignored: that one lies where someone
 * else may write, and read again by its path it could be another file by now (a FIFO that never answers, a
 * link to /dev/zero that never ends).
 */
function hasScmKey(path: string, checked: Checked): boolean {
  if (checked.distrust?.reason === 'not-a-file' || checked.distrust?.reason === 'too-large') return false;
  try {
    // A UTF-8 BOM (Windows editors write one) is not part of the JSON, as npm and load.ts read it.
    const doc = JSON.parse(readJudged(path, checked).text.replace(/^\ufeff/, '')) as unknown;
    return typeof doc === 'object' && doc !== null && Object.prototype.hasOwnProperty.call(doc, 'scm');
  } catch {
    return false;
  }
}

/** `notes`: also look for the code files and .config/ files that are reported as ignored (not needed for `lang`). */
function scanDir(dir: string, uid: number | undefined, notes: boolean, home: boolean): DirFinding {
  const found: DirFinding = { dir, home, data: [], ignored: [] };
  for (const name of DATA_PLACES) {
    const path = join(dir, name);
    const checked = checkFile(path, uid);
    if (!checked) continue;
    if (name === 'package.json' && !hasScmKey(path, checked)) continue;
    if (checked.distrust) found.ignored.push({ path, why: checked.distrust });
    else found.data.push({ path, checked });
  }
  if (!notes) return found;
  for (const name of CODE_PLACES) {
    const path = join(dir, name);
    const checked = checkFile(path, uid);
    if (checked) found.ignored.push({ path, why: checked.distrust ?? { reason: 'code' } });
  }
  const dotConfig = join(dir, '.config');
  if (statSync(dotConfig, { throwIfNoEntry: false })?.isDirectory()) {
    for (const name of DOT_CONFIG_PLACES) {
      const path = join(dotConfig, name);
      const checked = checkFile(path, uid);
      if (checked) found.ignored.push({ path, why: checked.distrust ?? (isCode(path) ? { reason: 'code' } : { reason: 'dot-config' }) });
    }
  }
  return found;
}

/** The user file: the first of config.json, config.yaml, config.yml that may be trusted. */
function userFile(env: Env, uid: number | undefined): Pick<Located, 'user' | 'userChecked' | 'userIgnored' | 'userRefused'> {
  const dir = userConfigDir(env);
  if (!dir) return {};
  let userIgnored: Ignored | undefined;
  for (const name of USER_FILE_NAMES) {
    const path = join(dir, name);
    const checked = checkFile(path, uid);
    if (!checked) continue;
    const why = checked.distrust;
    if (why?.reason === 'writable' && (why.mode & 0o002) !== 0) return { userRefused: { path, mode: why.mode } };
    if (!why) return { user: path, userChecked: checked, ...(userIgnored ? { userIgnored } : {}) };
    userIgnored ??= { path, why };
  }
  return userIgnored ? { userIgnored } : {};
}

/**
 * Every config file that matters here, judged; a handful of stat calls when there is none. `notes: false`
 * skips the files that could only be reported as ignored (code, .config/), for the start-up lookup of `lang`.
 */
export function locate(where: Where, { notes = true }: { notes?: boolean } = {}): Located {
  const uid = currentUid(where.uid);
  const named = namedFile(where.cwd, where.env, where.config);
  const user = userFile(where.env, uid);
  if (named?.stdin) return { named, dirs: [], ...user };
  if (named) {
    const checked = checkFile(named.path, uid);
    return { named: { ...named, ...(checked ? { checked } : deniedAt(named.path) ? { denied: true as const } : {}) }, dirs: [], ...user };
  }
  const home = homeOf(where.env);
  const dirs = searchDirs(where.cwd, home)
    .map((dir) => scanDir(dir, uid, notes, isHomeDir(dir, home)))
    .filter((d) => d.data.length > 0 || d.ignored.length > 0);
  return { dirs, ...user };
}
