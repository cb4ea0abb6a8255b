// The name forms a nameConstraints subtree can hold, read from DER as OpenSSL reads them (crypto/x509/v3_ncons.c):
// a GeneralName (DNS, IP address or subnet, e-mail, URI, directory name, otherName) as a Name with the text openssl
// prints for it. A directory name is kept in OpenSSL's canonical form (x509_name_canon: strings as UTF-8, spaces
// trimmed and collapsed, ASCII lower-cased), so name-match.ts compares it as nc_dn does.
import { childrenOf, oidOf, tlvAt, valueOf, type Tlv } from './der.js';
import { ipv6Form } from './names.js';

/** A name of a certificate, or the base of a subtree (an IP subtree's `ip` is the address followed by the mask). */
export type Name =
  | { form: 'dns'; dns: string; text: string }
  | { form: 'ip'; ip: Buffer; text: string }
  // eai: an otherName SmtpUTF8Mailbox, matched against e-mail subtrees (RFC 8398); email '' when not UTF8String.
  | { form: 'email'; email: string; text: string; eai?: boolean }
  | { form: 'uri'; uri: string; text: string }
  | { form: 'dir'; canon: Buffer; text: string }
  // kind: 'otherName:OID', or the GeneralName's tag for x400Address, ediPartyName, registeredID.
  | { form: 'other'; kind: string; text: string };

/** GeneralName's context tags: rfc822Name [1], dNSName [2], directoryName [4] (EXPLICIT: a Name inside), URI [6], iPAddress [7]. */
const EMAIL_TAG = 0x81;
const DNS_TAG = 0x82;
const DIR_TAG = 0xa4;
const URI_TAG = 0x86;
const IP_TAG = 0x87;
const OTHER_NAME_TAG = 0xa0;

const SMTP_UTF8_MAILBOX = '1.3.6.1.5.5.7.8.9';

export const EMAIL_ADDRESS = '1.2.840.113549.1.9.1';

function ipText(bytes: Buffer): string {
  if (bytes.length === 4) return [...bytes].join('.');
  const groups = Array.from({ length: bytes.length / 2 }, (_, i) => bytes.readUInt16BE(2 * i).toString(16));
  return ipv6Form(groups.join(':')) ?? groups.join(':');
}

/** "10.0.0.0/8" when the mask is a prefix, else "10.0.0.0/255.0.255.0" as OpenSSL prints it. */
function subnetText(bytes: Buffer): string {
  const half = bytes.length / 2;
  const [addr, mask] = [bytes.subarray(0, half), bytes.subarray(half)];
  const bits = [...mask].map((b) => b.toString(2).padStart(8, '0')).join('');
  const prefix = /^1*0*$/.test(bits) ? String(bits.replace(/0+$/, '').length) : ipText(mask);
  return `${ipText(addr)}/${prefix}`;
}

/** Directory string types OpenSSL canonicalises (ASN1_MASK_CANON) and how their bytes become text; others are kept as encoded. */
const STRINGS: Record<number, (b: Buffer) => string> = {
  0x0c: (b) => b.toString('utf8'),
  0x13: (b) => b.toString('latin1'),
  0x14: (b) => b.toString('latin1'),
  0x16: (b) => b.toString('latin1'),
  0x1a: (b) => b.toString('latin1'),
  0x1e: (b) => Buffer.from(b).swap16().toString('utf16le'),
  0x1c: (b) => String.fromCodePoint(...Array.from({ length: b.length >> 2 }, (_, i) => b.readUInt32BE(4 * i))),
};

const SHORT: Record<string, string> = {
  '2.5.4.3': 'CN', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.5': 'serialNumber',
  '2.5.4.9': 'street', '2.5.4.17': 'postalCode', '2.5.4.15': 'businessCategory', [EMAIL_ADDRESS]: 'emailAddress',
  '0.9.2342.19200300.100.1.25': 'DC', '0.9.2342.19200300.100.1.1': 'UID',
};

function encode(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...len]), content]);
}

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);

/** asn1_string_canon: trim, collapse runs of spaces to one, lower-case ASCII; bytes past ASCII are kept. */
function canonText(text: string): Buffer {
  const bytes = [...Buffer.from(text, 'utf8')];
  while (bytes.length > 0 && SPACE.has(bytes[0]!)) bytes.shift();
  while (bytes.length > 0 && SPACE.has(bytes.at(-1)!)) bytes.pop();
  const out: number[] = [];
  for (const b of bytes) {
    if (SPACE.has(b)) {
      if (out.at(-1) !== 0x20) out.push(0x20);
    } else out.push(b >= 0x41 && b <= 0x5a ? b + 0x20 : b);
  }
  return Buffer.from(out);
}

