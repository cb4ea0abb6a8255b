// What OpenSSL's PEM reader (PEM_read_bio_ex: nginx, Apache, HAProxy, and any tool given the text unchanged)
// refuses in the layout of a text that scm's reader (pem.ts) takes and sends rewritten: an armor line not at the
// start of its line, other text beside one on its line (no start line, bad end line), line ends that are a lone CR
// (old Mac OS: OpenSSL's lines end at LF, so the BEGIN line runs on into the base64), a blank line inside a block
// once its base64 began, or after a blank line just after BEGIN (or after an encrypted key's headers) base64 lines
// that are not 64 characters each, or a second blank line, or a byte order mark before a BEGIN line where OpenSSL
// does not strip it (it does on the first line of each read: the file's start, or just after an END line). Pure.
import { isCertLabel, isKeyLabel } from './block-labels.js';

/** 'indented': an armor line with blanks before it; 'begin-text', 'end-text': other text beside a BEGIN or END line
 *  on its line (a remark, a terminal's `%`); 'cr': a lone CR ends an armor line; 'blank-line': a blank line after
 *  base64 began; 'after-blank': after the blank line that ends the headers (just after BEGIN, or after an encrypted
 *  key's Proc-Type and DEK-Info), a line over 64 characters, a short one before the last, or another blank line;
 *  'bom': a UTF-8 BOM before a BEGIN line that is not the first line of a read (files joined with a blank line or
 *  text between them, each saved by a Windows editor). */
export type LayoutFault = 'indented' | 'begin-text' | 'end-text' | 'cr' | 'blank-line' | 'after-blank' | 'bom';

const ARMOR = /^(.*?)-----(BEGIN|END) ([A-Z0-9 #.]+)-----(.*)$/;
const MARKERS = /-----(?:BEGIN|END) ([A-Z0-9 #.]+)-----/g;
/** The blocks scm reads and sends (certificates, PKCS#7 sets, private keys): a PGP block's armor is not PEM's. */
const judged = (label: string): boolean => isCertLabel(label) || isKeyLabel(label) || label === 'PKCS7' || label === 'PKCS #7 SIGNED DATA';
/** OpenSSL strips a line's trailing blanks and control characters before it judges it, not its leading ones. */
const stripEnd = (line: string): string => line.replace(/[\x00-\x20]+$/, '');

/**
 * The first fault of layout OpenSSL refuses in `text` (a decoded text, without its BOM), undefined when none.
 * As OpenSSL reads a block: lines before the first blank line that hold a colon are headers (Proc-Type, DEK-Info);
 * once a blank line has come, what follows is a body of 64-character lines, the last shorter, and another blank
 * line is an error; with no blank line, lines of any length. A blank line after base64 lines makes OpenSSL take
 * them for headers, so the block is refused (not a Proc-Type header).
 */
export function layoutFault(text: string): LayoutFault | undefined {
  // OpenSSL reads lines up to LF and strips what ends them: a CR left inside a line holding an armor line is one
  // that ends at a lone CR.
  const lines = text.split('\n');
  for (const line of lines) if (stripEnd(line).includes('\r') && [...line.matchAll(MARKERS)].some((m) => judged(m[1]!))) return 'cr';
  let open = false;
  /** Base64 lines met before any blank line. */
  let body = false;
  /** A blank line met: after base64 (pending: the block is refused once anything follows it) or after headers. */
  let blank = false;
  let post = false;
  let ended = false;
  /** The line before was an END line: OpenSSL's next read starts here, and strips a BOM from its first line. */
  let afterEnd = false;
  // Lines as OpenSSL reads them: up to LF, without what ends them (CRLF, and the CR CR LF of a CRLF file converted
  // again, are no blank line).
  for (const line of lines.map(stripEnd)) {
    const armor = ARMOR.exec(line);
    const first = afterEnd;
    afterEnd = armor?.[2] === 'END';
    if (armor && judged(armor[3]!)) {
      if (armor[1]!.trim() !== '' || armor[4] !== '') return armor[2] === 'BEGIN' ? 'begin-text' : 'end-text';
      if (armor[1] === '\uFEFF' && armor[2] === 'BEGIN') {
        if (!first) return 'bom';
      } else if (armor[1] !== '') return 'indented';
      if (armor[2] === 'END' && open && blank) return 'blank-line';
      [open, body, blank, post, ended] = [armor[2] === 'BEGIN', false, false, false, false];
      continue;
    }
    if (armor) [open, blank] = [false, false];
    if (!open) continue;
    if (line === '') {
      if (post) return 'after-blank';
      if (body) blank = true;
      else post = true;
      continue;
    }
    if (blank) return 'blank-line';
    if (post) {
      if (ended || line.length > 64) return 'after-blank';
      ended = line.length < 64;
    } else if (!line.includes(':')) body = true;
  }
  return undefined;
}
