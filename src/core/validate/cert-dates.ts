// A certificate's dates against the injected clock: notBefore and notAfter, the whole days left that the summary,
// --json and cert-expired all say, and the findings on them: the leaf expired, not yet valid or expiring soon
// (said once with --target), and each certificate of the chain past, before or ending ahead of its leaf.
// `scm check` judges a served chain's dates with it too.
import type { Findings } from './findings.js';
import { M } from './messages.js';
import type { Cert } from './model.js';
import type { TargetService } from './types.js';

const DAY = 86_400_000;

export const notBefore = (c: Cert): Date => new Date(c.x509.validFrom);
export const notAfter = (c: Cert): Date => new Date(c.x509.validTo);

/**
 * Whole days from `now` until the certificate expires; once expired, minus the whole days since (at least 1, so
 * that it is negative). The summary, --json and the cert-expired finding all say this one count.
 */
export function daysLeft(c: Cert, now: Date): number {
  const ms = notAfter(c).getTime() - now.getTime();
  return ms >= 0 ? Math.floor(ms / DAY) : -Math.max(1, Math.floor(-ms / DAY));
}

export const day = (d: Date): string => d.toISOString().slice(0, 10);

/** Whole days to wait until `start` (a part of a day counts as one). */
const daysUntil = (start: Date, now: Date): number => Math.ceil((start.getTime() - now.getTime()) / DAY);

/** Expiry is one cause: with --target it is said once, with what it means for the push too. */
export function checkDates(leaf: Cert, chain: Cert[], now: Date, warnDays: number, target: TargetService | undefined, f: Findings): void {
  const left = daysLeft(leaf, now);
  if (notAfter(leaf) < now) {
    // The days the summary shows (daysLeft, negative): one count per report.
    const params = { cert: leaf.name, date: day(notAfter(leaf)), days: -left };
    if (target) f.add('target-cert-expired', M.expiredTarget, { ...params, target });
    else f.add('cert-expired', M.expired, params);
  } else if (notBefore(leaf) > now) {
    f.add('cert-not-yet-valid', M.notYetValid, { cert: leaf.name, date: day(notBefore(leaf)), days: daysUntil(notBefore(leaf), now) });
  } else if (left < warnDays) {
    f.add('cert-expiring-soon', M.expiringSoon, { cert: leaf.name, date: day(notAfter(leaf)), days: left, warn: warnDays });
  }
  checkChainDates(chain, now, f, { leaf, warnDays });
}

/**
 * Certificates of the chain past their notAfter or before their notBefore (also `scm check`'s: clients refuse such
 * a chain, OpenSSL with verify errors 10 and 9), and, given the leaf, those that expire before it within the
 * warning window: the chain stops working then, whatever the leaf says (the "DST Root CA X3" outage). One that
 * outlives the leaf is no concern of this certificate.
 */
// "Before" means by more than a day: a CA that expires with its leaf (issued the same moment, for as long) is
// said by the leaf's own cert-expiring-soon. Likewise a CA that starts no later than a leaf not valid yet (the
// clock of the machine behind, or a whole chain issued ahead of time) is said by the leaf's cert-not-yet-valid.
export function checkChainDates(chain: readonly Cert[], now: Date, f: Findings, soon?: { leaf: Cert; warnDays: number }, leaf = soon?.leaf): void {
  const waitsForLeaf = (c: Cert): boolean => leaf !== undefined && notBefore(leaf) > now && notBefore(c) <= notBefore(leaf);
  for (const [i, c] of chain.entries()) {
    // A CA above another CA of the path, not self-signed: a root's cross-signed copy, which clients with the
    // root never need (LE's ISRG Root X1 by DST Root CA X3): dropping it is the fix, not a newer intermediate.
    const cross = i > 0 && !c.selfSigned;
    // The self-signed root at the top, after an intermediate: clients use their own copy, so it need not be sent.
    const root = i > 0 && c.selfSigned && i === chain.length - 1;
    // A self-signed root right above the leaf: it issued the leaf, so it is the one CA certificate SCM needs sent.
    const issuingRoot = i === 0 && c.selfSigned && leaf !== undefined;
    const issuedBy = { cert: c.name, date: day(notAfter(c)), leaf: leaf?.name ?? '' };
    if (notAfter(c) < now && issuingRoot) f.add('chain-cert-expired', M.chainIssuingRootExpired, issuedBy, M.chainIssuingRootFix);
    else if (notAfter(c) < now && root) f.add('chain-cert-expired', M.chainRootExpired, { cert: c.name, date: day(notAfter(c)) }, M.chainRootExpiredFix);
    else if (notAfter(c) < now && cross) f.add('chain-cert-expired', M.chainCrossExpired, { cert: c.name, date: day(notAfter(c)), below: chain[i - 1]!.name }, M.chainCrossExpiredFix);
    else if (notAfter(c) < now) f.add('chain-cert-expired', M.chainCertExpired, { cert: c.name, date: day(notAfter(c)) });
    else if (notBefore(c) > now) {
      if (!waitsForLeaf(c)) f.add('chain-cert-not-yet-valid', M.chainCertNotYetValid, { cert: c.name, date: day(notBefore(c)), days: daysUntil(notBefore(c), now) }, M.chainCertNotYetValidFix);
    } else if (soon && notAfter(c).getTime() < notAfter(soon.leaf).getTime() - DAY && daysLeft(c, now) < soon.warnDays) {
      const params = { cert: c.name, date: day(notAfter(c)), days: daysLeft(c, now), leaf: soon.leaf.name, leafDate: day(notAfter(soon.leaf)) };
      if (issuingRoot) f.add('chain-cert-expiring-soon', M.chainIssuingRootExpiringSoon, params, M.chainIssuingRootFix);
      else f.add('chain-cert-expiring-soon', c.selfSigned ? M.chainRootExpiringSoon : M.chainCertExpiringSoon, params);
    }
  }
}
