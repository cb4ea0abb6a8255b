// What the pool of a bundle read by content holds (pool.ts fills it): the certificates and keys, and the files
// set aside unread (a locked or cut PKCS#12, a Java keystore, an archive) until the roles are known. Pure.
import type { InputError } from '../../errors.js';
import type { Container } from './container.js';
import type { DecodedKey } from './decode-key.js';
import type { Findings } from './findings.js';
import type { JavaKeystore } from './jks.js';
import type { Cert } from './model.js';
import type { Locked, PfxRead } from './pfx.js';
import { publicOf } from './public-key.js';
import type { CertSlot, Scanned } from './scan.js';
import type { SshKind } from './ssh-text.js';

export interface Pool {
  /** Certificates of the files, each once (identical ones share one Cert), in file order. */
  certs: Cert[];
  /** Certificate blocks that did not decode. */
  faults: Array<{ slot: CertSlot; source: string }>;
  keys: DecodedKey[];
  /** Why key material that was there could not be used (reported only when no key could). */
  keyProblems: Findings;
  /** Files that could not be opened but need not be: classify.ts says so, or raises them when the leaf or key is missing. */
  setAside?: SetAside[];
  /** PKCS#12 files read, with the input-converted note said about them (corrected once the path is known). */
  pfx?: PfxRead[];
  /** Files holding a CRL or a CSR (their labels): no part of an upload, said once each (not-sent.ts); a CSR, PEM or
   * DER, is named instead when no certificate is found (classify.ts). */
  notSent?: Array<{ source: string; labels: string[] }>;
  /** Files holding an SSH key (id_rsa.pub's line, a .ppk, an OpenSSH key): a .pub is named when no private key is found, and a lone one is the wrong file (lone-file.ts). */
  ssh?: Array<{ source: string; kind: SshKind }>;
  /** How each file's bytes read, in order (lone-file.ts: a bundle of one file that held nothing of one). */
  forms?: Array<Scanned['form']>;
}

/** A file of the bundle left unread: a PKCS#12 that its password (none, or the one given) did not open, or cut short; a Java keystore. */
export type SetAside = ({ source: string } & Locked) | { source: string; keystore: JavaKeystore; truststore?: boolean } | { source: string; container: Container } | { source: string; cut: Cut };
/** A PKCS#12 of a bundle folder cut short: the length it announces, the length there, and the exit-2 error when it is needed. */
export interface Cut {
  expected: number;
  size: number;
  error: InputError;
}
export const isLocked = (a: SetAside): a is { source: string } & Locked => 'locked' in a;
export const isContainer = (a: SetAside): a is { source: string; container: Container } => 'container' in a;
export const isCut = (a: SetAside): a is { source: string; cut: Cut } => 'cut' in a;
export const isKeystore = (a: SetAside): a is { source: string; keystore: JavaKeystore; truststore?: boolean } => 'keystore' in a;

/** Adds `key` unless the pool holds its public key already (one key in two files is one key). */
export function addKey(pool: Pool, key: DecodedKey | undefined): void {
  if (!key) return;
  const pub = publicOf(key);
  if (!pool.keys.some((k) => publicOf(k).equals(pub))) pool.keys.push(key);
}
