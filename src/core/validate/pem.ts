// PEM reading that forgives what editors, Windows, web forms and openssl do to files (BOM, CRLF, UTF-16,
// indentation, trailing spaces, blank lines, line breaks turned into spaces or a literal \n, "Bag Attributes"
// text between blocks), and PEM writing in the one canonical form we send: 64-column base64, LF line ends.

export interface PemBlock {
  label: string;
  /** RFC 1421 headers such as Proc-Type / DEK-Info (legacy encrypted keys). */
  headers: Record<string, string>;
  /** Decoded body; null when the base64 is malformed. */
  der: Buffer | null;
  /** Characters of base64 between the armor lines (0 = empty body). */
  bodyLength: number;
  /** False when the END line is missing. */
  complete: boolean;
}

export interface PemScan {
  blocks: PemBlock[];
  /** The labels of END lines with no BEGIN before them, in order (a certificate's or a key's BEGIN line lost
   *  tells which input is broken). */
  orphanEnds: string[];
  /** Non-blank text outside any block, whitespace removed (to spot base64 with no armor). */
  outside: string;
}

// Label characters: capitals, digits, spaces, '#' and '.' (openssl dhparam -dsaparam writes X9.42 DH PARAMETERS).
// Text beside an armor line is a remark (stuckText): repairPem has already split any other marker off its line.
const BEGIN = /^(?:.*[^-])?-----BEGIN ([A-Z0-9][A-Z0-9 #.]*)-----(?:\s.*|[^-\s].*)?$/;
const END = /^-----END ([A-Z0-9][A-Z0-9 #.]*)-----(?:\s.*|[^-\s].*)?$/;
const HEADER = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes as text, without a UTF-8 BOM. */
export function toText(data: Buffer): string {
  const text = data.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * UTF-16 text (Windows Notepad's "Unicode"): with a byte-order mark, or ASCII with every other byte zero.
 * 'le' or 'be', else undefined.
 */
export function utf16Order(data: Buffer): 'le' | 'be' | undefined {
  if (data.length < 4 || data.length % 2 !== 0) return undefined;
  if (data[0] === 0xff && data[1] === 0xfe) return 'le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'be';
  const probe = data.subarray(0, 64);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < probe.length; i += 2) {
    if (probe[i] === 0) evenZeros++;
    if (probe[i + 1] === 0) oddZeros++;
  }
  const pairs = probe.length / 2;
  if (oddZeros === pairs && evenZeros === 0) return 'le';
  if (evenZeros === pairs && oddZeros === 0) return 'be';
  return undefined;
}

/** UTF-16 bytes as text, without a byte-order mark. */
export function fromUtf16(data: Buffer, order: 'le' | 'be'): string {
  const bytes = order === 'le' ? data : Buffer.from(data).swap16();
  const text = bytes.toString('utf16le');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const MARKER = /-----(?:BEGIN|END) [A-Z0-9][A-Z0-9 #.]*?-----/;
const MARKERS = new RegExp(MARKER.source, 'g');
const MARKER_LINE = new RegExp(`^\\s*${MARKER.source}\\s*$`);
/** A marker with something other than blanks before or after it on its line. A BOM is something (JavaScript's \s
 *  holds it): the mark a Windows editor wrote at the start of the next file, joined on after an END line. */
const GLUED = /(?:[^\s]|\uFEFF)[ \t]*-----(?:BEGIN|END) [A-Z0-9 #.]+-----|-----(?:BEGIN|END) [A-Z0-9 #.]+-----[ \t]*(?:[^\s]|\uFEFF)/;
/** A marker followed by a literal backslash-n (PEM in a JSON string). */
const ESCAPED = /-----(?:BEGIN|END) [A-Z0-9 #.]+-----\\[nr]/;

/** One armor line with other text beside it on its line, and nothing else: a remark (`-----BEGIN CERTIFICATE-----
 *  leaf`, `leaf: -----BEGIN CERTIFICATE-----`), a terminal's no-newline `%` after END copied along. No line break
 *  was lost there, unless what follows a BEGIN line could be its first line of base64 (64 characters of base64 or
 *  more) or something precedes an END line (its last line of base64). OpenSSL refuses the line (no start line, bad
 *  end line): pem-layout.ts says so. */
const STUCK = /^(.*?)-----(BEGIN|END) [A-Z0-9][A-Z0-9 #.]*?-----(.*)$/;
function stuckText(line: string): boolean {
  const m = STUCK.exec(line);
  if (!m || line.match(MARKERS)!.length > 1) return false;
  const rest = m[3]!.replace(/\s+/g, '');
  if (m[2] === 'END') return m[1]!.trim() === '';
  return rest.length < 64 || !BASE64.test(rest);
}

/** A marker that shares its line with other text, where that text is not a remark beside it. */
const glued = (line: string): boolean => MARKER.test(line) && !MARKER_LINE.test(line) && !stuckText(line);

/**
 * PEM that lost its line breaks on the way through a web form or a JSON string: newlines replaced by spaces
 * (the armor lines share a line with the body), or written as the two characters backslash and n. Returns the
 * text with its line breaks back, or undefined when nothing needed repair.
 */
export function repairPem(text: string): string | undefined {
  // Fast path (every file of every bundle comes through here): markers alone on their lines, no literal \n.
  if (!GLUED.test(text) && !ESCAPED.test(text)) return undefined;
  // Only where an armor line is glued to a literal \n: text around the blocks may hold backslashes of its own.
  // The JSON encoding that left \n there may have escaped each slash too (PHP's json_encode does): base64 holds
  // slashes and never a backslash, so \/ is one of them.
  let out = ESCAPED.test(text) ? text.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\\\//g, '/') : text;
  if (out.split(/\r\n|\r|\n/).some(glued)) {
    out = out.split(/(\r\n|\r|\n)/).map((part) => (glued(part) ? part.replace(MARKERS, '\n$&\n') : part)).join('');
  }
  return out === text ? undefined : out;
}

/** An END line run into the next BEGIN line, and nothing else on it: `cat a.pem b.pem` when a.pem lacks its last newline. */
const JOINED = /^\s*-----END [A-Z0-9 #.]+-----\s*-----BEGIN [A-Z0-9 #.]+-----\s*$/;

/** The only repair a text needed was a line break between an END line and the next BEGIN line. */
const onlyJoined = (text: string): boolean =>
  !ESCAPED.test(text) && text.split(/\r\n|\r|\n/).every((line) => !glued(line) || JOINED.test(line));

function decodeBase64(body: string): Buffer | null {
  if (body.length === 0 || body.length % 4 !== 0 || !BASE64.test(body)) return null;
  return Buffer.from(body, 'base64');
}

export function scanPem(text: string): PemScan {
  const blocks: PemBlock[] = [];
  const orphanEnds: string[] = [];
  let outside = '';
  let open: { label: string; headers: Record<string, string>; body: string[] } | undefined;
  const close = (complete: boolean): void => {
    const body = open!.body.join('');
    blocks.push({ label: open!.label, headers: open!.headers, der: decodeBase64(body), bodyLength: body.length, complete });
    open = undefined;
  };
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    const begin = BEGIN.exec(line);
    if (begin) {
      if (open) close(false);
      open = { label: begin[1]!, headers: {}, body: [] };
      continue;
    }
    const end = END.exec(line);
    if (end) {
      if (open) close(true);
      else orphanEnds.push(end[1]!);
      continue;
    }
    if (!open) {
      outside += line.replace(/\s+/g, '');
      continue;
    }
    if (line === '') continue;
    const header = open.body.length === 0 ? HEADER.exec(line) : null;
    if (header) open.headers[header[1]!] = header[2]!;
    else open.body.push(line.replace(/\s+/g, ''));
  }
  if (open) close(false);
  return { blocks, orphanEnds, outside };
}

/** Text outside blocks that is plausibly a PEM body without its armor lines. */
export function looksLikeBareBase64(outside: string): boolean {
  return outside.length >= 64 && BASE64.test(outside);
}

/** The canonical PEM of `der`: 64-column base64 and LF line ends, ending with a newline. */
export function armor(label: string, der: Buffer): string {
  const b64 = der.toString('base64');
  let body = '';
  for (let i = 0; i < b64.length; i += 64) body += `${b64.slice(i, i + 64)}\n`;
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

export interface DecodedText {
  text: string;
  /** The bytes were UTF-16 and have been converted. */
  utf16: boolean;
  /** Lost line breaks were put back (repairPem). */
  repaired: boolean;
  /** The only one put back was between an END line and the next BEGIN line (files joined with cat). */
  joined?: true;
}

/** The text of an input that is not DER: UTF-8 or UTF-16, with lost line breaks put back. */
export function decodeText(data: Buffer): DecodedText {
  const order = utf16Order(data);
  const raw = order ? fromUtf16(data, order) : toText(data);
  const repaired = repairPem(raw);
  const out: DecodedText = { text: repaired ?? raw, utf16: order !== undefined, repaired: repaired !== undefined };
  return repaired !== undefined && onlyJoined(raw) ? { ...out, joined: true } : out;
}
