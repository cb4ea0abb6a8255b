// The ImportCertificate field rules (SCM API §2.1): length limits measured on the strings that would be
// sent, the certificate name rule and the enterprise project ID format.
import type { Findings } from './findings.js';

export const LIMITS = { certificate: 4096, certificate_chain: 8192, private_key: 4096 } as const;

export const EP_ID_PATTERN = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/;
export const NAME_PATTERN = /^[A-Za-z0-9_.-]{3,63}$/;

export interface Lengths {
  certificate?: number;
  certificate_chain?: number;
  private_key?: number;
}

/** `asSent`: the lengths are of the request fields as received (the emulator), not of the split PEM. */
export function checkLengths(lengths: Lengths, f: Findings, asSent = false): void {
  const over = (field: keyof Lengths, rule: string, what: string): void => {
    const n = lengths[field];
    if (n !== undefined && n > LIMITS[field]) f.add(rule, `${what} is ${n} characters; SCM accepts at most ${LIMITS[field]}`);
  };
  over('certificate', 'cert-too-long', asSent ? 'the certificate field' : 'the certificate (leaf only)');
  over('certificate_chain', 'chain-too-long', asSent ? 'the certificate_chain field' : 'the certificate chain');
  over('private_key', 'key-too-long', asSent ? 'the private_key field' : 'the private key');
}

export function checkName(name: string | undefined, f: Findings): void {
  if (name === undefined || NAME_PATTERN.test(name)) return;
  const bad = [...new Set(name.replace(/[A-Za-z0-9_.-]/g, ''))].map((c) => JSON.stringify(c)).join(' ');
  const why = name.length < 3 ? `is ${name.length} characters long (at least 3)`
    : name.length > 63 ? `is ${name.length} characters long (at most 63)`
    : `contains ${bad}`;
  f.add('name-invalid', `the name ${JSON.stringify(name)} ${why}`);
}

export function checkEnterpriseProjectId(id: string | undefined, f: Findings): void {
  if (id === undefined || id === '0' || id === 'all' || EP_ID_PATTERN.test(id)) return;
  f.add('enterprise-project-id-invalid', `the enterprise project ID ${JSON.stringify(id)} is not "0", "all" or an ID like 3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b`);
}
