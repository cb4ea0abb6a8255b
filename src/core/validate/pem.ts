// PEM reading that forgives what editors, Windows and openssl do to files (BOM, CRLF, indentation,
// trailing spaces, blank lines, "Bag Attributes" text between blocks), and PEM writing in the one
// canonical form we send: 64-column base64, LF line ends.

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
  /** END lines with no BEGIN before them. */
  orphanEnds: number;
  /** Non-blank text outside any block, whitespace removed (to spot base64 with no armor). */
  outside: string;
}

const BEGIN = /^-----BEGIN ([A-Z0-9][A-Z0-9 #]*)-----$/;
const END = /^-----END ([A-Z0-9][A-Z0-9 #]*)-----$/;
const HEADER = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes as text, without a UTF-8 BOM. */
export function toText(data: Buffer): string {
  const text = data.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeBase64(body: string): Buffer | null {
  if (body.length === 0 || body.length % 4 !== 0 || !BASE64.test(body)) return null;
  return Buffer.from(body, 'base64');
}

export function scanPem(text: string): PemScan {
  const blocks: PemBlock[] = [];
  let orphanEnds = 0;
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
    if (END.test(line)) {
      if (open) close(true);
      else orphanEnds++;
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

export const isKeyLabel = (label: string): boolean => /(^|\s)PRIVATE KEY$/.test(label);
export const isCertLabel = (label: string): boolean => label === 'CERTIFICATE' || label === 'X509 CERTIFICATE';

const KEY_NAMES: Record<string, string> = {
  'PRIVATE KEY': 'PKCS#8 private key',
  'RSA PRIVATE KEY': 'PKCS#1 RSA private key',
  'EC PRIVATE KEY': 'SEC1 EC private key',
  'ENCRYPTED PRIVATE KEY': 'encrypted PKCS#8 private key',
};

/**
 * What a block is, in words, for messages: "PKCS#1 RSA private key", "CERTIFICATE REQUEST block". Key
 * labels are never echoed, so validate output never carries the text of a private key's armor.
 */
export function describeLabel(label: string): string {
  if (isKeyLabel(label)) return KEY_NAMES[label] ?? label.toLowerCase();
  return `${label} block`;
}

/** The canonical PEM of `der`: 64-column base64 and LF line ends, ending with a newline. */
export function armor(label: string, der: Buffer): string {
  const b64 = der.toString('base64');
  let body = '';
  for (let i = 0; i < b64.length; i += 64) body += `${b64.slice(i, i + 64)}\n`;
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}
