// --chain, given once or more (BundleInput.chain): the certificates of every file, as one chain. DigiCert
// ships DigiCertCA.crt beside TrustedRoot.crt, and some CAs send each intermediate as a file of its own; read
// as "the last --chain" the chain lacked a certificate that was given, and the finding asked for it.
import { decodeCerts, type DecodedCerts } from './decode-certs.js';
import type { Findings } from './findings.js';
import type { Cert } from './model.js';
import { scanInput } from './scan.js';
import type { BundleInput, RawInput } from './types.js';

/** The --chain inputs in the order given: none, one or several. */
export const chainInputs = (input: BundleInput): readonly RawInput[] => (input.chain === undefined ? [] : 'data' in input.chain ? [input.chain] : input.chain);

export interface ChainFiles extends DecodedCerts {
  /** The files, as messages name them, in the order given. */
  sources: string[];
  /** The first file that was empty. */
  emptySource?: string;
}

/**
 * The certificates of `raws` (already named for messages) in the order given, each file's problems reported
 * with the chain's rules; undefined without --chain. `seen`: the pool's certificates parsed already.
 */
export function decodeChains(raws: readonly RawInput[], f: Findings, seen?: Map<string, Cert>): ChainFiles | undefined {
  if (raws.length === 0) return undefined;
  const out: ChainFiles = { certs: [], keyBlocks: [], leafFailed: false, chainFailed: false, empty: true, loose: [], sources: [] };
  for (const raw of raws) {
    const d = decodeCerts(scanInput(raw, seen), 'chain', f);
    out.sources.push(raw.source);
    out.certs.push(...d.certs);
    out.loose.push(...d.loose);
    out.chainFailed ||= d.chainFailed;
    out.empty &&= d.empty;
    if (d.empty) out.emptySource ??= raw.source;
  }
  return out;
}
