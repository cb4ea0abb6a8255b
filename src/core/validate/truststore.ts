// A truststore given as the bundle: a PKCS#12 file holding CA certificates only, no private key and no server
// certificate (keytool's truststore, `openssl pkcs12 -export -nokeys -in ca.pem`). One cause, one finding: it is
// a truststore (cert-missing, with the fix to export the keystore's key entry). Without this, a lone self-signed
// CA would be taken for the leaf (leaf-choice.ts) and key-empty, chain-too-short, domain-invalid for "Test Root" and
// cert-is-ca would all be computed on it; with several CAs, key-empty would still come on top of cert-missing.
import type { Findings } from './findings.js';
import type { Gathered } from './inputs.js';
import { M } from './messages.js';
import type { Overrides, Pool } from './pool.js';
import type { BundleInput } from './types.js';

/** Only PKCS#12 files were read, and all they hold is CA certificates: nothing else given, nothing failed to read. */
export function isTruststore(pool: Pool, input: BundleInput, forced: Overrides): boolean {
  const pfx = pool.pfx ?? [];
  if (pfx.length === 0 || input.cert || input.key || forced.forcedLeaf || forced.keyGiven) return false;
  if (pool.keys.length > 0 || pool.faults.length > 0 || (pool.setAside?.length ?? 0) > 0 || pool.keyProblems.sorted().length > 0) return false;
  return pool.certs.length > 0 && pool.certs.every((c) => c.ca && pfx.some((p) => p.certs.includes(c)));
}

/** The one finding; nothing is sent, so the note that the file's certificates would be sent as PEM goes too. */
export function truststore(pool: Pool, looked: string[], f: Findings): Gathered {
  f.lack('leaf');
  f.lack('key');
  for (const p of pool.pfx ?? []) f.drop('input-converted', p.said);
  const held = pool.certs.map((c) => c.name).join(f.say(M.listSeparator));
  f.add('cert-missing', M.pkcs12Truststore, { source: looked.join(f.say(M.listSeparator)), held }, M.pkcs12TruststoreFix);
  return { certs: pool.certs, keyMatched: false, otherKeys: [], unusedKeys: [], ordered: false, looked, raw: {} };
}
