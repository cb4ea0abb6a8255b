// What a certificate may be used for (extendedKeyUsage, RFC 5280 4.2.1.12): a TLS server certificate, and every CA
// above it that restricts its uses, must allow serverAuth. OpenSSL refuses it otherwise ("unsupported certificate
// purpose", check_purpose_ssl_server), browsers too; SCM checks names only, so a client or e-mail certificate
// uploaded by mistake is stored, and a site fails on it. Netscape's and Microsoft's Server Gated Crypto allow it
// for OpenSSL; anyExtendedKeyUsage does not (XKU_ANYEKU is no XKU_SSL_SERVER: error 26 at the leaf and at a CA),
// though browsers take it, so that case is said apart.
import { childrenOf, oidOf, tlvAt, valueOf } from './der.js';
import { certExtensions, keyUsageBits } from './der-cert.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';
import type { Cert } from './model.js';

const EXTENDED_KEY_USAGE = '2.5.29.37';
const SERVING = new Set(['1.3.6.1.5.5.7.3.1', '1.3.6.1.4.1.311.10.3.3', '2.16.840.1.113730.4.1']);
const ANY = '2.5.29.37.0';
const NAMES: Record<string, string> = {
  [ANY]: 'anyExtendedKeyUsage',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '1.3.6.1.5.5.7.3.17': 'ipsecIKE',
  '1.3.6.1.4.1.311.20.2.2': 'msSmartcardLogin',
  '1.3.6.1.4.1.311.10.3.12': 'msDocumentSigning',
};

/** The extendedKeyUsage OIDs, or undefined when the certificate has none (then it may be used for anything). */
export function extendedKeyUsages(der: Buffer): string[] | undefined {
  const ext = certExtensions(der).find((e) => e.id === EXTENDED_KEY_USAGE);
  const octets = ext?.parts.at(-1);
  const seq = octets && tlvAt(der, octets.start, octets.end);
  const list = seq && seq.tag === 0x30 ? childrenOf(der, seq) : undefined;
  return list?.map((t) => oidOf(der, t) ?? '?');
}

/** keyUsage's bits as keyUsageBits reads them (digitalSignature is 0x8000), with their RFC 5280 names. */
const KEY_USAGES: Array<[number, string]> = [[0x8000, 'digitalSignature'], [0x4000, 'nonRepudiation'], [0x2000, 'keyEncipherment'],
  [0x1000, 'dataEncipherment'], [0x0800, 'keyAgreement'], [0x0400, 'keyCertSign'], [0x0200, 'cRLSign'], [0x0100, 'encipherOnly'], [0x0080, 'decipherOnly']];
const DIGITAL_SIGNATURE = 0x8000;
/** What OpenSSL's check_purpose_ssl_server asks of a leaf's keyUsage: one of these (ku_reject). */
const SERVER_KEY_USAGE = DIGITAL_SIGNATURE | 0x2000 | 0x0800;

/**
 * A leaf whose keyUsage leaves TLS servers out: without digitalSignature, keyEncipherment and keyAgreement
 * (only keyCertSign, say, or nonRepudiation) OpenSSL refuses its purpose (error 26); an EC key without
 * digitalSignature passes that check, but an ECDSA server signs its handshake, and OpenSSL will not serve TLS 1.2
 * with it (no ECDSA cipher suite is usable: "handshake failure"). Said once: true when it was.
 */
function checkLeafKeyUsage(leaf: Cert, f: Findings): boolean {
  const usage = keyUsageBits(leaf.der);
  if (usage === undefined) return false;
  const set = KEY_USAGES.filter(([bit]) => (usage & bit) !== 0).map(([, name]) => name);
  const params = { cert: leaf.name, usages: set.length > 0 ? set.join(f.say(M.listSeparator)) : f.say(M.nothingAtAll) };
  if ((usage & SERVER_KEY_USAGE) === 0) f.add('cert-not-for-servers', M.notForServersUsage, params, M.notForServersUsageFix);
  else if (leaf.key.type === 'EC' && !leaf.sm2 && (usage & DIGITAL_SIGNATURE) === 0) f.add('cert-not-for-servers', M.notForServersEcUsage, params, M.notForServersUsageFix);
  else return false;
  return true;
}

const NS_CERT_TYPE = '2.16.840.1.113730.1.1';
/** Netscape's nsCertType bits (the first byte of its BIT STRING), by the names openssl's config gives them. */
const NS_TYPES: Array<[number, string]> = [[0x80, 'client'], [0x40, 'server'], [0x20, 'email'], [0x10, 'objsign'], [0x08, 'reserved'], [0x04, 'sslCA'], [0x02, 'emailCA'], [0x01, 'objCA']];
const NS_SSL_SERVER = 0x40;

/** nsCertType's bits, or undefined without the extension (then it says nothing). */
function nsCertType(der: Buffer): number | undefined {
  const octets = certExtensions(der).find((e) => e.id === NS_CERT_TYPE)?.parts.at(-1);
  const bits = octets && tlvAt(der, octets.start, octets.end);
  return bits && bits.tag === 0x03 ? (valueOf(der, bits)[1] ?? 0) : undefined;
}

/**
 * A leaf whose obsolete Netscape nsCertType leaves out SSL servers (client, email): OpenSSL still reads it and
 * refuses the purpose (ns_reject, error 26), whatever extendedKeyUsage says; browsers no longer read it.
 */
function checkLeafNsCertType(leaf: Cert, f: Findings): void {
  const types = nsCertType(leaf.der);
  if (types === undefined || (types & NS_SSL_SERVER) !== 0) return;
  const set = NS_TYPES.filter(([bit]) => (types & bit) !== 0).map(([, name]) => name);
  f.add('cert-not-for-servers', M.notForServersNs, { cert: leaf.name, types: set.length > 0 ? set.join(f.say(M.listSeparator)) : f.say(M.nothingAtAll) }, M.notForServersNsFix);
}

/**
 * Each certificate of the path whose extendedKeyUsage leaves out TLS servers (from the `from`th on), and a leaf
 * whose keyUsage or nsCertType does: one finding per certificate, the first of those that applies.
 */
export function checkServerPurpose(path: readonly Cert[], f: Findings, from = 0): void {
  for (const [i, c] of path.entries()) {
    if (i < from) continue;
    const uses = extendedKeyUsages(c.der);
    if (!uses || uses.some((u) => SERVING.has(u))) {
      // A CA given as the leaf has a CA's keyUsage: cert-is-ca is the cause, said once.
      if (i === 0 && !c.ca && !checkLeafKeyUsage(c, f)) checkLeafNsCertType(c, f);
      continue;
    }
    const params = { cert: c.name, uses: uses.length > 0 ? uses.map((u) => NAMES[u] ?? u).join(f.say(M.listSeparator)) : f.say(M.nothingAtAll) };
    const any = uses.includes(ANY);
    const fix = any ? M.notForServersAnyFix : undefined;
    if (i === 0) f.add('cert-not-for-servers', any ? M.notForServersAny : M.notForServers, params, fix);
    else f.add('cert-not-for-servers', any ? M.notForServersAnyCa : M.notForServersCa, { ...params, leaf: path[0]!.name }, fix);
  }
}
