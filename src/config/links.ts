// A path with every symbolic link on it resolved part by part, as the system resolves it, and each link met on
// the way: what trust.ts judges (each link's owner and folder) before a config file is read or an export's
// files are written. lstat/readlink calls, no reads.
import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** Links followed on the way to one file before giving up, as Linux's MAXSYMLINKS. */
export const MAX_LINKS = 40;

export function statOf(path: string, follow: boolean): Stats | undefined {
  return (follow ? statSync : lstatSync)(path, { throwIfNoEntry: false });
}

export interface Link {
  /** Where the link is (its folder resolved). */
  path: string;
  uid: number;
  /** The folder it sits in, every link resolved. */
  dir: string;
  /** It is the path's own last part (the file as named or found), not a link further on. */
  named: boolean;
}

/**
 * The path with every symbolic link resolved, part by part as the system resolves it (a relative target from
 * the folder of the link that holds it), and each link met on the way, a link to a folder included. Judging
 * the first link and the end alone would let another user's link halfway along (proj/.scmrc -> /tmp/att/lj ->
 * a file of root's) pass: they could repoint it at any moment. Undefined when nothing is there, a part is no
 * folder, or there is a loop or more than MAX_LINKS links; throws what lstat throws (EACCES).
 */
export function resolveLinks(path: string): { real: string; stats: Stats; links: Link[] } | undefined {
  const links: Link[] = [];
  const parts = path.split(sep).filter(Boolean);
  const todo = parts.map((name, i) => ({ name, named: i === parts.length - 1 })).reverse();
  let at: string = sep;
  let stats: Stats | undefined;
  while (todo.length > 0) {
    const { name, named } = todo.pop()!;
    if (name === '.') continue;
    if (name === '..') {
      at = dirname(at);
      continue;
    }
    const next = join(at, name);
    const st = statOf(next, false);
    if (!st) return undefined;
    if (st.isSymbolicLink()) {
      if (links.length >= MAX_LINKS) return undefined;
      links.push({ path: next, uid: st.uid, dir: at, named });
      const target = readlinkSync(next);
      if (target.startsWith(sep)) at = sep;
      todo.push(...target.split(sep).filter(Boolean).map((part) => ({ name: part, named: false })).reverse());
      continue;
    }
    if (todo.length > 0 && !st.isDirectory()) return undefined;
    at = next;
    stats = st;
  }
  return stats ? { real: at, stats, links } : undefined;
}
