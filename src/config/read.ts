// Reads a config file that trust.ts has judged, from one descriptor whose file is the very file judged. Between
// the checks and a read by path, someone who can change any folder or link on the way could put another file
// there; so the file's resolved path is opened without following a link at its end, and the descriptor's
// device and inode must be those judged, or nothing of it is used.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { MAX_CONFIG_BYTES, type Checked } from './trust.js';

/** The file judged is no longer the one at its path: a file or a link on the way was replaced meanwhile. */
export class ChangedUnderfoot extends Error {
  /** file.ts tells it by this (it does not load this module unless a file is read). */
  readonly code = 'SCM_CONFIG_CHANGED';
  constructor(readonly path: string) {
    super(`config file changed while read: ${path}`);
  }
}

export const sameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

// O_NONBLOCK: a FIFO put there meanwhile opens at once (and is refused) instead of hanging. Neither flag
// exists on Windows, where owners and modes are not judged either.
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export interface Judged {
  text: string;
  /** The descriptor's answer: the mode to judge "others can read the secret in it" by. */
  stats: Stats;
}

/** The text of the file at `path` as judged (`checked`); ChangedUnderfoot when it is another file now. */
export function readJudged(path: string, checked: Checked): Judged {
  let fd: number;
  try {
    fd = openSync(checked.real, FLAGS);
  } catch (e) {
    // Gone, or a link at its end now (ELOOP with O_NOFOLLOW): not the file judged. EACCES is said as such.
    if ((e as { code?: unknown }).code === 'EACCES') throw e;
    throw new ChangedUnderfoot(path);
  }
  try {
    const stats = fstatSync(fd);
    if (!sameFile(stats, checked.stats) || !stats.isFile()) throw new ChangedUnderfoot(path);
    // To the end, whatever the size said (the file may have grown since), and one byte more than allowed at
    // most: that byte tells a file grown past the bound since it was judged.
    let buf = Buffer.alloc(Math.min(stats.size, MAX_CONFIG_BYTES) + 1);
    let got = 0;
    for (;;) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got > MAX_CONFIG_BYTES) throw new ChangedUnderfoot(path);
      if (got === buf.length) buf = Buffer.concat([buf, Buffer.alloc(Math.min(buf.length, MAX_CONFIG_BYTES + 1 - buf.length))]);
    }
    return { text: buf.toString('utf8', 0, got), stats };
  } finally {
    closeSync(fd);
  }
}
