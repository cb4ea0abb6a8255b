// The PKCS#12 password: a file's first line (any encoding a Windows editor writes), $SCM_PFX_PASSWORD, or, for
// '-' at a terminal, typed without being shown (hidden-line.ts). Never echoed anywhere.
import { t } from '../core/i18n.js';
import { fromUtf16, toText, utf16Order } from '../core/validate/pem.js';
import { InputError } from '../errors.js';
import { canHide, readHiddenLine } from './hidden-line.js';
import { IO, STDIN } from './messages.js';
import { isStdinPath, readInput, type ReadContext } from './read-input.js';
import { checkStdinUsable } from './stdin.js';

/**
 * A password file's first line, without its line end. Windows editors add a UTF-8 BOM, and PowerShell 5's
 * `"secret" > pw.txt` writes UTF-16LE: either read as plain UTF-8 would be a wrong password.
 */
export function passwordLine(data: Buffer): string {
  const order = utf16Order(data);
  return (order ? fromUtf16(data, order) : toText(data)).split(/\r\n|\r|\n/)[0] ?? '';
}

/** A password from the environment: a BOM and a line end copied in with it (`$(cat pw.txt)`) are not part of it. */
export const envPassword = (value: string | undefined): string | undefined => (value === undefined ? undefined : passwordLine(Buffer.from(value)));

/** The PKCS#12 password: --pfx-password-file (a file or '-') when given, else $SCM_PFX_PASSWORD. Never echoed anywhere. */
export async function pfxPassword(file: string | undefined, env: string | undefined, ctx: ReadContext): Promise<string | undefined> {
  if (file === undefined) return envPassword(env);
  // The path is never quoted: people type the password itself where the file goes (`--pfx-password-file
  // 'Sup3r!'`), and it would come back as "cannot read Sup3r!". The option is named instead, with no hint
  // that would quote it either.
  const lang = ctx.lang ?? 'en';
  // '-' at a terminal: the password is typed, and never shown (hidden-line.ts), once the line says what is awaited.
  // /dev/stdin there too (`-passin file:/dev/stdin` is OpenSSL's way): opened by name it is a device, refused.
  if (isStdinPath(file) && canHide(ctx.stdin)) {
    checkStdinUsable(ctx.stdin, ctx.noInput, lang);
    const notice = () => ctx.notice?.(t(lang, STDIN.typingPassword));
    return passwordLine(await readHiddenLine(ctx.stdin, { lang, limit: 64 * 1024, signal: ctx.signal, notice }));
  }
  // '-' at a terminal awaits the password, not a PEM: the line says so.
  const io: ReadContext = { cwd: ctx.cwd, noInput: ctx.noInput, lang, notice: () => ctx.notice?.(t(lang, STDIN.readingPassword)), get stdin() { return ctx.stdin; } };
  try {
    const { data } = await readInput(file, io, 64 * 1024, t(lang, IO.passwordFile));
    return passwordLine(data);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message, { hint: t(lang, IO.passwordFileHint) });
    throw e;
  }
}
