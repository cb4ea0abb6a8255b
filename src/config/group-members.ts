// Who, besides the user (and root, who may write anywhere), belongs to a group: the judgement of a folder its
// group may write to (trust.ts). Such a folder is safe only when no one else is in the group, as with the
// per-user groups Debian and Fedora give each user (umask 002 makes folders 775 there); a shared group
// (staff, www-data, a team's) lets its other members swap what is in the folder. Members are those listed in
// /etc/group and those whose passwd entry has the group as primary one (Debian's OpenSSH judges
// group-writable files the same way). Read only when such a folder is met, once per process.
import { readFileSync } from 'node:fs';
import { platformName } from './os.js';

/** The two files, as text (a parameter so tests can give their own). */
export interface GroupFiles {
  passwd: string;
  group: string;
}

const text = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // no file to tell members by: nobody can be shown to be alone in a group
  }
};

/**
 * The files as this system has them. macOS keeps its users and their groups in Directory Services: its
 * /etc/group lists `staff` and `admin` with root alone, though every user is in staff and every admin in
 * admin, and its /etc/passwd has no real user. There nothing can be told from the files (every group is
 * "not listed"), so a folder its group may write to is not trusted.
 */
export function systemGroupFiles(platform: string = platformName()): GroupFiles {
  if (platform === 'darwin') return { passwd: '', group: '' };
  return { passwd: text('/etc/passwd'), group: text('/etc/group') };
}

let cached: GroupFiles | undefined;

const entries = (text: string): string[][] =>
  text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => line.split(':'));

/**
 * The group's name and its members other than the user `uid` and root; undefined when the group is not in
 * /etc/group (a group the file does not list, or no file: who is in it cannot be told).
 */
export function otherMembers(gid: number, uid: number, files: GroupFiles = (cached ??= systemGroupFiles())): { name: string; others: string[] } | undefined {
  const entry = entries(files.group).find((g) => Number(g[2]) === gid && g[2]?.trim() !== '');
  if (!entry) return undefined;
  const uidOf = new Map<string, number>();
  const others = new Set<string>();
  for (const [name, , u, g] of entries(files.passwd)) {
    if (name === undefined || u === undefined) continue;
    uidOf.set(name, Number(u));
    if (Number(g) === gid && g?.trim() !== '' && Number(u) !== uid && Number(u) !== 0) others.add(name);
  }
  for (const name of (entry[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean)) {
    const u = uidOf.get(name);
    if (u !== uid && u !== 0) others.add(name); // a name without a passwd entry is someone else
  }
  return { name: entry[0] ?? String(gid), others: [...others] };
}
