// A failed file operation said in a sentence of the person's language (messages.ts: ERRNO), in one place for
// reading inputs, bundle folders, writing secret files, making folders and writing stdout.
import { t, type Lang } from '../core/i18n.js';
import { ERRNO } from './messages.js';

/** The sentence for a code in ERRNO; undefined for any other. */
export function knownErrno(code: string | undefined, lang: Lang): string | undefined {
  return code !== undefined && Object.hasOwn(ERRNO, code) ? t(lang, ERRNO[code as keyof typeof ERRNO]) : undefined;
}

/**
 * Node's text is "EXDEV: cross-device link not permitted, rename '/a' -> '/b'": the middle is the system's
 * description (libuv's, never with a comma); the path after it is already in the message that quotes this.
 */
export function systemWords(e: Error): string {
  return /^[A-Z0-9_]+: ([^,]*)/.exec(e.message)?.[1] ?? e.message.split('\n')[0] ?? '';
}

/** What went wrong, for "cannot read PATH: …": ERRNO's sentence, else the system's words and the code. */
export function errnoText(e: unknown, lang: Lang): string {
  return errnoSaid((e as NodeJS.ErrnoException).code, systemWords(e as Error), lang);
}

/** errnoText from what was kept of the error: its code and the system's words (systemWords). */
export function errnoSaid(code: string | undefined, words: string, lang: Lang): string {
  const known = knownErrno(code, lang);
  if (known !== undefined) return known;
  return code ? `${words} (${code})` : words;
}
