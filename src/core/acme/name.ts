// Default certificate names for `scm upload` (--from, or no --name): the domain and the UTC date, e.g.
// example.com-20261128, always within SCM's name rule (SCM.0032: 3-63 of A-Z a-z 0-9 _ - .).
import { NAME_PATTERN } from '../validate/fields.js';

const DATE_PART = 9; // '-YYYYMMDD'
const MAX = 63;

/** `*.example.com` → `wildcard.example.com`; anything outside the allowed characters becomes '-'. */
export function nameSafeDomain(domain: string): string {
  const d = domain.trim().toLowerCase().replace(/\.$/, '').replace(/^\*\./, 'wildcard.');
  return d.replace(/\*/g, 'wildcard').replace(/[^a-z0-9_.-]+/g, '-').replace(/^[-.]+/, '');
}

/** Cut at most `max` characters, at a label boundary when that keeps at least half, without a dangling separator. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const dot = cut.lastIndexOf('.');
  return (dot >= max / 2 ? cut.slice(0, dot) : cut).replace(/[-_.]+$/, '');
}

const ymd = (d: Date): string => d.toISOString().slice(0, 10).replace(/-/g, '');

export function defaultCertificateName(domain: string, now: Date): string {
  const base = shorten(nameSafeDomain(domain), MAX - DATE_PART) || 'certificate';
  const name = `${base}-${ymd(now)}`;
  // Cannot happen by construction; a wrong default must never reach SCM as an SCM.0032.
  if (!NAME_PATTERN.test(name)) throw new Error(`internal: default name ${JSON.stringify(name)} breaks the SCM name rule`);
  return name;
}

/**
 * The domain `scm upload` without --name names a certificate after: its CN when the CN is one of its names (SCM
 * lists it as the certificate's domain), else its first name. `subject` as the certificate summary has it
 * ("O=Example, CN=example.com").
 */
export function mainName(c: { subject: string; names: readonly string[] }): string | undefined {
  const names = c.names.filter((n) => !isAddress(n));
  const cn = /(?:^|, )CN=([^,]+)/.exec(c.subject)?.[1]?.trim();
  if (cn !== undefined && names.some((n) => n.toLowerCase() === cn.toLowerCase())) return cn;
  return names[0] ?? (cn !== undefined && !isAddress(cn) ? cn : undefined);
}

/** An IP address (an IP SAN, or an address as the CN) names no domain. */
const isAddress = (name: string): boolean => /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.includes(':');
