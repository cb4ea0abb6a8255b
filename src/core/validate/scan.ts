// Reads the bytes of one input once into what they hold: certificates (parsed, or why not), private key
// blocks, other PEM blocks, and how the bytes were read (DER, PKCS#12, UTF-16, repaired line breaks).
// The --cert/--key/--chain decoders and the bundle classifier interpret the same scan, each in its own way.
// What a scan holds: scanned.ts.
import { encodingOf, tlvAt } from './der.js';
import { mixedPieces } from './der-pieces.js';
import type { CertSlot, Scanned } from './scanned.js';
import { derRun, isDerSequence, isPadding, looksLikePkcs12, looksLikeTruncatedDer, pkcs7Certs, truncatedPkcs12Length } from './der-sniff.js';
import { certFromDer, derKey, type Cert } from './model.js';
import { issuanceOrder } from './p7-order.js';
import { isCertLabel, isKeyLabel } from './block-labels.js';
import { decodeText, looksLikeBareBase64, scanPem } from './pem.js';
import type { RawInput } from './types.js';
import { archiveOf, containerOf, isPemText } from './container.js';
import { javaKeystore, trustedOnly } from './jks.js';
import { layoutFault } from './pem-layout.js';
import { sshText } from './ssh-text.js';

export type { CertFault, CertSlot, DerPiece, Scanned } from './scanned.js';

/**
 * Whether a file holds anything a bundle is made of (a certificate, a key, PKCS#12, a keystore, any PEM block,
 * even a broken one), as opposed to a README or notes that a shell glob brought along.
 */
export function holdsBundleMaterial(s: Scanned): boolean {
  if (s.form === 'empty' || s.form === 'binary') return false;
  if (s.form !== 'text') return true;
  return s.certs.length + s.keyBlocks.length + s.otherLabels.length + s.orphanEnds.length > 0 || s.bareBase64;
}

// A PKCS#12 counts too when its outer SEQUENCE has BER's indefinite length (30 80), as older exporters write it.
const isDer = (data: Buffer): boolean => !data.includes('-----BEGIN ') && (isDerSequence(data) || looksLikePkcs12(data));

function slot(der: Buffer | null, label: string, position: number, source: string, seen?: Map<string, Cert>): CertSlot {
  if (!der) return { position, label, fault: 'base64' };
  // X509Certificate takes PEM text as readily as DER: base64 of a PEM file inside armor lines would parse here
  // and then be sent as it is, which SCM cannot read. What is judged must be what is sent.
  if (isPemText(der)) return { position, label, fault: 'nested' };
  // A TRUSTED CERTIFICATE block is the certificate followed by openssl's trust settings.
  const body = label === 'TRUSTED CERTIFICATE' ? (() => { const t = tlvAt(der, 0); return t ? encodingOf(der, t) : der; })() : der;
  try {
    return { position, label, cert: certFromDer(body, source, position, seen) };
  } catch {
    return { position, label, fault: 'x509' };
  }
}

function empty(source: string, form: Scanned['form'], size: number): Scanned {
  return { source, form, utf16: false, repaired: false, certs: [], keyBlocks: [], trusted: [], otherLabels: [], orphanEnds: [], bareBase64: false, bareCert: false, bareNested: false, bareP7: 0, startsWithBegin: false, size };
}

function scanDer(input: RawInput, seen?: Map<string, Cert>): Scanned {
  const out: Scanned = { ...empty(input.source, 'der', input.data.length), der: input.data };
  if (looksLikePkcs12(input.data)) return { ...out, form: 'pkcs12' };
  const bundle = pkcs7Certs(input.data);
  if (bundle) {
    out.certs = issuanceOrder(bundle.map((der, i) => slot(der, 'PKCS7', i + 1, input.source, seen)));
    return out;
  }
  const one = slot(input.data, 'CERTIFICATE', 1, input.source, seen);
  if (one.cert) out.certs = [one];
  return out;
}

/**
 * A DER SEQUENCE of a long length (any certificate or key: no text has 0x81-0x84 after '0'), or of a short one that
 * opens with an INTEGER (a key under 128 bytes, P-256 SEC1 or Ed25519, starts with its version: no text has 0x02),
 * followed only by line ends, spaces or NULs, as a text-mode transfer or an editor leaves them: the DER part, which
 * OpenSSL reads too.
 */
function derBeforeTrailing(data: Buffer): Buffer | undefined {
  const long = data[1]! >= 0x81 && data[1]! <= 0x84;
  if (data[0] !== 0x30 || !(long || (data[1]! < 0x80 && data[2] === 0x02))) return undefined;
  const outer = tlvAt(data, 0);
  if (!outer || outer.end >= data.length) return undefined;
  for (let i = outer.end; i < data.length; i++) if (!isPadding(data[i]!)) return undefined;
  return data.subarray(0, outer.end);
}

