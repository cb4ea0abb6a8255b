// The ImportCertificate field rules (SCM API §2.1) as findings: a field too long, a bad certificate name or
// enterprise project ID (the formats themselves: fields.ts).
import type { Findings } from './findings.js';
import { EP_ID_PATTERN, LIMITS, NAME_PATTERN } from './fields.js';
import { listOf, literal, type Message } from '../i18n.js';
import { M } from './messages.js';

export { EP_ID_PATTERN, LIMITS, NAME_PATTERN };

export interface Lengths {
  certificate?: number;
  certificate_chain?: number;
  private_key?: number;
  /** An SM2 dual certificate's encryption pair, sent in fields of their own (API §2.1). */
  enc_certificate?: number;
  enc_private_key?: number;
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
  over('enc_certificate', 'enc-cert-too-long', M.encCertField);
  over('enc_private_key', 'enc-key-too-long', M.encKeyField);
}

export function checkName(name: string | undefined, f: Findings): void {
  if (name === undefined || NAME_PATTERN.test(name)) return;
  const others = [...new Set(name.replace(/[A-Za-z0-9_.-]/g, ''))].map((c) => literal(f.lang, c));
  // English has always listed them with spaces ("a" "b"); Chinese lists with 、.
  const bad = f.lang === 'zh' ? listOf('zh', others) : others.join(' ');
  // One finding for the one field, saying each cause: a name too short and holding a space is renamed once.
  const length = name.length < 3 ? f.say(M.nameShort, { length: name.length }) : name.length > 63 ? f.say(M.nameLong, { length: name.length }) : undefined;
  const chars = bad === '' ? undefined : f.say(M.nameChars, { chars: bad });
  const why = length && chars ? f.say(M.nameBoth, { length, chars }) : length ?? chars ?? '';
  f.add('name-invalid', M.nameInvalid, { name: literal(f.lang, name), why });
}

export function checkEnterpriseProjectId(id: string | undefined, f: Findings): void {
  if (id === undefined || id === '0' || id === 'all' || EP_ID_PATTERN.test(id)) return;
  f.add('enterprise-project-id-invalid', M.enterpriseProjectInvalid, { id: literal(f.lang, id) });
}
