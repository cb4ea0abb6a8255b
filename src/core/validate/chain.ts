// Chain analysis: duplicates, the issuance path from the leaf (subject/issuer, key identifiers and
// signature), misordering with the right order spelled out, unrelated certificates, the root, and the
// documented "chain length must be greater than 1" rule.
import type { Findings } from './findings.js';
import type { Cert } from './model.js';

export interface ChainResult {
  /** Leaf first, then each issuer found, in issuing order. */
  path: Cert[];
  /** Certificates given that are neither on the path nor duplicates. */
  unrelated: Cert[];
}

const where = (c: Cert): string => `${c.name} (certificate ${c.position} in ${c.source})`;

/** Builds the path from `leaf` through `pool`; reports a name match whose signature fails. */
function buildPath(leaf: Cert, pool: Cert[], f: Findings): Cert[] {
  const path = [leaf];
  const left = [...pool];
  let current = leaf;
  while (!current.selfSigned) {
    const named = left.filter((c) => current.x509.checkIssued(c.x509));
    if (named.length === 0) break;
    const issuer = named.find((c) => c.sm2 || current.x509.verify(c.x509.publicKey));
    if (!issuer) {
      f.add('chain-broken', `${current.name} names ${named[0]!.name} as its issuer, but its signature does not verify with the key of ${where(named[0]!)}; that certificate has the right name but is not the one that signed it`);
      break;
    }
    if (issuer.sm2) f.add('sm2-signature-unverified', `the SM2 signature of ${current.name} by ${issuer.name} cannot be verified offline (Node.js 20 has no SM2 verification); the link was checked by name and key identifier`);
    path.push(issuer);
    left.splice(left.indexOf(issuer), 1);
    current = issuer;
  }
  return path;
}

/**
 * `sent` is every certificate in upload order (certificate field first, then the chain); `leafIndex`
 * is the one that is really the leaf (it matches the key). `ordered` is false for PKCS#12, whose bags
 * have no meaningful order.
 */
export function analyseChain(sent: Cert[], leafIndex: number, ordered: boolean, f: Findings): ChainResult {
  const unique: Cert[] = [];
  for (const cert of sent) {
    const first = unique.find((u) => u.sha256 === cert.sha256);
    if (!first) unique.push(cert);
    else f.add('chain-duplicate', `${where(cert)} repeats ${first === sent[leafIndex] ? 'the leaf certificate' : where(first)}`);
  }
  const leaf = sent[leafIndex]!;
  const path = buildPath(leaf, unique.filter((c) => c !== leaf), f);
  const unrelated = unique.filter((c) => !path.includes(c));

  if (unique.length === 1) {
    const self = leaf.selfSigned ? ' is self-signed and' : '';
    f.add('chain-too-short', `${leaf.name}${self} would be uploaded alone: no intermediate certificate was given, and SCM refuses a chain of length 1`);
  } else if (f.has('chain-broken')) {
    // buildPath already said why the path stops; the rest would only repeat it.
  } else if (path.length === 1) {
    const holds = `it holds ${unrelated.map((c) => c.name).join(', ')}`;
    const issuer = leaf.x509.issuer.split('\n').filter(Boolean).join(', ');
    f.add('chain-broken', leaf.selfSigned
      ? `${leaf.name} is self-signed, so no certificate in the chain can be its issuer (${holds})`
      : `${leaf.name} was issued by ${issuer}, which is not in the chain (${holds})`);
  } else {
    for (const c of unrelated) f.add('chain-unrelated-cert', `${where(c)} did not issue ${leaf.name} or any of its intermediates`);
  }

  if (ordered && path.length > 1) {
    const given = unique.filter((c) => path.includes(c));
    const inOrder = given.every((c, i) => c === path[i]);
    if (!inOrder) {
      const right = path.map((c) => c.name).join(' → ');
      const lead = leafIndex === 0 ? 'the chain is complete but out of order' : `the certificate that matches the private key, ${where(leaf)}, is not first`;
      f.add('chain-misordered', `${lead}: given ${given.map((c) => c.name).join(', ')}; the right order is ${right}`);
    }
  }

  const top = path[path.length - 1]!;
  if (path.length > 1 && top.selfSigned) f.add('chain-includes-root', `the chain ends with the self-signed root ${top.name} (${top.pem.length} characters); clients already trust it`);
  return { path, unrelated };
}
