// SCM's answer to an export, judged before anything is written: PEM whose line breaks were lost or escaped on the
// way, mended as validate mends input; a certificate X.509 does not parse, a private key that is not one, or a key
// that is not the certificate's, each a fault that stops the export (files.ts writes what passes).
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { ExportedCertificate } from '../../api/types.js';
import { importPrivateKey } from '../../core/validate/key-import.js';
import { certFromDer, type Cert } from '../../core/validate/model.js';
import { repairPem, scanPem } from '../../core/validate/pem.js';

/**
 * SCM's answer with the line breaks of its PEM written as the two characters \\n (PEM in a JSON string encoded
 * twice) or turned into spaces: mended as validate mends such input, so that the files are PEM a server reads
 * (refused as unreadable before). `mended` says whether any field needed it.
 */
export function mendAnswer(e: ExportedCertificate): { answer: ExportedCertificate; mended: boolean } {
  let mended = false;
  const fix = (s: string): string => {
    const repaired = repairPem(s);
    if (repaired === undefined) return s;
    mended = true;
    return repaired;
  };
  const answer = { ...e, certificate: fix(e.certificate), certificateChain: fix(e.certificateChain), entireCertificate: fix(e.entireCertificate), privateKey: fix(e.privateKey), encCertificate: fix(e.encCertificate), encPrivateKey: fix(e.encPrivateKey) };
  return { answer, mended };
}

const DER_TYPE: Record<string, 'pkcs1' | 'pkcs8' | 'sec1'> = { 'RSA PRIVATE KEY': 'pkcs1', 'EC PRIVATE KEY': 'sec1', 'PRIVATE KEY': 'pkcs8' };

/** The first block of `text` that is a `what`, parsed; undefined when that block does not parse (or there is none). */
function firstOf(text: string, what: 'certificate'): Cert | undefined;
function firstOf(text: string, what: 'key'): KeyObject | undefined;
function firstOf(text: string, what: 'certificate' | 'key'): Cert | KeyObject | undefined {
  for (const block of scanPem(text).blocks) {
    if (!block.der || !block.complete) continue;
    try {
      if (what === 'certificate' && block.label === 'CERTIFICATE') return certFromDer(block.der, 'export', 0);
      if (what === 'key' && DER_TYPE[block.label]) return importPrivateKey(block.der, DER_TYPE[block.label]!);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Is `key` the certificate's key? undefined when the two cannot be compared. */
function fits(cert: Cert, key: KeyObject): boolean | undefined {
  try {
    return createPublicKey(key).equals(cert.publicKey);
  } catch {
    return undefined;
  }
}

/** Is the key in `keyPem` the certificate's (the first of `certPem`)? undefined when either cannot be read or compared. */
export function keyFits(certPem: string, keyPem: string): boolean | undefined {
  const cert = firstOf(certPem, 'certificate');
  const key = firstOf(keyPem, 'key');
  return cert && key ? fits(cert, key) : undefined;
}

export type AnswerFault = 'certificate' | 'private key' | 'matching key';

/**
 * What SCM's answer lacks to be written: a certificate X.509 parses, and, when SCM sent a private key, one
 * that is a private key and the certificate's (a server given a key of another certificate refuses to start).
 * No key at all is not a fault: a certificate bought with your own CSR has none in SCM (run.ts says so).
 * Each is parsed once.
 */
export function answerFaults(e: ExportedCertificate): AnswerFault[] {
  const faults: AnswerFault[] = [];
  const cert = firstOf(e.certificate.trim() === '' ? e.entireCertificate : e.certificate, 'certificate');
  if (!cert) faults.push('certificate');
  if (e.privateKey.trim() === '') return faults;
  const key = firstOf(e.privateKey, 'key');
  if (!key) faults.push('private key');
  else if (cert && fits(cert, key) === false) faults.push('matching key');
  return faults;
}
