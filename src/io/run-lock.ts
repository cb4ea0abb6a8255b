// One run at a time per certificate on this machine: two runs of `scm upload --if-changed` (a renewal hook and a
// cron job) or of `scm rotate` for the same certificate would both look, both find nothing, and both import it or
// push it (each WAF/ELB push makes another copy). The second waits for the first, then looks and finds its work.
// The lock is a file made whole and then linked into place (link() fails if one is there: never half-written),
// in a folder of the user's own that no one else can write (else another user could remove or plant it); a lock
// whose process is gone (kill -9, a reboot) is taken over, by renaming that very file aside first.
import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { InterruptedError } from '../errors.js';

interface Holder {
  pid: number;
  host: string;
  /** The process's start (Linux: /proc/PID/stat's 22nd field), so a pid used again is not taken for the holder. */
  start?: string;
}

export interface RunLock {
  release(): void;
}

/** Why no lock guards this run: the folder (or a level of it) cannot be trusted or used. */
export interface Unguarded {
  path: string;
  reason: 'not-yours' | 'others-write' | 'not-folder' | 'failed';
  error?: NodeJS.ErrnoException;
}

export type LockResult = { lock: RunLock } | { unguarded: Unguarded };

export interface LockOptions {
  /** The folder of the locks (made if missing, from `home` down). */
  dir: string;
  /** Where making folders stops: the home folder, never made nor judged here. */
  home: string;
  /** A name for what is locked (hex), this host's own. */
  key: string;
  /** The user's id (none on Windows: no owner or mode to judge). */
  uid: number | undefined;
  signal: AbortSignal;
  /** Said once, when another run holds the lock. */
  onWait(pid: number): void;
  pollMs?: number;
}

const procStart = (pid: number): string | undefined => {
  try {
    // The command name (field 2) may hold spaces and brackets: the fields after its last ')' are plain.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
};

/**
 * Whether the process that wrote the lock still runs. Each host has its own lock files (the key names the host: a
 * home shared over NFS), so the host a lock records is never taken to mean "running elsewhere": a host renamed while
 * the lock was held (a DHCP name, a reboot) would wait on it forever.
 */
function alive(h: Holder): boolean {
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const now = procStart(h.pid);
  return h.start === undefined || now === undefined || now === h.start;
}

/** The folders from below `home` down to `dir`, each made 0700 when missing and judged: a real folder, ours, written by us alone. */
function prepare(o: LockOptions): Unguarded | undefined {
  const levels: string[] = [];
  for (let d = o.dir; d !== o.home && d !== dirname(d); d = dirname(d)) levels.unshift(d);
  for (const d of levels) {
    try {
      mkdirSync(d, { mode: 0o700 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return { path: d, reason: 'failed', error: e as NodeJS.ErrnoException };
    }
    const st = statSync(d); // a link of the user's own (~/.cache on another disk) is judged by its folder
    if (!st.isDirectory()) return { path: d, reason: 'not-folder' };
    if (o.uid === undefined) continue;
    if (st.uid !== o.uid && st.uid !== 0) return { path: d, reason: 'not-yours' };
    if ((st.mode & 0o022) !== 0) return { path: d, reason: 'others-write' };
  }
  return undefined;
}

function readHolder(path: string): { holder: Holder | undefined; ino: number } | undefined {
  try {
    const ino = lstatSync(path).ino;
    const text = readFileSync(path, 'utf8');
    const h = JSON.parse(text) as Partial<Holder>;
    const holder = typeof h.pid === 'number' && typeof h.host === 'string' ? { pid: h.pid, host: h.host, ...(typeof h.start === 'string' ? { start: h.start } : {}) } : undefined;
    return { holder, ino };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // released meanwhile
    // Not a lock this code wrote (each is whole before it is linked): nothing holds it.
    return { holder: undefined, ino: lstatSync(path, { throwIfNoEntry: false })?.ino ?? -1 };
  }
}

/** Moves aside the lock judged stale, that very file (by inode): one another run put there meanwhile goes back. */
function breakStale(path: string, ino: number, aside: string): void {
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  if (lstatSync(aside).ino !== ino) {
    try {
      linkSync(aside, path);
    } catch {
      // a third run took the place meanwhile: it holds the lock
    }
  }
  unlinkSync(aside);
}

const pause = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const stop = (): void => (clearTimeout(timer), reject(new InterruptedError()));
    const timer = setTimeout(() => (signal.removeEventListener('abort', stop), resolve()), ms);
    signal.addEventListener('abort', stop, { once: true });
  });

/** Takes the lock, waiting while another live run holds it; `unguarded` when the folder cannot be trusted or used. */
export async function takeRunLock(o: LockOptions): Promise<LockResult> {
  const unusable = prepare(o);
  if (unusable) return { unguarded: unusable };
  const path = join(o.dir, `${o.key}.lock`);
  const start = procStart(process.pid);
  const me = JSON.stringify({ pid: process.pid, host: hostname(), ...(start ? { start } : {}) });
  let waiting = false;
  for (;;) {
    if (o.signal.aborted) throw new InterruptedError();
    const temp = join(o.dir, `${o.key}.${process.pid}.${randomBytes(6).toString('hex')}`);
    try {
      writeFileSync(temp, me, { mode: 0o600, flag: 'wx' });
      try {
        linkSync(temp, path);
        const ino = lstatSync(path).ino;
        return { lock: { release: () => release(path, ino) } };
      } finally {
        unlinkSync(temp);
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return { unguarded: { path: o.dir, reason: 'failed', error: e as NodeJS.ErrnoException } };
    }
    const seen = readHolder(path);
    if (!seen) continue;
    if (!seen.holder || !alive(seen.holder)) {
      breakStale(path, seen.ino, `${temp}.stale`);
      continue;
    }
    if (!waiting) o.onWait(seen.holder.pid);
    waiting = true;
    await pause(o.pollMs ?? 200, o.signal);
  }
}

/** Removes the lock if it is still this run's own (by inode). */
function release(path: string, ino: number): void {
  try {
    if (lstatSync(path).ino === ino) unlinkSync(path);
  } catch {
    // gone already
  }
}
