// The lock that keeps two runs of scm on this machine from uploading, pushing or rotating the same certificate
// at once (io/run-lock.ts): kept under $XDG_CACHE_HOME/scm/locks (an absolute one), else ~/.cache/scm/locks, one
// per endpoint and certificate. A folder another user owns or can write to is refused (exit 2): that user could
// hold the lock forever or plant one. Where it cannot be kept for another reason (no HOME, a read-only disk), a
// warning says so and the run goes on unguarded.
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { identityOf } from '../../api/cert-identity.js';
import { homeOf } from '../../config/homes.js';
import { checkFolder, type Distrust } from '../../config/trust.js';
import type { Ctx } from '../../context.js';
import { UntrustedFolderError } from '../../errors.js';
import { t } from '../../core/i18n.js';
import { errnoText } from '../../io/errno.js';
import { shellWord } from '../../core/shell-word.js';
import { takeRunLock, type RunLock, type Unguarded } from '../../io/run-lock.js';
import { LOCK } from './messages.js';

export interface LockSay {
  /** A progress line: another run holds the lock. */
  note(text: string): void;
  /** A warning: no lock guards this run. */
  warn(text: string): void;
}

const why = (u: Unguarded, ctx: Ctx): string =>
  u.reason === 'not-yours' ? t(ctx.lang, LOCK.notYours, { path: u.path })
    : u.reason === 'others-write' ? t(ctx.lang, LOCK.othersWrite, { path: u.path })
      : u.reason === 'not-folder' ? t(ctx.lang, LOCK.notFolder, { path: u.path })
        : t(ctx.lang, LOCK.failed, { path: u.path, why: errnoText(u.error, ctx.lang) });

/**
 * Why the folder the lock folders are made in (XDG_CACHE_HOME, or the home folder), or one above it, is not to be
 * trusted: io/run-lock.ts judges only the folders it makes below it, and whoever may write to one above may swap
 * scm/locks for a folder of their own, with lock files of theirs, between that judgement and the use.
 */
function distrusted(top: string, uid: number | undefined): Unguarded | undefined {
  if (uid === undefined) return undefined;
  const d: Distrust | undefined = checkFolder(top, uid);
  if (!d) return undefined;
  if (d.reason === 'link-owner') return { path: d.link, reason: 'not-yours' };
  if (d.reason === 'dir-owner') return { path: d.dir, reason: 'not-yours' };
  if (d.reason === 'dir-writable') return { path: d.dir, reason: 'others-write' };
  return { path: top, reason: 'not-folder' };
}

/** Takes the lock of `what` (a certificate's fingerprint or id) at `endpoint`; undefined when none guards the run. */
export async function lockCertificate(endpoint: string, what: string, say: LockSay, ctx: Ctx): Promise<RunLock | undefined> {
  const home = homeOf(ctx.env);
  const xdg = ctx.env.XDG_CACHE_HOME?.trim();
  const base = xdg && isAbsolute(xdg) ? xdg : home ? join(home, '.cache') : undefined;
  if (!base) {
    say.warn(t(ctx.lang, LOCK.unguarded, { why: t(ctx.lang, LOCK.noHome) }));
    return undefined;
  }
  // Per host: a home shared by several machines (NFS) holds each one's locks apart, as no host can tell whether
  // another's process still runs.
  const key = createHash('sha256').update(`${hostname()}\n${endpoint}\n${what.toLowerCase()}`).digest('hex').slice(0, 32);
  const top = xdg && isAbsolute(xdg) ? xdg : home!;
  const unsafe = distrusted(top, ctx.uid);
  if (unsafe) return unguarded(unsafe, say, ctx);
  const taken = await takeRunLock({
    dir: join(base, 'scm', 'locks'), home: top, key, uid: ctx.uid, signal: ctx.signal,
    onWait: (pid) => say.note(t(ctx.lang, LOCK.waiting, { pid })),
  });
  if ('lock' in taken) return taken.lock;
  return unguarded(taken.unguarded, say, ctx);
}

/** No lock: refused when someone else may own or write the folder, else said as a warning and the run goes on. */
function unguarded(u: Unguarded, say: LockSay, ctx: Ctx): undefined {
  if (u.reason === 'not-yours' || u.reason === 'others-write') {
    const commands = u.reason === 'others-write' ? `chmod go-w ${shellWord(u.path)}` : 'chown, chmod go-w';
    throw new UntrustedFolderError(t(ctx.lang, LOCK.untrusted, { why: why(u, ctx) }), { hint: t(ctx.lang, LOCK.untrustedHint, { path: u.path, commands }) });
  }
  say.warn(t(ctx.lang, LOCK.unguarded, { why: why(u, ctx) }));
  return undefined;
}

/** What a certificate's lock is named by: its leaf's SHA-256, or its PEM when that cannot be read (a lock per exact text). */
export function certificateKey(pem: string): string {
  try {
    return identityOf(pem).sha256;
  } catch {
    return pem;
  }
}
