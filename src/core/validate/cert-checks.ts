// Checks on the certificates themselves: weak keys and signatures over the whole path, key types TLS cannot use,
// critical or repeated extensions, a CA given as the leaf, an issuer on the path that is no CA or whose path length
// is exceeded, a link whose key identifiers disagree, and whether it could be pushed to --target. Their dates: cert-dates.ts.
import { basicConstraintsCa, basicConstraintsPathLen, keyUsageBits, spkiAlgorithm } from './der-cert.js';
import { duplicateExtensions, unhandledCriticalExtensions } from './extensions.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';
import { keyIdsDiffer, keyIdText } from './links.js';
import { keyIdsOf, UNVERIFIABLE, type Cert } from './model.js';
import { selfIssued } from './name-constraints.js';
import type { TargetService } from './types.js';

/** EC curves browsers and cloud load balancers take for a server certificate (RSA too; no EdDSA). */
const SUPPORTED_CURVES = new Set(['P-256', 'P-384', 'P-521']);
const CANNOT_SIGN = new Set(['DH', 'X25519', 'X448']);

/** A key type clients refuse in a server certificate or its chain (a CA whose key cannot sign has signed nothing: a broken link). */
function unsupportedKey(c: Cert): boolean {
  const { type, curve, bits } = c.key;
  const smallEc = type === 'EC' && bits !== null && bits < 256;
  return ['DSA', 'Ed25519', 'Ed448', 'RSA-PSS', 'unknown'].includes(type) || (type === 'EC' && !SUPPORTED_CURVES.has(curve ?? '') && !smallEc);
}

/**
 * An EC key whose curve is spelled out in its parameters (`openssl ecparam -param_enc explicit`), not named by OID:
 * Node reads it as the named curve it equals, but RFC 5480 allows only a named curve in a certificate, and Firefox
 * (mozilla::pkix) and Go's crypto/x509 refuse the certificate.
 */
function explicitCurve(c: Cert): boolean {
  return c.key.type === 'EC' && SUPPORTED_CURVES.has(c.key.curve ?? '') && spkiAlgorithm(c.publicKey.export({ type: 'spki', format: 'der' })).curve === undefined;
}

/**
 * A CA certificate that is sent, with a key type clients refuse: BoringSSL (Chrome) checks every key of the path,
 * not the leaf's alone, so an RSA-PSS intermediate breaks the chain as an RSA-PSS leaf would. A root is left out:
 * clients take their own copy, and one with such a key is in no trust store.
 */
export function checkChainKeyTypes(path: readonly Cert[], f: Findings): void {
  for (const c of path.slice(1)) {
    // One cause, one finding: a key that is also too short is said by weak-key (checkStrength), whose fix covers it.
    const weak = c.key.bits !== null && c.key.bits < 2048 && ['RSA', 'RSA-PSS', 'DSA'].includes(c.key.type);
    if (!c.selfSigned && !weak && unsupportedKey(c)) f.add('key-type-unsupported', M.keyTypeChain, { cert: c.name, key: c.key.text });
    else if (!c.selfSigned && explicitCurve(c)) f.add('key-type-unsupported', M.keyExplicitCurveChain, { cert: c.name, key: c.key.text });
  }
}

/** The leaf's key type, when it is one TLS (or SCM's targets) cannot use. True when it reported one. */
export function checkKeyType(leaf: Cert, f: Findings): boolean {
  const { type, curve, text } = leaf.key;
  if (CANNOT_SIGN.has(type)) {
    f.add('key-cannot-sign', M.keyCannotSign, { cert: leaf.name, type });
    return true;
  }
  // Ed25519 as much as Ed448: no browser takes an EdDSA server certificate. An EC curve under 256 bits (P-192,
  // P-224) is a weak key (checkStrength), as RSA under 2048 is.
  // An RSA-PSS key (id-RSASSA-PSS, not rsaEncryption) is RSA that only signs with PSS: BoringSSL and most load
  // balancers refuse it, and it has no PKCS#1 form, so it would go out as PKCS#8, which WAF, ELB and CDN do not take.
  const unsupported = unsupportedKey(leaf);
  // Node names no such key ("unknown key type" is no name to put in a sentence, in either language).
  const said = type === 'unknown' ? M.keyTypeUnknown : type === 'RSA-PSS' ? M.keyTypeRsaPss : M.keyTypeUnsupported;
  if (unsupported) f.add('key-type-unsupported', said, { cert: leaf.name, key: text });
  else if (explicitCurve(leaf)) f.add('key-type-unsupported', M.keyExplicitCurve, { cert: leaf.name, key: text });
  return unsupported;
}

/**
 * Weak keys and signatures anywhere on the path (RSA or DSA under 2048 bits, EC under 256, MD5 or SHA-1), from
 * its `from`th certificate on. A root's self-signature is never checked by clients, so its hash does not matter;
 * a leaf whose key type is unsupported altogether has already been reported for that.
 */
