// A leaf valid for longer than publicly trusted leaves may be: the CA/Browser Forum's Baseline Requirements (ballot
// SC31) cap a leaf issued on or after 2020-09-01 at 398 days, and Chrome (NET::ERR_CERT_VALIDITY_TOO_LONG) and
// Apple's platforms refuse a longer one, but only when it chains to a root of their own store: a private CA's leaf
// and a self-signed one are exempt. scm cannot know whether a root is publicly trusted, and most long-lived leaves
// are a private CA's (every fixture's is), so it judges only a leaf that declares itself issued under the Baseline
// Requirements: a CA/Browser Forum policy OID (2.23.140.1.*) in its certificatePolicies, which every public CA
// asserts in its leaves and private CAs do not. The later, shorter caps (SC-081: 200 days from 2026-03-15) are the
// CAs' to keep; clients are not known to enforce them, so they are not said. Pure.
import { day, notAfter, notBefore } from './cert-dates.js';
import { certExtensions } from './der-cert.js';
import { childrenOf, oidOf, tlvAt } from './der.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';
import type { Cert } from './model.js';

const DAY = 86_400_000;
/** The first notBefore the 398-day cap applies to (Apple and Chrome: 2020-09-01 00:00 UTC). */
export const CAP_FROM = Date.UTC(2020, 8, 1);
/** Chrome compares notAfter - notBefore with 398 days exactly (cert_verify_proc.cc, HasTooLongValidity). */
export const CAP_MS = 398 * DAY;
/** The arc the CA/Browser Forum reserves for its policies: EV 2.23.140.1.1, DV/OV/IV 2.23.140.1.2.1-3. */
const CABF_ARC = '2.23.140.1.';

/** The policy OIDs of a certificate's certificatePolicies (RFC 5280 4.2.1.4), in order; none without the extension. */
export function policyOids(der: Buffer): string[] {
  // extnValue is last (after the critical flag when there is one): SEQUENCE OF PolicyInformation { policyIdentifier, ... }.
  const octets = certExtensions(der).find((e) => e.id === '2.5.29.32')?.parts.at(-1);
  const seq = octets && tlvAt(der, octets.start, octets.end);
  return ((seq && childrenOf(der, seq)) ?? []).flatMap((info) => oidOf(der, tlvAt(der, info.start, info.end)) ?? []);
}

/**
 * The leaf, when it declares the Baseline Requirements, is not self-signed, was issued on or after 2020-09-01 and is
 * valid for more than 398 days. Not said of an expired leaf (cert-expired is its one finding): a new one is due anyway.
 */
export function checkValidityPeriod(leaf: Cert, now: Date, f: Findings): void {
  if (leaf.selfSigned || notAfter(leaf) < now) return;
  const from = notBefore(leaf).getTime();
  const span = notAfter(leaf).getTime() - from;
  if (from < CAP_FROM || span <= CAP_MS) return;
  const policy = policyOids(leaf.der).find((id) => id.startsWith(CABF_ARC));
  if (policy === undefined) return;
  f.add('leaf-validity-too-long', M.validityTooLong, { cert: leaf.name, days: Math.ceil(span / DAY), from: day(notBefore(leaf)), to: day(notAfter(leaf)), policy });
}
