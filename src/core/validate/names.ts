// Names as messages show them, from what Node prints: distinguished names (one RDN a line; undefined when empty),
// the CN, and the DNS names and IP addresses of the subjectAltName. Also what to call a certificate or an issuer
// whose name is empty, in words that need no translating.
import type { X509Certificate } from 'node:crypto';

/** A value from an RDN or SAN line; Node quotes values with special characters as JSON strings. */
function unquote(value: string): string {
  if (!value.startsWith('"')) return value;
  try {
    return JSON.parse(value) as string;
  } catch {
    return value;
  }
}

/**
 * A dNSName is an IA5String, but CAs and openssl write internationalised names in UTF-8 anyway, and Node
 * shows those bytes one character each ("mÃ¼nchen"). Read them as the UTF-8 they are, when they are UTF-8.
 */
function utf8Name(value: string): string {
  if (!/[\x80-\xff]/.test(value) || /[^\x00-\xff]/.test(value)) return value;
  const decoded = Buffer.from(value, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? value : decoded;
}

export function commonName(x509: X509Certificate): string | undefined {
  // Node leaves `subject` undefined for an empty subject.
  for (const line of (x509.subject ?? '').split('\n')) if (line.startsWith('CN=')) return unquote(line.slice(3));
  return undefined;
}

/** "CN=a, O=b" from Node's one-RDN-per-line form ('' for an empty name, which Node gives as undefined). */
export const oneLine = (dn: string | undefined): string => (dn ?? '').split('\n').filter(Boolean).join(', ');

/** A distinguished name for messages: its CN when it has one ("CN=R11"), else all of it; '' when it is empty. */
export function dnName(dn: string | undefined): string {
  const cn = dn?.split('\n').find((line) => line.startsWith('CN='));
  return cn !== undefined ? `CN=${unquote(cn.slice(3))}` : oneLine(dn);
}

/**
 * What messages call a certificate whose subject is empty (RFC 5280 allows it beside a critical SAN; Let's
 * Encrypt's short-lived profile issues such leaves): its first SAN as openssl writes it, else the start of its
 * fingerprint as the summary shows it. Both read the same in every language.
 */
export function emptySubjectName(x509: X509Certificate): string {
  const { dns, ip } = altNames(x509);
  if (dns.length > 0) return `DNS:${dns[0]}`;
  if (ip.length > 0) return `IP:${ip[0]}`;
  return `SHA-256 ${x509.fingerprint256.slice(0, 23)}`;
}

/**
 * Its issuer's name when that is empty (RFC 5280 forbids it, openssl still writes it): for a self-signed one its
 * own name, else the key identifier that names the issuer instead, as openssl prints it, else "" (said as it is).
 */
export function emptyIssuerName(aki: string | undefined, selfSigned: boolean, name: string): string {
  if (selfSigned) return name;
  if (aki === undefined) return '""';
  return `keyid:${aki.toUpperCase().replace(/(..)(?!$)/g, '$1:')}`;
}

/**
 * An IPv6 address in its one canonical form (RFC 5952: lower case, zeros compressed, 2001:db8::1), via the URL
 * parser; undefined when it is none. Node prints a SAN's uncompressed, in upper case.
 */
export function ipv6Form(value: string): string | undefined {
  try {
    return new URL(`http://[${value}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
}

const ipForm = (ip: string): string => (ip.includes(':') && ipv6Form(ip)) || ip;

/** DNS names and IP addresses (IPv6 in its RFC 5952 form, as people read it) of the subjectAltName extension. */
export function altNames(x509: X509Certificate): { dns: string[]; ip: string[] } {
  const dns: string[] = [];
  const ip: string[] = [];
  const text = x509.subjectAltName ?? '';
  // Node writes a comma inside a value as \u002c, so ", " only ever separates entries: an entry starts there
  // (or at the start), never at a "DNS:" inside a URI, an email or a directory name.
  for (const m of text.matchAll(/(?:^|, )(DNS|IP Address):("(?:[^"\\]|\\.)*"|[^,]*)(?=, |$)/g)) {
    if (m[1] === 'DNS') dns.push(utf8Name(unquote(m[2]!)));
    else ip.push(ipForm(unquote(m[2]!)));
  }
  return { dns, ip };
}

