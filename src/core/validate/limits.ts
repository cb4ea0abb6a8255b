// The ImportCertificate field rules (SCM API §2.1): length limits measured on the strings that would be
// sent, the certificate name rule and the enterprise project ID format.
import type { Findings } from './findings.js';
import type { Message } from '../i18n.js';
import { M } from './messages.js';

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
  const over = (field: keyof Lengths, rule: string, whole: Message): void => {
    const n = lengths[field];
    if (n !== undefined && n > LIMITS[field]) f.add(rule, M.tooLong, { what: asSent ? f.say(M.fieldAsSent, { field }) : f.say(whole), length: n, max: LIMITS[field] });
  };
  over('certificate', 'cert-too-long', M.leafOnly);
  over('certificate_chain', 'chain-too-long', M.wholeChain);
  over('private_key', 'key-too-long', M.wholeKey);
}

export function checkName(name: string | undefined, f: Findings): void {
  if (name === undefined || NAME_PATTERN.test(name)) return;
  const bad = [...new Set(name.replace(/[A-Za-z0-9_.-]/g, ''))].map((c) => JSON.stringify(c)).join(' ');
  const why = name.length < 3 ? f.say(M.nameShort, { length: name.length })
    : name.length > 63 ? f.say(M.nameLong, { length: name.length })
    : f.say(M.nameChars, { chars: bad });
  f.add('name-invalid', M.nameInvalid, { name: JSON.stringify(name), why });
}

export function checkEnterpriseProjectId(id: string | undefined, f: Findings): void {
  if (id === undefined || id === '0' || id === 'all' || EP_ID_PATTERN.test(id)) return;
  f.add('enterprise-project-id-invalid', M.enterpriseProjectInvalid, { id: JSON.stringify(id) });
}
