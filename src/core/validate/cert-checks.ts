// Checks on the certificates themselves: validity against the injected clock, weak keys and signatures,
// a CA given as the leaf, and whether the certificate could be pushed to --target.
import type { Findings } from './findings.js';
import type { Cert } from './model.js';
import type { TargetService } from './types.js';

const DAY = 86_400_000;

export const notBefore = (c: Cert): Date => new Date(c.x509.validFrom);
export const notAfter = (c: Cert): Date => new Date(c.x509.validTo);

/** Whole days from `now` until the certificate expires (negative once expired). */
export const daysLeft = (c: Cert, now: Date): number => Math.floor((notAfter(c).getTime() - now.getTime()) / DAY);

export const day = (d: Date): string => d.toISOString().slice(0, 10);

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function checkDates(leaf: Cert, chain: Cert[], now: Date, warnDays: number, f: Findings): void {
  const left = daysLeft(leaf, now);
  if (notAfter(leaf) < now) {
    const ago = Math.floor((now.getTime() - notAfter(leaf).getTime()) / DAY);
    f.add('cert-expired', `${leaf.name} expired on ${day(notAfter(leaf))}, ${ago === 0 ? 'less than a day ago' : `${plural(ago, 'day')} ago`}`);
  } else if (notBefore(leaf) > now) {
    const wait = Math.ceil((notBefore(leaf).getTime() - now.getTime()) / DAY);
    f.add('cert-not-yet-valid', `${leaf.name} is valid only from ${day(notBefore(leaf))}, in ${plural(wait, 'day')}`);
  } else if (left < warnDays) {
    f.add('cert-expiring-soon', `${leaf.name} expires on ${day(notAfter(leaf))}, in ${plural(left, 'day')} (warning threshold ${warnDays} days)`);
  }
  for (const c of chain) {
    if (notAfter(c) < now) f.add('chain-cert-expired', `${c.name} in the chain expired on ${day(notAfter(c))}`);
  }
}

export function checkStrength(leaf: Cert, path: Cert[], f: Findings): void {
  if (leaf.key.type.startsWith('RSA') && leaf.key.bits !== null && leaf.key.bits < 2048) {
    f.add('weak-key', `${leaf.name} has an RSA key of ${leaf.key.bits} bits; 2048 is the minimum clients accept`);
  }
  // A root's self-signature is never checked by clients, so its hash does not matter.
  for (const c of path) {
    if (c.signature.weak && !(c.selfSigned && c !== leaf)) {
      f.add('weak-signature', `${c.name} is signed with ${c.signature.weak} (${c.signature.name})`);
    }
  }
}

export function checkLeafRole(leaf: Cert, f: Findings): void {
  if (leaf.x509.ca) {
    const self = leaf.selfSigned ? 'a self-signed certificate with basicConstraints CA:TRUE' : 'a CA certificate (basicConstraints CA:TRUE)';
    f.add('cert-is-ca', `${leaf.name}, given as the leaf, is ${self}`);
  }
}

export function checkTarget(leaf: Cert, target: TargetService | undefined, now: Date, f: Findings): void {
  if (target === undefined) return;
  if (leaf.sm2) f.add('target-sm2-unsupported', `${leaf.name} is an SM2 certificate; SCM cannot push SM2 certificates to ${target}`);
  if (notAfter(leaf) < now) f.add('target-cert-expired', `${leaf.name} expired on ${day(notAfter(leaf))}; SCM cannot push it to ${target}`);
}
