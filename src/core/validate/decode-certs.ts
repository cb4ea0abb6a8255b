// Turns the bytes of a certificate or chain input (PEM with any number of blocks, or DER) into parsed
// certificates, reporting armor, body and parse problems with the SCM code the server would return.
import type { Findings } from './findings.js';
import { isDerSequence, looksLikePkcs12 } from './der.js';
import { certFromDer, type Cert } from './model.js';
import { describeLabel, isCertLabel, isKeyLabel, looksLikeBareBase64, scanPem, toText, type PemBlock } from './pem.js';
import type { RawInput } from './types.js';

export type Role = 'cert' | 'chain';

export interface DecodedCerts {
  certs: Cert[];
  /** Private key blocks found in a certificate file (a combined PEM); used when no key is given. */
  keyBlocks: PemBlock[];
  /** The first certificate of a certificate input (the leaf) was there but did not decode. */
  leafFailed: boolean;
}

/** True when the input is one binary DER structure rather than text. */
export const isDer = (data: Buffer): boolean => !data.includes('-----BEGIN ') && isDerSequence(data);

function decodeDer(input: RawInput, role: Role, f: Findings): Cert[] {
  const rule = role === 'cert' ? 'cert-unparsable' : 'chain-unparsable';
  if (looksLikePkcs12(input.data)) {
    f.add(rule, `${input.source} is a PKCS#12 (.pfx/.p12) file, not a certificate; pass it with --pfx`);
    return [];
  }
  try {
    const cert = certFromDer(input.data, input.source, 1);
    f.add('input-converted', `${input.source} is DER; its certificate will be sent as PEM`);
    return [cert];
  } catch {
    f.add(rule, `${input.source} is binary (DER) data but not an X.509 certificate`);
    return [];
  }
}

function decodeBlock(block: PemBlock, where: string, rule: string, input: RawInput, position: number, f: Findings): Cert | undefined {
  if (!block.complete) return void f.add('cert-armor-missing', `${where} has no -----END ${block.label}----- line`);
  if (block.bodyLength === 0) return void f.add('cert-empty-body', `${where} has nothing between its BEGIN and END lines`);
  if (!block.der) return void f.add(rule, `${where} is not valid base64`);
  try {
    return certFromDer(block.der, input.source, position);
  } catch {
    return void f.add(rule, `${where} does not parse as an X.509 certificate`);
  }
}

export function decodeCerts(input: RawInput, role: Role, f: Findings): DecodedCerts {
  const out: DecodedCerts = { certs: [], keyBlocks: [], leafFailed: false };
  const src = input.source;
  if (isDer(input.data)) {
    out.certs = decodeDer(input, role, f);
    out.leafFailed = role === 'cert' && out.certs.length === 0;
    return out;
  }
  const text = toText(input.data);
  if (text.trim() === '') {
    if (role === 'cert') f.add('cert-missing', `${src} is empty`);
    return out;
  }
  const scan = scanPem(text);
  const others: string[] = [];
  let position = 0;
  for (const block of scan.blocks) {
    if (isKeyLabel(block.label) && role === 'cert') {
      out.keyBlocks.push(block);
    } else if (!isCertLabel(block.label)) {
      if (role === 'chain') f.add('chain-foreign-block', `${src} holds a ${describeLabel(block.label)}; a chain holds certificates only`);
      else others.push(block.label);
    } else {
      position++;
      const leaf = role === 'cert' && position === 1;
      const where = leaf ? `the certificate in ${src}` : `certificate ${position} in ${src}`;
      const cert = decodeBlock(block, where, leaf ? 'cert-unparsable' : 'chain-unparsable', input, position, f);
      if (cert) out.certs.push(cert);
      else if (leaf) out.leafFailed = true;
    }
  }
  if (scan.orphanEnds > 0) {
    f.add('cert-armor-missing', `${src} has an -----END----- line without its -----BEGIN----- line`);
    if (role === 'cert' && !/^-----BEGIN /.test(text.trimStart())) out.leafFailed = true;
  }
  if (scan.blocks.length === 0 && scan.orphanEnds === 0) {
    if (looksLikeBareBase64(scan.outside)) f.add('cert-armor-missing', `${src} holds base64 text without -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- lines`);
    else f.add(role === 'cert' ? 'cert-unparsable' : 'chain-unparsable', `${src} holds no PEM block and is not DER`);
  } else if (role === 'cert' && position === 0 && scan.orphanEnds === 0) {
    const held = [...others, ...out.keyBlocks.map((b) => b.label)];
    f.add('cert-unparsable', `${src} holds no certificate, only ${held.map((l) => `a ${describeLabel(l)}`).join(', ')}`);
  }
  return out;
}