export function checkStrength(path: Cert[], leafTypeReported: boolean, f: Findings, from = 0): void {
  const judged = path.slice(from);
  for (const c of judged) {
    if (c === path[0] && leafTypeReported) continue;
    const { type, bits, curve } = c.key;
    if ((type === 'RSA' || type === 'RSA-PSS' || type === 'DSA') && bits !== null && bits < 2048) f.add('weak-key', M.weakKey, { cert: c.name, type, bits });
    else if (type === 'EC' && bits !== null && bits < 256) f.add('weak-key', M.weakEcKey, { cert: c.name, bits, curve: curve ?? '' });
  }
  for (const c of judged) {
    const refused = UNVERIFIABLE.has(c.signature.weak ?? '');
    if (c.signature.weak && !(c.selfSigned && c !== path[0])) f.add('weak-signature', refused ? M.weakSignatureRefused : M.weakSignature, { cert: c.name, hash: c.signature.weak, algorithm: c.signature.name ?? '' });
  }
}

/**
 * Critical extensions clients do not process, on every certificate of the path (the leaf and the chain that is
 * sent): a client refuses the whole chain for one of them. SCM itself stores such a certificate.
 */
export function checkCriticalExtensions(path: readonly Cert[], f: Findings): void {
  for (const c of path) {
    for (const ext of unhandledCriticalExtensions(c.der)) f.add('critical-extension-unknown', ext.openssl ? M.criticalExtensionOpenssl : M.criticalExtension, { cert: c.name, ext: ext.text });
  }
}

/** Each certificate of the path with an extension given twice (extensions.ts): clients refuse it. */
export function checkDuplicateExtensions(path: readonly Cert[], f: Findings): void {
  for (const c of path) for (const ext of duplicateExtensions(c.der)) f.add('extension-duplicate', M.extensionDuplicate, { cert: c.name, ext: ext.text, count: ext.count });
}

export function checkLeafRole(leaf: Cert, f: Findings): void {
  if (leaf.ca) f.add('cert-is-ca', leaf.selfSigned ? M.certIsCaSelfSigned : M.certIsCa, { cert: leaf.name });
}

const KEY_CERT_SIGN = 0x0400;

/**
 * Each certificate of the path that issued the one below it but is no CA, as OpenSSL judges it (check_ca): a
 * basicConstraints that says CA:FALSE, or a keyUsage without keyCertSign. SCM checks names only; clients refuse it.
 * No basicConstraints at all (a version 1 certificate, or one issued without it) is no CA either (RFC 5280 4.2.1.9),
 * and OpenSSL 3 refuses it as an intermediate even with keyCertSign; a self-signed one is the root, a trust anchor
 * clients take from their own store (OpenSSL accepts a version 1 root there), so it is not judged.
 */
export function checkIssuersAreCas(path: readonly Cert[], f: Findings): void {
  for (let i = 1; i < path.length; i++) {
    const c = path[i]!;
    const params = { parent: f.say(M.certWhere, { name: c.name, position: c.position, source: c.source }), child: path[i - 1]!.name };
    const usage = keyUsageBits(c.der);
    const basic = basicConstraintsCa(c.der);
    if (basic === false) f.add('chain-not-ca', M.chainNotCaBasic, params);
    else if (basic === undefined && !c.selfSigned) f.add('chain-not-ca', M.chainNotCaMissing, params);
    else if (usage !== undefined && (usage & KEY_CERT_SIGN) === 0) f.add('chain-not-ca', M.chainNotCaUsage, params);
  }
}

/**
 * Each CA of the path whose pathLenConstraint the CAs below it exceed, counted as OpenSSL counts them
 * (check_chain_extensions): the CA certificates between it and the leaf, a self-issued one (a CA's rollover copy)
 * aside. SCM checks names only; clients refuse the chain ("path length constraint exceeded").
 */
export function checkPathLength(path: readonly Cert[], f: Findings): void {
  for (let j = 2; j < path.length; j++) {
    const ca = path[j]!;
    const limit = basicConstraintsPathLen(ca.der);
    if (limit === undefined) continue;
    const below = path.slice(1, j).filter((c) => !selfIssued(c));
    if (below.length <= limit) continue;
    f.add('chain-path-length', limit === 0 ? M.chainPathLengthZero : M.chainPathLength, {
      ca: f.say(M.certWhere, { name: ca.name, position: ca.position, source: ca.source }),
      limit, count: below.length, leaf: path[0]!.name, below: below.map((c) => c.name).join(f.say(M.listSeparator)),
    });
  }
}

/**
 * Each link of the path whose key identifiers disagree though the signature verifies (a CA reissued under its name
 * and key with a subjectKeyIdentifier computed another way): SCM checks names, browsers only prefer a match, but
 * OpenSSL takes a certificate as the issuer only when they agree (X509_check_akid): verify error 20. An SM2 link is
 * judged by its key identifiers alone (links.ts): one that disagrees is already a broken link, never on the path.
 */
export function checkKeyIds(path: readonly Cert[], f: Findings): void {
  for (let i = 1; i < path.length; i++) {
    const [child, parent] = [path[i - 1]!, path[i]!];
    if (!keyIdsDiffer(child, parent)) continue;
    f.add('chain-key-id-mismatch', M.chainKeyIdOther, {
      child: child.name, parentWhere: f.say(M.certWhere, { name: parent.name, position: parent.position, source: parent.source }),
      aki: keyIdText(keyIdsOf(child).aki!), ski: keyIdText(keyIdsOf(parent).ski!),
    });
  }
}

export function checkTarget(leaf: Cert, target: TargetService | undefined, f: Findings): void {
  if (target !== undefined && leaf.sm2) f.add('target-sm2-unsupported', M.targetSm2, { cert: leaf.name, target });
}
