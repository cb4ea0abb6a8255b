// The certificates of a PKCS#7 file in issuing order. Its certificates field is a SET: it has no order, and
// tools write it in any (openssl crl2pkcs7 keeps the order of its -certfile arguments, Windows sorts it), so
// the order found says nothing of the order meant. scm sends PEM anyway; here they are put leaf first, then each
// issuer, before the order rules (SCM.0079) look at them, as a bundle folder's are. The slots keep the position
// each certificate has in the file, which is where a finding sends the reader; each is parsed once, already.
import type { Cert } from './model.js';

type Parsed<S> = S & { cert: Cert };

/**
 * Leaf first (one that issued none of the others, an end-entity before a CA, never a root while another can be),
 * then by issuer name (SCM's link) as far as it goes; the rest after, as found, for the chain rules to name. Left
 * as found when one does not parse.
 */
export function issuanceOrder<S extends { cert?: Cert }>(slots: S[]): S[] {
  if (slots.length < 2 || slots.some((s) => !s.cert)) return slots;
  const entries = slots as Array<Parsed<S>>;
  // A self-issued certificate (a root) counts as issuing one, itself: it is never the bottom while another can be.
  const issuesOne = (e: Parsed<S>): boolean => entries.some((o) => o.cert.x509.issuer === e.cert.x509.subject);
  const bottoms = entries.filter((e) => !issuesOne(e));
  const start = bottoms.find((e) => !e.cert.ca) ?? bottoms[0] ?? entries[0]!;
  const path = [start];
  for (let cur = start; cur.cert.x509.issuer !== cur.cert.x509.subject; ) {
    const next = entries.find((e) => !path.includes(e) && e.cert.x509.subject === cur.cert.x509.issuer);
    if (!next) break;
    path.push(next);
    cur = next;
  }
  return [...path, ...entries.filter((e) => !path.includes(e))];
}
