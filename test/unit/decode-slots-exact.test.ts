// What decode-certs.ts, decode-key.ts and inputs.ts decide that no other test pinned (issue #15, mutation
// testing): the slot a PKCS#12 file is refused in (message and path), the rule of an END line left over in
// --chain, the words for a --key holding a certificate and a public key, and a CA given first with its own key
// before an end-entity (the CA is the leaf: the key says so).
import { expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { validateBundle } from '../../src/core/validate/index.js';
import type { BundleInput, RawInput } from '../../src/core/validate/types.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes, lines, NOW } from '../helpers/named-files.js';

const raw = (source: string, data: string | Buffer): RawInput => ({ source, data: typeof data === 'string' ? bytes(data) : data });

const KEY = raw('k.pem', 'rsa.key');
const CERT = raw('c.pem', 'rsa.crt');
const refusal = async (input: BundleInput, lang: 'en' | 'zh' = 'en'): Promise<unknown> => {
  try {
    await validateBundle(input, { now: NOW, lang });
  } catch (e) {
    return { type: e instanceof InputError, message: (e as Error).message, path: (e as InputError).path };
  }
  return 'no error';
};

const END_ONLY = 'chain-unparsable error SCM.0013: d.pem has an -----END----- line without its -----BEGIN----- line';
const refused = (slot: string, path = 'b.pfx') => ({ type: true, path, message: `${path} is a PKCS#12 (.pfx/.p12) file, not ${slot}: pass it with --pfx (or as an argument: \`scm validate ${path}\`)` });

describeFixtures('slots decoded exactly', () => {
  it('a PKCS#12 file given as --cert, --chain or --key: refused, naming the slot and the path', async () => {
    const pfx = raw('b.pfx', 'pfx/ec.pfx');
    expect(await refusal({ cert: pfx, key: KEY })).toEqual(refused('a certificate'));
    expect(await refusal({ cert: CERT, key: KEY, chain: pfx })).toEqual(refused('a certificate chain'));
    expect(await refusal({ cert: CERT, key: pfx })).toEqual(refused('a private key'));
    expect(await refusal({ cert: pfx, key: KEY }, 'zh')).toEqual({ type: true, path: 'b.pfx', message: "b.pfx 是 PKCS#12（.pfx/.p12）文件，不是证书：请用 --pfx 传入（或作为参数：`scm validate b.pfx`）" });
    expect(await refusal({ cert: CERT, key: KEY, chain: pfx }, 'zh')).toEqual({ type: true, path: 'b.pfx', message: "b.pfx 是 PKCS#12（.pfx/.p12）文件，不是证书链：请用 --pfx 传入（或作为参数：`scm validate b.pfx`）" });
  });

  it('an END line left over in --chain is the chain\'s fault, after its certificate or before it', async () => {
    const inter = bytes('pki/inter-rsa.crt').toString();
    for (const chain of [`${inter}-----END CERTIFICATE-----\n`, `-----END CERTIFICATE-----\n${inter}`]) {
      const r = await validateBundle({ cert: CERT, key: KEY, chain: raw('d.pem', Buffer.from(chain)) }, { now: NOW });
      expect(lines(r)).toEqual([END_ONLY]);
    }
    // the chain counts as unreadable: what it holds is not analysed (here, a root sent too)
    const withRoot = `-----END CERTIFICATE-----\n${inter}${bytes('pki/root-rsa.crt').toString()}`;
    expect(lines(await validateBundle({ cert: CERT, key: KEY, chain: raw('d.pem', Buffer.from(withRoot)) }, { now: NOW }))).toEqual([END_ONLY]);
  });

  it('a --key holding a public key and a certificate is called a certificate', async () => {
    const both = Buffer.from(bytes('rsa.pub.pem').toString() + bytes('rsa.crt').toString());
    expect(lines(await validateBundle({ cert: CERT, key: raw('k.pem', both) }, { now: NOW }))[0]).toBe('key-not-private error SCM.0012: k.pem holds a certificate, not a private key');
  });

  it('a CA first with its own key, an end-entity after it: the CA is the leaf', async () => {
    const certs = Buffer.from(bytes('pki/inter-rsa.crt').toString() + bytes('rsa.crt').toString());
    const r = await validateBundle({ cert: raw('c.pem', certs), key: raw('k.pem', 'inter-rsa.key') }, { now: NOW });
    expect(r.certificate?.subject).toBe('O=scm fixtures, CN=SCM Test Intermediate R2');
    expect(lines(r)).toEqual([
      'chain-broken error SCM.0079: CN=SCM Test Intermediate R2 was issued by CN=SCM Test Root R1, which is not in the chain (it holds CN=rsa.example.com)',
      'domain-invalid error SCM.0070: the common name "SCM Test Intermediate R2" contains spaces or control characters',
      'cert-is-ca warning null: CN=SCM Test Intermediate R2, given as the leaf, is a CA certificate (basicConstraints CA:TRUE)',
    ]);
  });
});
