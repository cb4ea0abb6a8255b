// A leaf valid for longer than publicly trusted leaves may be. The CA/Browser Forum's Baseline Requirements cap a
// leaf's validity by the date it was issued (its notBefore): ballot SC31, 398 days from 2020-09-01, which Chrome
// (NET::ERR_CERT_VALIDITY_TOO_LONG) and Apple's platforms enforce; ballot SC-081, 200 days from 2026-03-15, 100 from
// 2027-03-15 and 47 from 2029-03-15, which publicly trusted CAs must keep (a leaf beyond it is misissued and due for
// revocation, BR 4.9.1.1). The caps bind a leaf only when it chains to a root of a public store: a private CA's leaf
// and a self-signed one are exempt. scm cannot know whether a root is publicly trusted, and most long-lived leaves
// are a private CA's (every fixture's is), so it judges only a leaf that declares itself issued under the Baseline
// Requirements: a CA/Browser Forum policy OID (2.23.140.1.*) in its certificatePolicies, which every public CA
// asserts in its leaves and private CAs do not. Pure.
import { day, notAfter, notBefore } from './cert-dates.js';
import { certExtensions } from './der-cert.js';
import { childrenOf, oidOf, tlvAt } from './der.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';
import type { Cert } from './model.js';

const DAY = 86_400_000;
const SECOND = 1_000;
/** Chrome compares notAfter - notBefore with 398 days exactly (cert_verify_proc.cc, HasTooLongValidity). */
const CLIENT_CAP_MS = 398 * DAY;

/** One cap: leaves whose notBefore is on or after `from` (00:00 UTC) may be valid for `days` at most. */
export interface ValidityCap { readonly from: number; readonly days: number; readonly ballot: 'SC31' | 'SC-081' }

/** The caps by issue date, latest first (BR 6.3.2). Before 2020-09-01 the cap was 825 days: not judged. */
export const CAPS: readonly ValidityCap[] = [
  { from: Date.UTC(2029, 2, 15), days: 47, ballot: 'SC-081' },
  { from: Date.UTC(2027, 2, 15), days: 100, ballot: 'SC-081' },
  { from: Date.UTC(2026, 2, 15), days: 200, ballot: 'SC-081' },
  { from: Date.UTC(2020, 8, 1), days: 398, ballot: 'SC31' },
];

/** The cap in force for a leaf issued at `issued` (ms), or none before 2020-09-01. */
export function capFor(issued: number): ValidityCap | undefined {
  return CAPS.find((c) => issued >= c.from);
}

/**
 * A leaf's validity period as the Baseline Requirements count it (1.6.1 "Validity Period"): from notBefore through
 * notAfter inclusive, as RFC 5280 4.1.2.5 reads both ends, so notAfter - notBefore + 1 second; a day is 86,400
 * seconds and any part of one more counts as another day (6.3.2). A 90-day leaf thus ends a second before the 90th
 * day is out (Let's Encrypt's do), and one whose notAfter is 398 days after its notBefore to the second is valid for
 * 399 days: over SC31's cap by the Requirements, though Chrome, comparing notAfter - notBefore with 398 days, takes it.
 */
export function validityDays(leaf: Cert): number {
  return Math.ceil((notAfter(leaf).getTime() - notBefore(leaf).getTime() + SECOND) / DAY);
}

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
 * valid for longer than the cap of its issue date. Not said of an expired leaf (cert-expired is its one finding): a
 * new one is due anyway.
 */
export function checkValidityPeriod(leaf: Cert, now: Date, f: Findings): void {
  if (leaf.selfSigned || notAfter(leaf) < now) return;
  const cap = capFor(notBefore(leaf).getTime());
  const days = validityDays(leaf);
  if (cap === undefined || days <= cap.days) return;
  const policy = policyOids(leaf.der).find((id) => id.startsWith(CABF_ARC));
  if (policy === undefined) return;
  const params = { cert: leaf.name, days, from: day(notBefore(leaf)), to: day(notAfter(leaf)), policy, limit: cap.days, since: day(new Date(cap.from)), ballot: cap.ballot };
  // Chrome and Apple refuse only what is over 398 days as they count (notAfter - notBefore): a leaf over by the
  // BRs' inclusive second alone is the CA's misissuance, not a client's refusal.
  const refused = cap.ballot === 'SC31' && notAfter(leaf).getTime() - notBefore(leaf).getTime() > CLIENT_CAP_MS;
  f.add('leaf-validity-too-long', refused ? M.validityTooLong : M.validityTooLongBr, params);
}
