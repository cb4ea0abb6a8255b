// The certificates of a PKCS#7 file in issuing order. Its certificates field is a SET: it has no order, and
// tools write it in any (openssl crl2pkcs7 keeps the order of its -certfile arguments, Windows sorts it), so
// the order found says nothing of the order meant. scm sends PEM anyway; here they are put leaf first, then each
// issuer, before the order rules (SCM.0079) look at them, as a bundle folder's are.
import { X509Certificate } from 'node:crypto';

interface Entry {
  der: Buffer;
  x509: X509Certificate;
}

const parse = (der: Buffer): Entry | undefined => {
  try {
    return { der, x509: new X509Certificate(der) };
  } catch {
    return undefined;
  }
};

const selfIssued = (e: Entry): boolean => e.x509.issuer === e.x509.subject;

/**
 * Leaf first (one that issued none of the others, an end-entity before a CA), then by issuer name (SCM's link) as
 * far as it goes; the rest after, as found, for the chain rules to name. Left as found when one does not parse:
 * its finding then points at the place it has in the file.
 */
export function issuanceOrder(ders: Buffer[]): Buffer[] {
  if (ders.length < 2) return ders;
  const all = ders.map(parse);
  if (all.some((e) => e === undefined)) return ders;
  const entries = all as Entry[];
  const issuesAnother = (e: Entry): boolean => entries.some((o) => o !== e && o.x509.issuer === e.x509.subject);
  const bottoms = entries.filter((e) => !issuesAnother(e));
  const start = bottoms.find((e) => !e.x509.ca) ?? bottoms[0] ?? entries[0]!;
  const path = [start];
  for (let cur = start; !selfIssued(cur); ) {
    const next = entries.find((e) => !path.includes(e) && e.x509.subject === cur.x509.issuer);
    if (!next) break;
    path.push(next);
    cur = next;
  }
  return [...path, ...entries.filter((e) => !path.includes(e))].map((e) => e.der);
}
