// Which certificate of --cert (and --chain) is the leaf when they are given in order (inputs.ts): the one the
// key matches if it is first, or an end-entity later on; a key matching an intermediate behind an end-entity
// is a mismatch, not a misordered chain; without a key a reversed chain's end-entity. The subject reported,
// and the first finding, say which was taken.
import { expect, it } from 'vitest';
import { validateBundle } from '../../src/core/validate/index.js';
import type { BundleInput, RawInput } from '../../src/core/validate/types.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes, lines, NOW } from '../helpers/named-files.js';

const raw = (source: string, data: string | Buffer): RawInput => ({ source, data: typeof data === 'string' ? bytes(data) : data });
const INTER = 'O=scm fixtures, CN=SCM Test Intermediate R2';
const MISMATCH = 'key-mismatch error SCM.0014: the private key in k.pem (RSA 2048) does not match the certificate CN=rsa.example.com (RSA 2048)';

describeFixtures('the leaf among certificates given in order', () => {
  it.each([
    ['a reversed chain and the intermediate\'s key: the intermediate', { cert: raw('c.pem', 'rsa-chain-reversed.pem'), key: raw('k.pem', 'inter-rsa.key') }, INTER,
      'chain-misordered error SCM.0079: the certificate that matches the private key, CN=SCM Test Intermediate R2 (certificate 2 in c.pem), is not first: given CN=SCM Test Root R1, CN=SCM Test Intermediate R2; the right order is CN=SCM Test Intermediate R2 → CN=SCM Test Root R1'],
    // Only CA certificates and no key: no leaf at all (cert-missing, "this looks like the chain file"), not the root.
    ['a reversed chain and no key: no leaf, as there is no end-entity', { cert: raw('c.pem', 'rsa-chain-reversed.pem') }, '', 'key-empty error SCM.0059: no private key was given (pass --key FILE)'],
    ['a chain and the intermediate\'s key, in order: the intermediate', { cert: raw('c.pem', 'ca-as-leaf-fullchain.pem'), key: raw('k.pem', 'inter-rsa.key') }, INTER,
      'domain-invalid error SCM.0070: the common name "SCM Test Intermediate R2" contains spaces or control characters'],
    ['a reversed fullchain and another key: the end-entity', { cert: raw('c.pem', 'rsa-fullchain-reversed.pem'), key: raw('k.pem', 'other-rsa.key') }, 'CN=rsa.example.com', MISMATCH],
    ['a fullchain and the intermediate\'s key: still the end-entity, the key said to be the intermediate\'s', { cert: raw('c.pem', 'rsa-fullchain-with-root.pem'), key: raw('k.pem', 'inter-rsa.key') }, 'CN=rsa.example.com',
      'key-mismatch error SCM.0014: the private key in k.pem (RSA 2048) is the key of CN=SCM Test Intermediate R2, another certificate given, not of the certificate CN=rsa.example.com (RSA 2048)'],
    ['two end-entities, the key matching the second: the second', { cert: raw('c.pem', Buffer.from(bytes('ec256.crt').toString() + bytes('rsa-fullchain.pem').toString())), key: raw('k.pem', 'rsa.key') }, 'CN=rsa.example.com',
      'chain-broken error SCM.0079: CN=ec.example.com (certificate 1 in c.pem) did not issue any certificate of this chain; SCM checks that each certificate is followed by its issuer, so it refuses the chain as given: remove it'],
  ] as Array<[string, BundleInput, string, string]>)('%s', async (_, input, subject, first) => {
    const r = await validateBundle(input, { now: NOW });
    expect(r.certificate?.subject ?? '').toBe(subject);
    expect(lines(r)[0]).toBe(first);
  });

  it('--cert with its chain, and --chain too: the chain is built from both, each certificate once, in issuer order', async () => {
    const r = await validateBundle({ cert: raw('c.pem', 'rsa-fullchain-with-root.pem'), key: raw('k.pem', 'rsa.key'), chain: raw('d.pem', 'rsa-chain.pem') }, { now: NOW });
    expect(lines(r)[0]).toBe('chain-merged info null: c.pem holds 3 certificates and d.pem was given as the chain: the chain sent is built from both, each certificate once, in issuer order');
    expect(r.payload).toEqual({ certificate: bytes('rsa.crt').toString(), certificate_chain: bytes('rsa-chain-with-root.pem').toString(), private_key: bytes('rsa.pkcs1.key').toString() });
  });

  it('a lone root (keyCertSign, no SAN) as --cert: one finding, not a self-signed leaf judged as one', async () => {
    const r = await validateBundle({ cert: raw('ca.pem', 'pki/root-rsa.crt'), key: raw('k.pem', 'rsa.key') }, { now: NOW });
    expect(lines(r)).toEqual(['cert-missing error SCM.0031: ca.pem holds only CA certificates (CN=SCM Test Root R1), not the server certificate: this looks like the chain file; pass cert.pem or fullchain.pem with --cert']);
    const alone = await validateBundle({ cert: raw('ca.pem', 'pki/root-rsa.crt') }, { now: NOW });
    expect(lines(alone)).toEqual(['key-empty error SCM.0059: no private key was given (pass --key FILE)', 'cert-missing error SCM.0031: ca.pem holds only CA certificates (CN=SCM Test Root R1), not the server certificate: this looks like the chain file; pass cert.pem or fullchain.pem with --cert']);
  });

  it('--cert and --key given swapped: one finding saying so, with the command the other way round (en, zh)', async () => {
    const input: BundleInput = { cert: raw('my key.pem', 'rsa.key'), key: raw('cert.pem', 'rsa-fullchain.pem'), chain: raw('chain.pem', 'rsa-chain.pem') };
    const r = await validateBundle(input, { now: NOW });
    expect(lines(r)).toEqual(['cert-unparsable error SCM.0031: my key.pem holds a private key and no certificate, and cert.pem a certificate and no private key: --cert and --key were given the wrong way round']);
    expect(r.findings[0]!.fix).toBe("swap them: --cert cert.pem --key 'my key.pem'");
    const zh = await validateBundle(input, { now: NOW, lang: 'zh' });
    expect([...lines(zh), zh.findings[0]!.fix]).toEqual(['cert-unparsable error SCM.0031: my key.pem 中是私钥而没有证书，cert.pem 中是证书而没有私钥：--cert 和 --key 传反了', "请对调两者：--cert cert.pem --key 'my key.pem'"]);
    // From standard input, the command says -.
    const stdin = await validateBundle({ cert: raw('-', 'rsa.key'), key: raw('cert.pem', 'rsa.crt') }, { now: NOW });
    expect(stdin.findings.map((f) => f.fix)).toEqual(['swap them: --cert cert.pem --key -']);
  });

  it('the intermediate\'s key beside its leaf in a folder, in Chinese too; a key of nothing given is a plain mismatch', async () => {
    const input: BundleInput = { files: [raw('cert.pem', 'rsa.crt'), raw('chain.pem', 'rsa-chain.pem'), raw('ca.key', 'inter-rsa.key')] };
    const zh = await validateBundle(input, { now: NOW, lang: 'zh' });
    expect(lines(zh)).toEqual(['key-mismatch error SCM.0014: ca.key 中的私钥（RSA 2048）是所给的另一张证书 CN=SCM Test Intermediate R2 的私钥，不是证书 CN=rsa.example.com（RSA 2048）的私钥']);
    const other = await validateBundle({ cert: raw('c.pem', 'rsa-fullchain.pem'), key: raw('k.pem', 'other-rsa.key') }, { now: NOW });
    expect(lines(other)).toEqual([MISMATCH]);
  });

  it('a DER CSR as --cert, --chain or --key is named as a CSR, as its PEM form is', async () => {
    const der = Buffer.from(bytes('variants/rsa.csr').toString().replace(/-----[^-]+-----|\s/g, ''), 'base64');
    const cert = await validateBundle({ cert: raw('site.csr', der), key: raw('k.pem', 'rsa.key') }, { now: NOW });
    expect(lines(cert)).toEqual(['cert-unparsable error SCM.0031: site.csr holds a certificate signing request (CSR), not a certificate: the certificate is what your CA sends back for it']);
    const chain = await validateBundle({ cert: raw('c.pem', 'rsa.crt'), chain: raw('site.csr', der), key: raw('k.pem', 'rsa.key') }, { now: NOW });
    expect(lines(chain)).toEqual(['chain-unparsable error SCM.0013: site.csr holds a certificate signing request (CSR) and no certificate; a chain holds certificates only']);
    const key = await validateBundle({ cert: raw('c.pem', 'rsa-fullchain.pem'), key: raw('site.csr', der) }, { now: NOW, lang: 'zh' });
    expect(lines(key)).toEqual(['key-not-private error SCM.0012: site.csr 中是证书签名请求（CSR），不是私钥']);
  });

  it('no --cert: said once, and the key is still read', async () => {
    const r = await validateBundle({ chain: raw('d.pem', 'rsa-chain.pem'), key: raw('k.pem', 'rsa.key') }, { now: NOW });
    expect([...lines(r), r.keyType]).toEqual(['cert-missing error SCM.0031: no certificate was given (pass --cert FILE)', 'RSA 2048']);
    const none = await validateBundle({}, { now: NOW, lang: 'zh' });
    expect(lines(none)).toEqual(['cert-missing error SCM.0031: 没有提供证书（请用 --cert 文件 传入）', 'key-empty error SCM.0059: 没有提供私钥（请用 --key 文件 传入）']);
  });
});
