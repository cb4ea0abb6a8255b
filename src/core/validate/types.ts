// The validator's inputs and outputs. `validateBundle()` (src/core/validate/index.ts) is the one entry point
// shared by `scm validate`, `scm upload` (before sending) and the emulator (server-side import checks).
import type { Finding } from '../rules/types.js';

/** Raw bytes of one input slot, as read by src/io/ (core never touches files). */
export interface RawInput {
  /** Where it came from, for messages: a path, or '-' for standard input. Never the content. */
  source: string;
  data: Buffer;
}

/**
 * One bundle. Either the slots (--cert/--key/--chain: sent as given, in the order given), or `files`, read by
 * content whatever their names (a bundle folder, files given as arguments); with `files`, a slot given too
 * overrides that role. `pfx` is a PKCS#12 file (a bundle of its own).
 */
export interface BundleInput {
  cert?: RawInput;
  key?: RawInput;
  /** --chain, once or more: several make one chain, built by content (chain-files.ts). */
  chain?: RawInput | readonly RawInput[];
  pfx?: RawInput;
  /** Files told apart by content: which hold the leaf, the chain, the key, a PKCS#12. */
  files?: RawInput[];
  /** What to call the bundle in messages (the folder as given). */
  bundle?: string;
  /** Folders inside the bundle folder that hold files (a CA's download: Apache/ IIS/ Nginx/ Tomcat/). */
  subfolders?: string[];
  /** PKCS#12 password (from SCM_PFX_PASSWORD or --pfx-password-file); never printed. */
  pfxPassword?: string;
  /**
   * Where it came from: --pfx-password-file naming a file, or standard input; absent for SCM_PFX_PASSWORD. Never
   * the file's path: errors about that file name the option (README), as the path is often the password itself.
   */
  pfxPasswordFrom?: PasswordFrom;
  /** The files beside --pfx named like a CA's password file (pfx-password-files.ts): one named in the hint, never read. */
  pfxPasswordBeside?: string[];
  /** lego's <name>.json beside a --pfx or a .pfx argument <name>.pfx (io reads it): the .pfx is lego's (lego-pfx.ts). */
  pfxResourceBeside?: RawInput[];
  /**
   * The command takes --domain, which chooses among certificate+key pairs (`scm validate`): the ambiguous-pairs
   * error's hint offers it. Others (upload, rotate, check) have no such option, and their hint does not name it.
   */
  domainOffered?: true;
}

/** Where --pfx-password-file read the PKCS#12 password from. */
export type PasswordFrom = 'file' | 'stdin';

export type TargetService = 'CDN' | 'WAF' | 'ELB';

export interface ValidateOptions {
  now: Date;
  /** --name: checked against the SCM.0032 naming rule when given. */
  name?: string;
  /** --domain (repeatable): names the certificate must cover (SCM.0015). */
  domains?: string[];
  /** --domain-count: exact number of names the certificate must carry (SCM.0015). */
  domainCount?: number;
  /** --target: the certificate must be pushable to this service (SCM.0010). */
  target?: TargetService;
  /** --enterprise-project-id: '0', 'all' or a UUID (SCM.0005). */
  enterpriseProjectId?: string;
  /** --warn-days: warn when the certificate expires within this many days (default 30). */
  warnDays?: number;
  /** Language of each finding's `fix` (default 'en'). */
  lang?: 'en' | 'zh';
  /**
   * Measure the SCM.0005 length limits on the input strings exactly as given (the emulator, checking a
   * request body) instead of on the normalised PEM that `scm upload` would send (the default).
   */
  measureInput?: boolean;
  /**
   * The caller sends `payload` (`scm upload`, `scm rotate`): say, as an `input-converted` finding, when the key is
   * re-encoded for sending (PKCS#8 -> PKCS#1/SEC1, key-form.ts). `scm validate` leaves it out: nothing to do.
   */
  sending?: boolean;
}

/** The PEM strings that ImportCertificate would carry: leaf in `certificate`, the rest in `certificate_chain`. */
export interface ImportPayload {
  certificate: string;
  certificate_chain: string;
  private_key: string;
  /** An SM2 dual certificate's encryption pair (sm2-pair.ts), when the bundle holds one. */
  enc_certificate?: string;
  enc_private_key?: string;
}

export interface CertificateSummary {
  subject: string;
  issuer: string;
  /** DNS names and IP addresses the certificate covers (SANs, else CN). */
  names: string[];
  notBefore: string;
  notAfter: string;
  daysLeft: number;
  keyType: string;
  keySize: number | null;
  /** Readable key description: "RSA 2048", "EC P-256", "Ed25519", "SM2". */
  key: string;
  signatureAlgorithm: string | null;
  sha256: string;
  sha1: string;
  serial: string;
  /** One line per chain certificate, leaf first: "CN=R11 (intermediate, RSA 2048)", in the report's language (prose). */
  chain: string[];
  /** The same as data, the same in every language: the path leaf first, the issuer it lacks, then the others. */
  path: ChainEntry[];
}

export interface ChainEntry {
  subject: string;
  /** missing: the issuer of the top of the path, not given (none when it is on the path: a loop); unrelated: not on the path. */
  role: 'leaf' | 'intermediate' | 'root' | 'missing' | 'unrelated';
  /** "RSA 2048", "EC P-256", ...; null for a missing issuer. */
  key: string | null;
  /** Whether an upload sends it. */
  sent: boolean;
}

export interface ValidationReport {
  valid: boolean;
  findings: Finding[];
  /** Present when the leaf certificate parsed. */
  certificate?: CertificateSummary;
  /** Present when the inputs parsed far enough to build an upload (even if findings block it). */
  payload?: ImportPayload;
  /** The private key's type, e.g. "RSA 2048" or "EC P-256", when it parsed. Never key material. */
  keyType?: string;
  /** `certificate.chain` again (both in the report's language), for the text report. */
  chainText?: string[];
}
