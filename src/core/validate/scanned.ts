// What one input's bytes hold, as scan.ts reads them once: certificates (parsed, or why not), private key blocks,
// other PEM blocks, and how the bytes were read. Types only.
import type { Container } from './container.js';
import type { JavaKeystore } from './jks.js';
import type { Cert } from './model.js';
import type { PemBlock } from './pem.js';
import type { LayoutFault } from './pem-layout.js';
import type { SshText } from './ssh-text.js';

/** Why a certificate block did not give a certificate ('bare': base64 of one without armor; 'truncated': DER cut short;
 *  'nested': its base64 decodes to PEM text, a Kubernetes or Traefik value wrapped in armor lines). */
export type CertFault = 'no-end' | 'no-begin' | 'empty' | 'base64' | 'x509' | 'bare' | 'truncated' | 'nested' | 'bare-nested' | 'bare-p7';

export interface CertSlot {
  /** 1-based among the certificates of the input. */
  position: number;
  cert?: Cert;
  fault?: CertFault;
  label: string;
  /** For 'truncated': the length announced and the length there. */
  expected?: number;
  size?: number;
  /** For 'bare-p7': how many certificates the PKCS#7 set holds, and their SHA-256. */
  count?: number;
  held?: string[];
}

export interface Scanned {
  source: string;
  /** 'binary': DER that is not one structure; 'der': one DER structure (a certificate, or maybe a key). */
  form: 'empty' | 'text' | 'der' | 'pkcs12' | 'truncated' | 'binary' | 'keystore';
  /** For 'keystore': which Java keystore (Tomcat's site.jks); scm cannot open one, only say how to convert it. */
  keystore?: JavaKeystore;
  /** For 'keystore': it holds trusted certificates only, no private key entry (jks.ts). */
  truststore?: boolean;
  utf16: boolean;
  repaired: boolean;
  /** The only line break put back was between an END line and the next BEGIN line (files joined with cat). */
  joined?: boolean;
  /** A UTF-8 text, line breaks intact, laid out in a way OpenSSL's PEM reader refuses as it stands (pem-layout.ts). */
  layout?: LayoutFault;
  /** Certificate blocks in order (or the DER certificate, or the certificates of a PKCS#7 file). */
  certs: CertSlot[];
  /** PEM blocks of private keys. */
  keyBlocks: PemBlock[];
  /** TRUSTED CERTIFICATE blocks read as their certificate (for the info finding). */
  trusted: CertSlot[];
  /** The labels of other PEM blocks (CERTIFICATE REQUEST, PUBLIC KEY, EC PARAMETERS, ...). */
  otherLabels: string[];
  /** Labels of END lines without a BEGIN (pem.ts). */
  orphanEnds: string[];
  /** Text that looks like a PEM body without its armor lines. */
  bareBase64: boolean;
  /** ... and it is the body of a certificate. */
  bareCert: boolean;
  /** ... and it decodes to PEM text (kubectl's or Traefik's base64 value, not decoded). */
  bareNested: boolean;
  /** ... and it is a PKCS#7 set (a .p7b as a CA portal's text box shows it): how many certificates, else 0. */
  bareP7: number;
  /** ... and none of those: its bytes (pool.ts: a key's body pasted without its armor lines). */ bareDer?: Buffer;
  /** Each certificate of that set by its derKey: a folder holding them decoded too has no fault. */
  bareP7Held?: string[];
  /** A Kubernetes Secret or Traefik's acme.json: the PEM is base64 inside it; or an archive (container.ts). */
  container?: Container;
  /** The text starts with a BEGIN line (an orphan END then belongs to a later block). */
  startsWithBegin: boolean;
  /** For 'truncated', and a 'pkcs12' cut short: the length the DER header announces (read here, once). */
  expected?: number;
  /** An SSH key as text with no PEM (PuTTY's .ppk, an OpenSSH public key line): ssh-text.ts. */
  ssh?: SshText;
  /** Bytes read. */
  size: number;
  /** For 'der' and 'pkcs12': the bytes, for the key decoder or the PKCS#12 reader. */
  der?: Buffer;
  /** For 'der': line ends or NULs after the DER data (a text transfer added them), left out as OpenSSL does. */
  trailing?: number;
  /** For 'der': certificates in DER one after another, of which OpenSSL reads only the first. */
  derRun?: true;
  /**
   * For 'binary': DER certificates and private keys one after another (`cat cert.der key.der`), each piece with
   * its offset in the file (der-mixed.ts); a certificate's piece holds its parsed slot.
   */
  derMixed?: DerPiece[];
}

/** A piece of DER certificates and keys joined (der-pieces.ts): its offset, and a certificate's parsed slot. */
export type DerPiece = { at: number; der: Buffer } & ({ kind: 'cert'; cert: Cert } | { kind: 'key' });
