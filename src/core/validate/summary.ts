// The certificate summary shown before the findings (and in --json): who it is for, who issued it,
// how long it is valid, its key and fingerprint, and the chain as found. Only a self-signed CA is a "root".
import { daysLeft, notAfter, notBefore } from './cert-dates.js';
import { certNames, nameList } from './domains.js';
import type { Findings } from './findings.js';
import { t, type Lang } from '../i18n.js';
import { keyText } from './key-text.js';
import { linkFault, namesIssuer } from './links.js';
import { M } from './messages.js';
import { oneLine, type Cert } from './model.js';
import type { CertificateSummary, ChainEntry } from './types.js';

/** Certificates of one file not part of the chain (and not sent) listed by name before they are counted. */
const SHOWN_PER_FILE = 3;

/**
 * The certificate of the path that issued its top (not self-signed), if any: two CAs that issued each other, or a
 * CA cross-signed by one below it. The path goes round in a circle; the top's issuer is there, not missing.
 */
const loopsTo = (path: Cert[]): Cert | undefined => {
  const top = path[path.length - 1]!;
  return top.selfSigned ? undefined : path.slice(1, -1).find((c) => namesIssuer(top, c) && linkFault(top, c) === undefined);
};

/** One line per certificate of the chain as found, leaf first, in `lang`; `sent`: whether a leftover is sent. */
function chainLines(path: Cert[], unrelated: Cert[], sent: (c: Cert) => boolean, lang: Lang): string[] {
  const role = (c: Cert, i: number): string => t(lang, i === 0 ? M.roleLeaf : c.selfSigned ? M.roleRoot : M.roleIntermediate);
  const chain = path.map((c, i) => t(lang, M.chainLine, { name: c.name, role: role(c, i), key: keyText(c.key.text, lang) }));
  const top = path[path.length - 1]!;
  const loop = loopsTo(path);
  if (loop) chain.push(t(lang, M.issuerLoops, { issuer: loop.name, cert: top.name }));
  else if (!top.selfSigned) chain.push(t(lang, M.issuerNotIncluded, { issuer: oneLine(top.x509.issuer) || top.issuerName, cert: top.name }));
  // A trust store in the bundle is a line per certificate for the first few of its file, then their count.
  const shown = new Map<string, number>();
  const more = new Map<string, number>();
  for (const c of unrelated) {
    const n = sent(c) ? 0 : (shown.get(c.source) ?? 0) + 1;
    if (n > 0) shown.set(c.source, n);
    if (n > SHOWN_PER_FILE) more.set(c.source, (more.get(c.source) ?? 0) + 1);
    else chain.push(t(lang, sent(c) ? M.notInChain : M.notInChainNotSent, { name: c.name }));
  }
  for (const [source, count] of more) chain.push(t(lang, M.moreNotInChain, { count, source }));
  return chain;
}

/** The chain as data (ChainEntry): what the lines say, without the words (no missing issuer on a path that loops). */
function chainPath(path: Cert[], unrelated: Cert[], sent: (c: Cert) => boolean): ChainEntry[] {
  const top = path[path.length - 1]!;
  return [
    ...path.map((c, i): ChainEntry => ({ subject: oneLine(c.x509.subject), role: i === 0 ? 'leaf' : c.selfSigned ? 'root' : 'intermediate', key: c.key.text, sent: true })),
    ...(top.selfSigned || loopsTo(path) ? [] : [{ subject: oneLine(top.x509.issuer) || top.issuerName, role: 'missing' as const, key: null, sent: false }]),
    ...unrelated.map((c): ChainEntry => ({ subject: oneLine(c.x509.subject), role: 'unrelated', key: c.key.text, sent: sent(c) })),
  ];
}

/**
 * The summary and its chain lines (`chainText`, for the text report), in the report's language: the lines are
 * prose a person reads, in --json too (the contract: only keys, ids, codes and enum values stay English).
 */
export function summarise(path: Cert[], unrelated: Cert[], sent: (c: Cert) => boolean, now: Date, f: Findings): { summary: CertificateSummary; chainText: string[] } {
  const leaf = path[0]!;
  const chain = chainLines(path, unrelated, sent, f.lang);
  return { chainText: chain, summary: {
    subject: oneLine(leaf.x509.subject),
    issuer: oneLine(leaf.x509.issuer),
    names: nameList(certNames(leaf)),
    notBefore: notBefore(leaf).toISOString(),
    notAfter: notAfter(leaf).toISOString(),
    daysLeft: daysLeft(leaf, now),
    keyType: leaf.key.type,
    keySize: leaf.key.bits,
    key: leaf.key.text,
    signatureAlgorithm: leaf.signature.name,
    sha256: leaf.x509.fingerprint256,
    sha1: leaf.x509.fingerprint,
    serial: leaf.x509.serialNumber,
    chain,
    path: chainPath(path, unrelated, sent),
  } };
}
