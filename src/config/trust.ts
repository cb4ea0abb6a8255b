// Whether a config file could have been written by someone other than the user (or root): its owner, its
// mode, the folder it sits in, every symbolic link on the way to it with the folder each link sits in, and
// every folder above those up to /, the way OpenSSH judges its files. lstat/stat/readlink calls, no reads.
import { statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { otherMembers } from './group-members.js';
import { resolveLinks, statOf } from './links.js';
import { isWindows, systemUid } from './os.js';

export type Distrust =
  | { reason: 'not-a-file' }
  | { reason: 'too-large'; size: number }
  | { reason: 'owner'; uid: number }
  /** `link`: the link another user made (the path itself, or one further along the way). */
  | { reason: 'link-owner'; uid: number; link: string }
  | { reason: 'writable'; mode: number }
  /**
   * `link`: set when the folder is that of a link further along the way, not the file's own. `above`: the
   * folder is one further up (of the file's folder or of a link's), not the one it sits in.
   */
  | { reason: 'dir-owner'; dir: string; uid: number; link?: string; above?: true }
  | { reason: 'dir-writable'; dir: string; mode: number; link?: string; above?: true; group?: GroupWrite };

/**
 * A folder only its group may write to (others may not), and who else is in that group: `members` undefined
 * when /etc/group does not list it, so nobody can say who is.
 */
export interface GroupWrite {
  gid: number;
  name?: string;
  members?: string[];
}

export interface Checked {
  /** The file (every symbolic link followed). */
  stats: Stats;
  /** Its path with every link resolved: what read.ts opens, and checks is still this file. */
  real: string;
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

/**
 * Whether `path` is out of reach for lack of permission (a folder on the way the user may not search), where
 * checkFile says only "nothing there": a file named that way is said as unreadable, not as missing.
 */
export function deniedAt(path: string): boolean {
  try {
    statSync(path);
    return false;
  } catch (e) {
    return (e as { code?: unknown }).code === 'EACCES';
  }
}

const trustedOwner = (owner: number, uid: number): boolean => owner === uid || owner === 0;

function folderDistrust(dir: string, uid: number, shown = dir, link?: string, above = false): Distrust | undefined {
  const st = statOf(dir, true);
  if (!st) return undefined;
  const via = { ...(link === undefined ? {} : { link }), ...(above ? { above: true as const } : {}) };
  if (!trustedOwner(st.uid, uid)) return { reason: 'dir-owner', dir: shown, uid: st.uid, ...via };
  if ((st.mode & STICKY) !== 0) return undefined; // others may add files there, not rename or remove ours
  if ((st.mode & 0o002) !== 0) return { reason: 'dir-writable', dir: shown, mode: st.mode, ...via };
  // The group's other members are other users: safe only when there are none (a per-user group).
  if ((st.mode & 0o020) === 0) return undefined;
  const group = otherMembers(st.gid, uid);
  if (group && group.others.length === 0) return undefined;
  return { reason: 'dir-writable', dir: shown, mode: st.mode, ...via, group: { gid: st.gid, ...(group ? { name: group.name, members: group.others } : {}) } };
}

/**
 * The file at `path` and, when it is not to be trusted, why; undefined when there is no such file (a dangling
 * link included). `uid` undefined: only "is it a regular file" is checked.
 */
export function checkFile(path: string, uid: number | undefined): Checked | undefined {
  // stat first: the usual answer is "nothing there", and stat is the call start-up has already warmed
  // (src/boot.ts); the walk over the links, part by part, only for what exists.
  const full = resolve(path);
  let resolved: ReturnType<typeof resolveLinks>;
  let first: Stats | undefined;
  try {
    first = statOf(full, true);
    if (!first) return undefined;
    resolved = uid === undefined ? { real: full, stats: first, links: [] } : resolveLinks(full);
  } catch {
    return undefined; // ENOTDIR, ELOOP, EACCES on the way: nothing readable there
  }
  // The system reached something the walk cannot: /dev/stdin on a pipe ends at /proc/self/fd/0 -> `pipe:[123]`,
  // a name that is no path. Said as what it is (no regular file), not as "does not exist".
  if (!resolved) return first.isFile() ? undefined : { stats: first, real: full, distrust: { reason: 'not-a-file' } };
  const { real, stats, links } = resolved;
  const verdict = (distrust?: Distrust): Checked => (distrust ? { stats, real, distrust } : { stats, real });
  if (!stats.isFile()) return verdict({ reason: 'not-a-file' });
  if (stats.size > MAX_CONFIG_BYTES) return verdict({ reason: 'too-large', size: stats.size });
  if (uid === undefined) return verdict();
  for (const link of links) if (!trustedOwner(link.uid, uid)) return verdict({ reason: 'link-owner', uid: link.uid, link: link.named ? full : link.path });
  if (!trustedOwner(stats.uid, uid)) return verdict({ reason: 'owner', uid: stats.uid });
  if ((stats.mode & 0o022) !== 0) return verdict({ reason: 'writable', mode: stats.mode });
  // The folder of each link and of the file: whoever may write there may replace what is in it. The file's own
  // folder (of the path as named, or of the file the links end at) is said as "its folder".
  const reachedDirectly = !links.some((l) => l.named);
  const folders: Folder[] = links.map((l) => (l.named ? [l.dir, dirname(full)] : [l.dir, l.dir, l.path]));
  folders.push([dirname(real), reachedDirectly ? dirname(full) : dirname(real)]);
  return verdict(judgeFolders(folders, uid));
}

/**
 * Whether someone else could swap files written into the folder at `path` (scm export's --out): each link on
 * the way, the folder itself, the folder each link sits in, every folder above, judged as a config file's
 * are. A world-writable folder with the sticky bit (/tmp) is fine: others cannot rename or remove what is
 * ours in it. Undefined when all is well or nothing is there.
 */
export function checkFolder(path: string, uid: number): Distrust | undefined {
  const full = resolve(path);
  let resolved: ReturnType<typeof resolveLinks>;
  try {
    resolved = resolveLinks(full);
  } catch {
    return undefined; // out of reach: the write fails and says so
  }
  if (!resolved) return undefined;
  const { real, links } = resolved;
  for (const link of links) if (!trustedOwner(link.uid, uid)) return { reason: 'link-owner', uid: link.uid, link: link.path };
  const folders: Folder[] = links.map((l) => [l.dir, l.dir, l.path]);
  folders.push([real, links.length === 0 ? full : real]);
  return judgeFolders(folders, uid);
}

/** [the folder, every link resolved; as it is said; the link that sits in it, if any]. */
type Folder = [string, string, string?];

/**
 * The folders given, then every folder above them up to /: whoever may write in one may rename what is below
 * it away and put a folder of their own in its place, with any file in it, between these checks and the use
 * (Node's loader opens a named .js by its path; an export's files are read by path). Those above are said by
 * their real path.
 */
function judgeFolders(folders: readonly Folder[], uid: number): Distrust | undefined {
  for (const [dir, shown, link] of folders) {
    const distrust = folderDistrust(dir, uid, shown, link);
    if (distrust) return distrust;
  }
  const judged = new Set(folders.map(([dir]) => dir));
  for (const [dir] of folders) {
    for (let up = dirname(dir); !judged.has(up); up = dirname(up)) {
      judged.add(up);
      const distrust = folderDistrust(up, uid, up, undefined, true);
      if (distrust) return distrust;
    }
  }
  return undefined;
}
