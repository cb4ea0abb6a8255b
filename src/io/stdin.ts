// Reading standard input with a size limit, so `-` can never make us swallow gigabytes; and what '-' says
// when a person, not a pipe, is at the other end.
import { t, type Lang } from '../core/i18n.js';
import { InputError, UsageError } from '../errors.js';
import { STDIN } from './messages.js';

export const STDIN_LIMIT = 1024 * 1024;

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

export async function readStdin(stream: NodeJS.ReadableStream, limit = STDIN_LIMIT, lang: Lang = 'en'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) throw new InputError(t(lang, STDIN.tooBig, { limit }), { path: '-' });
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
