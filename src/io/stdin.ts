// Reading standard input with a size limit, so `-` can never make us swallow gigabytes; and what '-' says
// when a person, not a pipe, is at the other end.
import { t, type Lang } from '../core/i18n.js';
import { InputError, UsageError } from '../errors.js';
import { IO, STDIN } from './messages.js';

export const STDIN_LIMIT = 1024 * 1024;

/**
 * How long a writer that is there (a shell pipe, a FIFO held open, standard input) may stay silent before its
 * first byte: `ssh host cat cert.pem | scm validate -` may take seconds to connect, yet bounded, so that a
 * writer that never writes (`<(sleep 600)`) is never a hang. read-input.ts gives pipes it opens the same.
 */
export const WRITER_SILENT_MS = 10_000;

/**
 * '-' with a terminal on standard input would sit waiting for typing. Under --no-input (or CI=true) nothing
 * may wait on a person, so that is a usage error at once; otherwise the person is told what is awaited and how
 * to end it (`notice`, a line on stderr), instead of facing a silent cursor.
 */
export function checkStdinUsable(stream: { isTTY?: boolean }, noInput: boolean | undefined, lang: Lang = 'en', notice?: () => void): void {
  if (stream.isTTY !== true) return;
  if (noInput) throw new UsageError(t(lang, STDIN.terminalForbidden), { hint: t(lang, STDIN.terminalForbiddenHint) });
  notice?.();
}

/**
 * `-` as a command's input: refused or announced (`notice`) at a terminal as checkStdinUsable says, then read
 * to its end, at most `limit` bytes; from a pipe or file, the first byte within WRITER_SILENT_MS (a person
 * typing at a terminal is never hurried). What `scm validate -` and `scm explain -` read.
 */
export function readStdinArg(
  stream: NodeJS.ReadableStream & { isTTY?: boolean },
  o: { noInput: boolean | undefined; lang: Lang; notice?: () => void; limit?: number },
): Promise<Buffer> {
  checkStdinUsable(stream, o.noInput, o.lang, o.notice);
  return readStdin(stream, o.limit, o.lang, stream.isTTY === true ? undefined : WRITER_SILENT_MS);
}

const TIMED_OUT = Symbol('timed out');

/** `next`, or TIMED_OUT when it has not settled within `ms`. */
async function within<T>(next: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof TIMED_OUT>((done) => (timer = setTimeout(done, ms, TIMED_OUT)));
  try {
    return await Promise.race([next, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Standard input to its end, at most `limit` bytes. With `graceMs` (a pipe, not a person at a terminal), the
 * first byte must come within it: `sleep 30 | scm validate -` is unreadable input (exit 2), not a wait for the
 * writer to end. After the first byte a slow writer is waited for, as read-input.ts does for pipes.
 */
export async function readStdin(stream: NodeJS.ReadableStream, limit = STDIN_LIMIT, lang: Lang = 'en', graceMs?: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const deadline = graceMs === undefined ? undefined : performance.now() + graceMs;
  const chunksOf = stream[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = chunksOf.next();
      const result = size === 0 && deadline !== undefined ? await within(next, Math.max(0, deadline - performance.now())) : await next;
      if (result === TIMED_OUT) {
        // The iterator's return() would queue behind this pending read: the stream itself is let go, and the
        // read given up on settles unobserved.
        next.catch(() => {});
        (stream as { destroy?: () => void }).destroy?.();
        throw new InputError(t(lang, STDIN.silent, { seconds: graceMs! / 1000 }), { path: '-', hint: t(lang, IO.pipeWriterQuietHint) });
      }
      if (result.done) return Buffer.concat(chunks);
      const chunk = result.value as string | Buffer;
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > limit) throw new InputError(t(lang, STDIN.tooBig, { limit }), { path: '-' });
      chunks.push(buf);
    }
  } catch (e) {
    // As `for await` does when its body throws: the stream is let go (destroyed), not left waiting.
    void chunksOf.return?.().catch(() => {});
    throw e;
  }
}
