// Generations of one certificate: certbot's archive/ keeps every one (cert1.pem, cert2.pem, ...), each with its
// own key, and a renewal may change the key type (certbot 2.x renews RSA lineages as ECDSA by default). Told
// apart from two pairs meant to be served together (nginx's RSA+ECDSA, two sites) by names and issue dates.
// Used for a bundle read by content (classify.ts) and for --cert/--key given in order (inputs.ts) alike.
import { shellWord } from '../shell-word.js';
import { InputError } from '../../errors.js';
import type { Lang, Message } from '../i18n.js';
import type { DecodedKey } from './decode-key.js';
import { Findings } from './findings.js';
import { M } from './messages.js';
import { coversDomain } from './domains.js';
import { altNames, commonName, sourceName, type Cert } from './model.js';

const DAY = 86_400_000;

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

/** certbot's archive/ numbering: cert3.pem, fullchain3.pem (and the key privkey3.pem) are generation 3. */
function generationOf(source: string, key: boolean): number | undefined {
  const m = (key ? /^privkey(\d+)\.pem$/i : /^(?:cert|fullchain)(\d+)\.pem$/i).exec(sourceName(source));
  return m ? Number(m[1]) : undefined;
}

/**
 * An older generation of the leaf, as a leftover of its bundle: superseded (a day or more older), or, however
 * close the dates (`certbot renew --force-renewal` a minute later), the same names in certbot's archive/ files of
 * a lower number than the leaf's (fullchain7.pem beside the leaf of fullchain8.pem).
 */
export function olderGeneration(c: Cert, leaf: Cert): boolean {
  if (supersededBy(c, [leaf])) return true;
  const [mine, its] = [generationOf(c.source, false), generationOf(leaf.source, false)];
  return mine !== undefined && its !== undefined && mine < its && namesKey(c) === namesKey(leaf);
}

/**
 * Generations of one certificate, however close their dates (`certbot renew --force-renewal` a minute later): the
 * same names, and each in certbot's archive/ files of its own number (with `keyOf`, its key in privkey of that
 * number too), or each issued more than a day after the one before. Two certificates for the same names issued
 * together in other files (a.pem and b.pem, an hour apart) are not: either may be the one meant, and the newer
 * one is not always the better (a 90-day one beside a 1-year one).
 */
export function generations(certs: Cert[], keyOf?: (c: Cert) => DecodedKey | undefined): boolean {
  if (certs.length < 2 || !certs.every((c) => namesKey(c) === namesKey(certs[0]!))) return false;
  const numbers = certs.map((c) => {
    const n = generationOf(c.source, false);
    const k = keyOf?.(c);
    return k && generationOf(k.source, true) !== n ? undefined : n;
  });
  if (numbers.every((n) => n !== undefined) && new Set(numbers).size === numbers.length) return true;
  const dates = certs.map((c) => Date.parse(c.x509.validFrom)).sort((a, b) => a - b);
  return dates.every((d, i) => i === 0 || d - dates[i - 1]! > DAY);
}

/**
 * The newest of generations: in certbot's archive/ the highest number (what live/ points to, whatever the issue
 * dates say: a clock that stepped back, a certificate issued a second before the last), else the latest issued.
 */
export function newestGeneration(certs: Cert[]): Cert {
  const numbered = certs.map((c) => ({ c, n: generationOf(c.source, false) }));
  if (numbered.every((x) => x.n !== undefined)) return numbered.reduce((a, b) => (b.n! > a.n! ? b : a)).c;
  return certs.reduce((a, b) => (Date.parse(b.x509.validFrom) > Date.parse(a.x509.validFrom) ? b : a));
}

/**
 * A name (SAN DNS or IP, else CN) of one of the pairs that no other pair covers, to show --domain with: the first
 * pair's if it has one, else the next's. Undefined when each pair's names are covered by another (an RSA and an
 * ECDSA certificate for the same names): --domain cannot choose between them, so the hint does not offer it.
 */
function onlyOneCovers(matched: Cert[]): { name: string; cert: Cert } | undefined {
  for (const c of matched) {
    const { dns, ip } = altNames(c.x509);
    const names = dns.length + ip.length > 0 ? [...dns, ...ip] : [commonName(c.x509) ?? ''].filter((n) => n !== '');
    const name = names.find((n) => !n.startsWith('*') && matched.every((o) => o === c || !coversDomain(o, n)));
    if (name !== undefined) return { name, cert: c };
  }
  return undefined;
}

/**
 * Two or more complete pairs (each certificate with its own key) are two bundles, not one: an RSA and an ECDSA
 * certificate for the same names (nginx's dual certificates), two certificates for the same names issued
 * together, or two sites. Neither a file name, a date nor the order of a file may choose between them, as the
 * other is a valid certificate too. Only generations of one certificate are one bundle (certbot's archive/),
 * where the newest is the leaf. Older generations (supersededBy) are set aside before this is asked. `hint`
 * replaces the folder's advice (--cert/--key given already).
 */
export function twoPairs(matched: Cert[], matching: (c: Cert) => DecodedKey | undefined, bundle: string | undefined, lang: Lang, hint?: Message, domainOffered?: true): void {
  const keys = new Set(matched.map(matching));
  if (keys.size < 2 || generations(matched, matching)) return;
  const f = new Findings(lang);
  const pair = (c: Cert): string => {
    const k = matching(c)!;
    const params = { name: c.name, key: c.key.text, source: sourceName(c.source), keySource: sourceName(k.source) };
    return f.say(k.source === c.source ? M.pairInFile : M.pairInFiles, params);
  };
  const oneFile = new Set(matched.flatMap((c) => [c.source, matching(c)!.source])).size === 1;
  const split = oneFile ? f.say(M.ambiguousPairsHintOneFile, { file: matched[0]!.source, fileWord: shellWord(matched[0]!.source) }) : f.say(hint ?? M.ambiguousPairsHint);
  const only = domainOffered ? onlyOneCovers(matched) : undefined;
  throw new InputError(f.say(M.ambiguousPairs, { bundle: bundle ?? '', count: matched.length, pairs: matched.map(pair).join(f.say(M.pairSeparator)) }), {
    hint: only ? f.say(M.ambiguousPairsHintDomain, { split, domain: only.name, cert: only.cert.name }) : split,
    ...(bundle ? { path: bundle } : {}),
  });
}
