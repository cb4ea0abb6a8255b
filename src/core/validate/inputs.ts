// Gathers a bundle's certificates and key from its inputs: certificate/key/chain (PEM or DER; a
// certificate input may hold the whole chain, and even the key) or a PKCS#12 file.
import { decodeCerts } from './decode-certs.js';
import { decodeKey, type DecodedKey } from './decode-key.js';
import { importPrivateKey } from './key-import.js';
import type { Findings } from './findings.js';
import { certFromDer, describeKey, type Cert } from './model.js';
import { armor, toText } from './pem.js';
import { unpackPfx } from './pfx.js';
import type { BundleInput } from './types.js';

export interface Gathered {
  /** Upload order: what goes in `certificate` first, then what goes in `certificate_chain`. */
  certs: Cert[];
  key?: DecodedKey;
  /** False for PKCS#12, whose bags carry no order. */
  ordered: boolean;
  /** The leaf was given but did not decode: leaf checks are skipped. */
  leafFailed: boolean;
  /** Lengths of the raw input strings, for `measureInput`. */
  raw: { certificate?: number; certificate_chain?: number; private_key?: number };
}

/** Messages say "standard input" where the io layer says '-'. */
function named(input: BundleInput): BundleInput {
  const out: BundleInput = { ...input };
  for (const slot of ['cert', 'key', 'chain', 'pfx'] as const) {
    const raw = input[slot];
    if (raw?.source === '-') out[slot] = { ...raw, source: 'standard input' };
  }
  return out;
}

export function gatherFiles(given: BundleInput, f: Findings): Gathered {
  const input = named(given);
  const cert = input.cert ? decodeCerts(input.cert, 'cert', f) : undefined;
  if (!cert) f.add('cert-missing', 'no certificate was given (pass --cert FILE)');
  const chain = input.chain ? decodeCerts(input.chain, 'chain', f) : undefined;
  const key = decodeKey(input.key, { blocks: cert?.keyBlocks ?? [], source: input.cert?.source ?? '' }, f);
  let certs = cert?.certs ?? [];
  if (chain) {
    if (certs.length > 1) f.add('cert-extra-ignored', `${input.cert!.source} holds ${certs.length} certificates; as a chain was given too, only the first is sent`);
    certs = [...certs.slice(0, 1), ...chain.certs];
  }
  const len = (data: Buffer | undefined): number | undefined => (data === undefined ? undefined : toText(data).length);
  return {
    certs,
    ...(key ? { key } : {}),
    ordered: true,
    leafFailed: cert?.leafFailed ?? false,
    raw: { certificate: len(input.cert?.data), certificate_chain: len(input.chain?.data), private_key: len(input.key?.data) },
  };
}

export async function gatherPfx(given: BundleInput, f: Findings): Promise<Gathered> {
  const input = named(given);
  const pfx = input.pfx!;
  const unpacked = await unpackPfx(pfx, input.pfxPassword);
  const certs: Cert[] = [];
  unpacked.certs.forEach((der, i) => {
    try {
      certs.push(certFromDer(der, pfx.source, i + 1));
    } catch {
      f.add(i === 0 ? 'cert-unparsable' : 'chain-unparsable', `certificate ${i + 1} in ${pfx.source} does not parse as an X.509 certificate`);
    }
  });
  if (unpacked.certs.length === 0) f.add('cert-missing', `${pfx.source} holds no certificate`);
  let key: DecodedKey | undefined;
  const der = unpacked.keys[0];
  if (der === undefined) f.add('key-empty', `${pfx.source} holds no private key`);
  else {
    try {
      const k = importPrivateKey(der, 'pkcs8');
      key = { key: k, pem: armor('PRIVATE KEY', der), info: describeKey(k), source: pfx.source };
    } catch {
      f.add('key-unparsable', `the private key in ${pfx.source} does not parse`);
    }
  }
  f.add('input-converted', `${pfx.source} is PKCS#12; its ${certs.length === 1 ? 'certificate' : `${certs.length} certificates`}${key ? ' and private key' : ''} will be sent as PEM`);
  return { certs, ...(key ? { key } : {}), ordered: false, leafFailed: false, raw: {} };
}