/** DER orders a SET OF by its encodings (OpenSSL's der_cmp). */
const derOrder = (a: Buffer, b: Buffer): number => Buffer.compare(a.subarray(0, b.length), b.subarray(0, a.length)) || a.length - b.length;

/** A Name (RDNSequence): its canonical encoding and the text openssl -subj writes ("/O=Example/CN=a"); undefined when malformed. */
export function dirName(der: Buffer, name: Tlv): { canon: Buffer; text: string; emails: string[] } | undefined {
  const rdns = name.tag === 0x30 ? childrenOf(der, name) : undefined;
  if (!rdns) return undefined;
  const sets: Buffer[] = [];
  const texts: string[] = [];
  const emails: string[] = [];
  for (const rdn of rdns) {
    const entries = rdn.tag === 0x31 ? childrenOf(der, rdn) : undefined;
    if (!entries) return undefined;
    const encoded: Buffer[] = [];
    const parts: string[] = [];
    for (const entry of entries) {
      const [type, value] = (entry.tag === 0x30 && childrenOf(der, entry)) || [];
      const oid = oidOf(der, type);
      if (!type || !value || oid === undefined) return undefined;
      const read = STRINGS[value.tag];
      const text = read ? read(valueOf(der, value)) : `#${valueOf(der, value).toString('hex')}`;
      const canonValue = read ? encode(0x0c, canonText(text)) : der.subarray(value.at, value.end);
      encoded.push(encode(0x30, Buffer.concat([der.subarray(type.at, type.end), canonValue])));
      parts.push(`${SHORT[oid] ?? oid}=${text}`);
      // An emailAddress is checked as an e-mail name only when it is an IA5String (NAME_CONSTRAINTS_check).
      if (oid === EMAIL_ADDRESS && value.tag === 0x16) emails.push(text);
    }
    sets.push(encode(0x31, Buffer.concat(encoded.sort(derOrder))));
    texts.push(parts.join('+'));
  }
  return { canon: Buffer.concat(sets), text: texts.map((t) => `/${t}`).join(''), emails };
}

/** A GeneralName as a Name; `subtree`: a nameConstraints base, said as openssl's config writes it (DNS:example.com, IP:10.0.0.0/8). */
export function generalName(der: Buffer, t: Tlv, subtree: boolean): Name {
  const value = valueOf(der, t);
  const text = value.toString('latin1');
  if (t.tag === DNS_TAG) return { form: 'dns', dns: text, text: `${subtree ? 'DNS:' : ''}${text}` };
  if (t.tag === EMAIL_TAG) return { form: 'email', email: text, text: `email:${text}` };
  if (t.tag === URI_TAG) return { form: 'uri', uri: text, text: `URI:${text}` };
  // An address of another size is still an IP name: OpenSSL finds it outside every subtree (nc_ip).
  const sizes = subtree ? [8, 32] : [4, 16];
  if (t.tag === IP_TAG) return { form: 'ip', ip: value, text: sizes.includes(value.length) ? (subtree ? `IP:${subnetText(value)}` : ipText(value)) : `IP:${value.toString('hex')}` };
  const inner = t.tag === DIR_TAG ? tlvAt(der, t.start, t.end) : undefined;
  const dn = inner && dirName(der, inner);
  if (dn) return { form: 'dir', canon: dn.canon, text: `DirName:${dn.text}` };
  if (t.tag === OTHER_NAME_TAG) return otherName(der, t, subtree);
  return { form: 'other', kind: `tag:${t.tag.toString(16)}`, text: `[${t.tag & 0x1f}]` };
}

/** OtherName ::= SEQUENCE { type-id OID, value [0] EXPLICIT ANY }; a SAN's SmtpUTF8Mailbox is an e-mail name. */
function otherName(der: Buffer, t: Tlv, subtree: boolean): Name {
  const [type, explicit] = childrenOf(der, t) ?? [];
  const oid = oidOf(der, type) ?? '?';
  const inner = explicit && explicit.tag === 0xa0 ? tlvAt(der, explicit.start, explicit.end) : undefined;
  const utf8 = inner && inner.tag === 0x0c ? valueOf(der, inner).toString('utf8') : undefined;
  const text = `otherName:${oid}${utf8 === undefined ? '' : `;UTF8:${utf8}`}`;
  if (oid === SMTP_UTF8_MAILBOX && !subtree) return { form: 'email', email: utf8 ?? '', eai: true, text: `email:${utf8 ?? text}` };
  return { form: 'other', kind: `otherName:${oid}`, text };
}
