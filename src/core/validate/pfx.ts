// PKCS#12 (.pfx/.p12) unpacking. Node 20 has no public PKCS#12 reader and refuses RC2 "legacy" files, so
// node-forge opens the container (imported lazily: it costs ~30 ms) and hands DER to node:crypto, which
// does all the parsing: forge itself cannot read EC, Ed25519 or SM2 certificates and keys.
import { InputError } from '../../errors.js';
import { looksLikePkcs12, isDerSequence } from './der.js';
import type { RawInput } from './types.js';

export interface Unpacked {
  certs: Buffer[];
  /** PKCS#8 PrivateKeyInfo DER of each key bag. */
  keys: Buffer[];
}

const HINT = 'set SCM_PFX_PASSWORD or pass --pfx-password-file FILE';

export async function unpackPfx(input: RawInput, password: string | undefined): Promise<Unpacked> {
  if (!isDerSequence(input.data) || !looksLikePkcs12(input.data)) {
    throw new InputError(`${input.source} is not a PKCS#12 (.pfx/.p12) file`, { path: input.source, hint: 'pass PEM or DER certificates with --cert/--key instead' });
  }
  const forge = (await import('node-forge')).default;
  let p12: import('node-forge').pkcs12.Pkcs12Pfx | undefined;
  // Without a password, try the empty one: `openssl pkcs12 -export -passout pass:` writes those.
  for (const pw of password === undefined ? [''] : [password]) {
    try {
      const asn1 = forge.asn1.fromDer(forge.util.createBuffer(input.data.toString('binary')));
      p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, pw);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const wrongPassword = /MAC could not be verified|Invalid password/i.test(message);
      if (wrongPassword) {
        throw new InputError(`cannot open ${input.source}: ${password === undefined ? 'it needs a password' : 'wrong password'}`, { path: input.source, hint: HINT });
      }
      throw new InputError(`cannot open ${input.source} as PKCS#12: ${message}`, { path: input.source });
    }
  }
  const bytes = (a: import('node-forge').asn1.Asn1): Buffer => Buffer.from(forge.asn1.toDer(a).getBytes(), 'binary');
  const out: Unpacked = { certs: [], keys: [] };
  for (const contents of p12!.safeContents) {
    for (const bag of contents.safeBags) {
      // forge decodes RSA objects and leaves anything else (EC, Ed25519, SM2) as raw ASN.1 in bag.asn1.
      const raw = (bag as { asn1?: import('node-forge').asn1.Asn1 }).asn1;
      if (bag.type === forge.pki.oids.certBag) {
        if (bag.cert) out.certs.push(bytes(forge.pki.certificateToAsn1(bag.cert)));
        else if (raw) out.certs.push(bytes(raw));
      } else if (bag.type === forge.pki.oids.pkcs8ShroudedKeyBag || bag.type === forge.pki.oids.keyBag) {
        if (bag.key) out.keys.push(bytes(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key))));
        else if (raw) out.keys.push(bytes(raw));
      }
    }
  }
  return out;
}
