// Whether a config file could have been written by someone other than the user (or root): its owner, its
// mode, and the folder it sits in, the way OpenSSH and git judge theirs. A few lstat/stat calls, no reads.
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { isWindows, systemUid } from './os.js';

export type Distrust =
  | { reason: 'not-a-file' }
  | { reason: 'too-large'; size: number }
  | { reason: 'owner'; uid: number }
  | { reason: 'link-owner'; uid: number }
  | { reason: 'writable'; mode: number }
  | { reason: 'dir-owner'; dir: string; uid: number }
  | { reason: 'dir-writable'; dir: string; mode: number };

export interface Checked {
  /** The file (a symbolic link followed). */
  stats: Stats;
  distrust?: Distrust;
}

const STICKY = 0o1000;

/**
 * The largest config file read. A few settings fit in a few hundred bytes; without a bound a file found by
 * searching (a repository's 200 MB `.scmrc`) would be read whole into memory before anything is said.
 * package.json, whose "scm" key counts, gets the same bound.
 */
export const MAX_CONFIG_BYTES = 1 << 20;

/** Which version of a file this is, to load it once per process and version. */
export const fileVersion = (s: Stats): string => `${s.ino}:${s.mtimeMs}:${s.size}`;

/** Permission bits as people write them: 644, 1777. */
export const octal = (mode: number): string => (mode & 0o7777).toString(8).padStart(3, '0');

/**
 * The current user's id: as src/cli.ts passes it, else the system's answer (so a caller that forgets it still
 * gets the checks); none where modes and owners mean nothing (Windows).
 */
export function currentUid(uid: number | undefined): number | undefined {
  // cli.ts passes process.getuid(), which Windows lacks: a given id means a system with owners.
  if (uid !== undefined) return uid;
  if (isWindows()) return undefined;
  try {
    return systemUid();
  } catch {
    return -1; // no passwd entry: only root's files are trusted
  }
}

const trustedOwner = (owner: number, uid: number): boolean => owner === uid || owner === 0;

function statOf(path: string, follow: boolean): Stats | undefined {
  return (follow ? statSync : lstatSync)(path, { throwIfNoEntry: false });
}

function folderDistrust(dir: string, uid: number): Distrust | undefined {
  const st = statOf(dir, true);
  if (!st) return undefined;
  if (!trustedOwner(st.uid, uid)) return { reason: 'dir-owner', dir, uid: st.uid };
  if ((st.mode & 0o002) !== 0 && (st.mode & STICKY) === 0) return { reason: 'dir-writable', dir, mode: st.mode };
  return undefined;
}

/**
 * The file at `path` and, when it is not to be trusted, why; undefined when there is no such file (a dangling
 * link included). `uid` undefined: only "is it a regular file" is checked.
 */
export function checkFile(path: string, uid: number | undefined): Checked | undefined {
  // stat first: the usual answer is "nothing there", and stat is the call start-up has already warmed
  // (src/boot.ts); lstat, to tell a link, only for what exists.
  let stats: Stats | undefined;
  let link: Stats | undefined;
  try {
    stats = statOf(path, true);
    if (!stats) return undefined;
    link = statOf(path, false) ?? stats;
  } catch {
    return undefined; // ENOTDIR, EACCES on the way: nothing readable there
  }
  const verdict = (distrust?: Distrust): Checked => (distrust ? { stats, distrust } : { stats });
  if (!stats.isFile()) return verdict({ reason: 'not-a-file' });
  if (stats.size > MAX_CONFIG_BYTES) return verdict({ reason: 'too-large', size: stats.size });
  if (uid === undefined) return verdict();
  if (link.isSymbolicLink() && !trustedOwner(link.uid, uid)) return verdict({ reason: 'link-owner', uid: link.uid });
  if (!trustedOwner(stats.uid, uid)) return verdict({ reason: 'owner', uid: stats.uid });
  if ((stats.mode & 0o022) !== 0) return verdict({ reason: 'writable', mode: stats.mode });
  const folders = [dirname(path)];
  if (link.isSymbolicLink()) {
    try {
      folders.push(dirname(realpathSync(path)));
    } catch {
      return undefined;
    }
  }
  for (const dir of folders) {
    const distrust = folderDistrust(dir, uid);
    if (distrust) return verdict(distrust);
  }
  return verdict();
}