const P7_LABELS = new Set(['PKCS7', 'PKCS #7 SIGNED DATA']);
/** A PEM BEGIN line, at the start of a line. */
const ARMOR = /^-----BEGIN [A-Z0-9 #]+-----/m;

/** Reads `input` once. `seen` (per bundle) lets a certificate met twice be parsed once. */
export function scanInput(input: RawInput, seen?: Map<string, Cert>): Scanned {
  const { data, source } = input;
  const keystore = javaKeystore(data);
  if (keystore) return { ...empty(source, 'keystore', data.length), keystore, ...(trustedOnly(data) ? { truststore: true } : {}) };
  const archive = archiveOf(data);
  if (archive) return { ...empty(source, 'binary', data.length), container: archive };
  if (isDer(data)) return scanDer(input, seen);
  const trailing = derBeforeTrailing(data);
  if (trailing) return { ...scanDer({ ...input, data: trailing }, seen), size: data.length, trailing: data.length - trailing.length };
  // DER certificates joined (`cat leaf.der inter.der`): each in the order given, as the blocks of a PEM file are.
  const run = derRun(data);
  const derJoined = run?.map((der, i) => slot(der, 'CERTIFICATE', i + 1, source, seen));
  if (derJoined?.every((s) => s.cert)) return { ...empty(source, 'der', data.length), der: data, certs: derJoined, derRun: true };
  // ... and private keys among them (`cat cert.der key.der`): no one form, but each piece is whole.
  const mixed = run && derJoined ? mixedPieces(run, derJoined) : undefined;
  if (mixed) return { ...empty(source, 'binary', data.length), derMixed: mixed };
  // A PKCS#12 cut short is still a PKCS#12: the reader of its role says so (pfx.ts), not 'DER that stops short'.
  const announced = truncatedPkcs12Length(data);
  if (announced !== undefined) return { ...empty(source, 'pkcs12', data.length), der: data, expected: announced };
  if (looksLikeTruncatedDer(data)) {
    const n = data[1]! & 0x7f;
    let len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + data[2 + i]!;
    return { ...empty(source, 'truncated', data.length), expected: 2 + n + len };
  }
  const { text, utf16, repaired, joined } = decodeText(data);
  if (text.trim() === '') return { ...empty(source, 'empty', data.length), utf16 };
  // Control bytes mark binary data, unless the text holds PEM armor, whose reader (OpenSSL's too) skips whatever lies
  // between blocks: `openssl pkcs12 -nodes` (3.0) writes a Chinese friendlyName there as the low byte of each character.
  // Never a NUL, which no text tool writes and a .tar's header is full of: an archive stays binary.
  const head = text.slice(0, 512);
  if (!utf16 && (head.includes('\0') || (/[\x01-\x08\x0e-\x1f]/.test(head) && !ARMOR.test(text)))) return empty(source, 'binary', data.length);
  const scan = scanPem(text);
  const out: Scanned = { ...empty(source, 'text', data.length), utf16, repaired, ...(joined ? { joined } : {}), orphanEnds: scan.orphanEnds, startsWithBegin: /^\s*-----BEGIN /.test(text) };
  const layout = utf16 || repaired ? undefined : layoutFault(text);
  if (layout) out.layout = layout;
  let position = 0;
  for (const block of scan.blocks) {
    // A PKCS#7 set under either label OpenSSL reads (PKCS7, PKCS #7 SIGNED DATA), or under CERTIFICATE, as
    // Windows AD CS web enrollment writes its Base64 certnew.p7b: its certificates, in no order of their own.
    const set = block.der && (P7_LABELS.has(block.label) || block.label === 'CERTIFICATE') ? pkcs7Certs(block.der) : undefined;
    if (set) {
      out.certs.push(...issuanceOrder(set.map((der) => slot(der, 'PKCS7', ++position, source, seen))));
    } else if (isCertLabel(block.label)) {
      position++;
      if (!block.complete) out.certs.push({ position, label: block.label, fault: 'no-end' });
      else if (block.bodyLength === 0) out.certs.push({ position, label: block.label, fault: 'empty' });
      else {
        const s = slot(block.der, block.label, position, source, seen);
        out.certs.push(s);
        if (s.cert && block.label === 'TRUSTED CERTIFICATE') out.trusted.push(s);
      }
    } else if (isKeyLabel(block.label)) out.keyBlocks.push(block);
    else out.otherLabels.push(block.label);
  }
  out.bareBase64 = scan.blocks.length === 0 && scan.orphanEnds.length === 0 && looksLikeBareBase64(scan.outside);
  const bare = out.bareBase64 ? Buffer.from(scan.outside, 'base64') : undefined;
  out.bareNested = bare !== undefined && isPemText(bare);
  if (scan.blocks.length === 0) out.container = containerOf(text);
  const ssh = scan.blocks.length === 0 ? sshText(text) : undefined;
  if (ssh) out.ssh = ssh;
  out.bareCert = bare !== undefined && !out.bareNested && slot(bare, 'CERTIFICATE', 1, source).cert !== undefined;
  const set = bare !== undefined && !out.bareNested && !out.bareCert ? pkcs7Certs(bare) : undefined;
  out.bareP7 = set?.length ?? 0;
  if (set) out.bareP7Held = set.map(derKey);
  else if (bare && !out.bareNested && !out.bareCert) out.bareDer = bare;
  return out;
}
