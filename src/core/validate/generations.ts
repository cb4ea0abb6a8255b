// Generations of one certificate: certbot's archive/ keeps every one (cert1.pem, cert2.pem, ...), each with its
// own key, and a renewal may change the key type (certbot 2.x renews RSA lineages as ECDSA by default). Told
// apart from two pairs meant to be served together (nginx's RSA+ECDSA, two sites) by names and issue dates.
// Used for a bundle read by content (classify.ts) and for --cert/--key given in order (inputs.ts) alike.
import { InputError } from '../../errors.js';
import type { Lang, Message } from '../i18n.js';
import type { DecodedKey } from './decode-key.js';
import { Findings } from './findings.js';
import { M } from './messages.js';
import { altNames, type Cert } from './model.js';

const DAY = 86_400_000;
const base = (source: string): string => source.slice(source.lastIndexOf('/') + 1);

/** What a certificate is for: its SAN names (DNS and IP) in lower case, sorted; its CN when it has no SAN. */
function namesKey(c: Cert): string {
  const { dns, ip } = altNames(c.x509);
  const all = [...dns.map((d) => d.toLowerCase()), ...ip.map((i) => i.toLowerCase())];
  return all.length > 0 ? [...new Set(all)].sort().join(' ') : c.name;
}

/**
 * An older generation of another certificate of the bundle: the same names, issued more than a day before it
 * (certbot's archive/ keeps every generation, and a renewal may change the key type: certbot 2.x renews RSA
 * lineages as ECDSA). Two pairs issued together (an RSA and an ECDSA certificate for nginx's dual setup) are not.
 */
export const supersededBy = (c: Cert, others: Cert[]): Cert | undefined =>
  others.find((n) => n !== c && namesKey(n) === namesKey(c) && Date.parse(n.x509.validFrom) - Date.parse(c.x509.validFrom) > DAY);

/**
 * Two or more complete pairs (each certificate with its own key) are two bundles, not one: an RSA and an ECDSA
 * certificate for the same names (nginx's dual certificates), or two sites. Neither a file name, a date nor the
 * order of a file may choose between them, as the other is a valid certificate too. Only renewals are one bundle:
 * one subject, one key type, a new key each time (certbot's archive/), where the newest is the leaf. Older
 * generations (supersededBy) are set aside before this is asked. `hint` replaces the folder's advice (--cert/--key
 * given already).
 */
export function twoPairs(matched: Cert[], matching: (c: Cert) => DecodedKey | undefined, bundle: string | undefined, lang: Lang, hint?: Message): void {
  const keys = new Set(matched.map(matching));
  const renewals = matched.every((c) => c.x509.subject === matched[0]!.x509.subject && c.key.type === matched[0]!.key.type);
  if (keys.size < 2 || renewals) return;
  const f = new Findings(lang);
  const pair = (c: Cert): string => {
    const k = matching(c)!;
    const params = { name: c.name, key: c.key.text, source: base(c.source), keySource: base(k.source) };
    return f.say(k.source === c.source ? M.pairInFile : M.pairInFiles, params);
  };
  const oneFile = new Set(matched.flatMap((c) => [c.source, matching(c)!.source])).size === 1;
  throw new InputError(f.say(M.ambiguousPairs, { bundle: bundle ?? '', count: matched.length, pairs: matched.map(pair).join(f.say(M.pairSeparator)) }), {
    hint: f.say(oneFile ? M.ambiguousPairsHintOneFile : (hint ?? M.ambiguousPairsHint)),
    ...(bundle ? { path: bundle } : {}),
  });
}
