// A password typed at a terminal, read without showing it (as ssh, sudo and openssl read one): the terminal is
// in raw mode only while reading, and put back as it was however the reading ends.
import { t, type Lang } from '../core/i18n.js';
import { InputError, InterruptedError } from '../errors.js';
import { errnoText } from './errno.js';
import { STDIN } from './messages.js';

/** Standard input at a terminal: Node's tty.ReadStream, which can switch raw mode on and off. */
export interface TerminalIn extends NodeJS.ReadableStream {
  isTTY?: boolean;
  isRaw?: boolean;
  setRawMode?: (mode: boolean) => unknown;
}

/** A terminal that can stop showing what is typed; anything else is read as before. */
export const canHide = (stream: TerminalIn): boolean => stream.isTTY === true && typeof stream.setRawMode === 'function';

/** Ctrl-D typed before raw mode was on: the terminal's line discipline keeps it as a NUL byte, read now. */
const EARLY_EOF = 0x00;
const ENTER = 0x0d;
const NEWLINE = 0x0a;
const CTRL_C = 0x03;
const CTRL_D = 0x04;
const CTRL_U = 0x15;
const BACKSPACE = 0x08;
const DELETE = 0x7f;

/** `typed` without its last character (a UTF-8 sequence is one character: Backspace after 密 removes all of it). */
function withoutLast(typed: number[]): void {
  while (typed.length > 0 && (typed[typed.length - 1]! & 0xc0) === 0x80) typed.pop();
  typed.pop();
}

/**
 * One line typed at the terminal, not shown (`notice` says what is awaited once raw mode is on): Enter (or Ctrl-D, or the terminal's end) ends it, Backspace removes
 * the last character, Ctrl-U all of them; Ctrl-C is an interruption (exit 130), and so is `signal` (SIGTERM,
 * SIGHUP). With the terminal in raw mode Ctrl-C sends no SIGINT: it arrives here as a byte. Whatever ends the
 * reading, raw mode is switched back off first (Node also puts the terminal back as it found it on exit).
 */
export function readHiddenLine(stream: TerminalIn, o: { lang: Lang; limit: number; signal?: AbortSignal | undefined; notice?: () => void }): Promise<Buffer> {
  const typed: number[] = [];
  const wasRaw = stream.isRaw === true;
  return new Promise<Buffer>((resolve, reject) => {
    let done = false;
    const finish = (end: () => void): void => {
      done = true;
      // The error listener stays: the terminal hung up after the reading ended (EIO) is no crash, only nothing more to read.
      stream.off('data', onData);
      stream.off('end', onEnd);
      o.signal?.removeEventListener('abort', onAbort);
      try {
        stream.setRawMode?.(wasRaw);
      } finally {
        stream.pause();
        end();
      }
    };
    const onData = (chunk: Buffer | string): void => {
      for (const byte of typeof chunk === 'string' ? Buffer.from(chunk) : chunk) {
        if (byte === ENTER || byte === NEWLINE || byte === CTRL_D || byte === EARLY_EOF) return finish(() => resolve(Buffer.from(typed)));
        if (byte === CTRL_C) return finish(() => reject(new InterruptedError()));
        if (byte === BACKSPACE || byte === DELETE) withoutLast(typed);
        else if (byte === CTRL_U) typed.length = 0;
        else typed.push(byte);
        if (typed.length > o.limit) return finish(() => reject(new InputError(t(o.lang, STDIN.tooBig, { limit: o.limit }), { path: '-' })));
      }
    };
    const onEnd = (): void => finish(() => resolve(Buffer.from(typed)));
    const unreadable = (e: unknown): InputError => new InputError(t(o.lang, STDIN.terminalUnreadable, { why: errnoText(e, o.lang) }), { path: '-', cause: e });
    const onError = (e: unknown): void => void (done || finish(() => reject(unreadable(e))));
    const onAbort = (): void => finish(() => reject(new InterruptedError()));
    if (o.signal?.aborted) return reject(new InterruptedError());
    o.signal?.addEventListener('abort', onAbort, { once: true });
    stream.on('error', onError);
    try {
      stream.setRawMode!(true);
    } catch (e) {
      stream.off('error', onError);
      o.signal?.removeEventListener('abort', onAbort);
      return reject(unreadable(e));
    }
    // Said once the terminal no longer shows keys: a person who starts typing on reading it is never echoed.
    o.notice?.();
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.resume();
  });
}
