// What chain analysis (chain.ts) is told about the certificates it judges, and the words its parts share: a
// certificate said with its place ("CN=R11 (certificate 2 in fullchain.pem)"), and whether its order counts.
import type { Findings } from './findings.js';
import { M } from './messages.js';
import type { Cert } from './model.js';

export interface ChainContext {
  /** The clock: of two continuations of a path, the one with fewer expired certificates is taken. */
  now?: Date;
  /** False for a bundle read by content (a folder, files given together, PKCS#12): scm sends the path. */
  ordered: boolean;
  /** A --chain file that was empty, for the message when the leaf is left alone. */
  emptyChain?: string;
  /** For a bundle: the files read, for the message when no intermediate is among them. */
  looked?: string[];
  /** The PKCS#12 file given with --pfx, which takes no --chain: a missing intermediate is added another way. */
  pfx?: string;
  /**
   * The certificates are an upload's: scm sends each one once (index.ts), so a repeat is said to be dropped.
   * Unset for a chain as a server serves it (scm check), where the repeat is really there.
   */
  sentOnce?: boolean;
  /**
   * The chain as a TLS server serves it (scm check on an endpoint): nothing is uploaded, so what SCM would refuse
   * is said of the server, whose configuration is the fix. Same rules, other words.
   */
  served?: boolean;
  /**
   * Certificates given in order that came from a PKCS#7 set, which has no order: as in a bundle, only those on
   * the path are sent (index.ts), and the others are judged as a bundle's are.
   */
  loose?: readonly Cert[];
}

/** A certificate whose order says nothing: any of a bundle read by content, or one of a PKCS#7 set. */
export const unordered = (c: Cert, ctx: ChainContext): boolean => !ctx.ordered || (ctx.loose?.includes(c) ?? false);

export const where = (c: Cert, f: Findings): string => f.say(M.certWhere, { name: c.name, position: c.position, source: c.source });
export const names = (certs: Cert[], f: Findings): string => certs.map((c) => c.name).join(f.say(M.listSeparator));
