// A public key or DH parameters file in DER (openssl pkey -pubout -outform DER, openssl dhparam -outform DER) in a
// bundle folder is said not sent as its PEM form is, in words for DER (not "a PUBLIC KEY block"); alone, it is one
// finding saying what it holds. A DER private key, CSR or CRL is still read as before.
import { createPublicKey } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes, lines, readTogether } from '../helpers/named-files.js';

const der = (pem: string): Buffer => Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
const SPKI = (): Buffer => der(bytes('rsa.pub.pem').toString());
const PKCS1 = (): Buffer => createPublicKey(bytes('other-rsa.key')).export({ type: 'pkcs1', format: 'der' });
const DH = der('MAYCAQsCAQI=');
const X942 = (): Buffer => der(bytes('x942-dh.pem').toString());
const BUNDLE: Array<[string, string]> = [['fullchain.pem', 'ec-fullchain.pem'], ['privkey.pem', 'ec256.key']];

describeFixtures('DER public keys and DH parameters', () => {
  it('in a bundle folder: said not sent, each in words for DER, as the PEM ones are', async () => {
    const r = await readTogether([...BUNDLE, ['pub.der', SPKI()], ['rsa-pub.der', PKCS1()], ['dhparam.der', DH], ['x942.der', X942()]]);
    expect(lines(r)).toEqual([
      'input-not-sent info null: pub.der holds a public key (DER), not a certificate or a key of the bundle; it is not sent',
      'input-not-sent info null: rsa-pub.der holds an RSA public key (DER, PKCS#1), not a certificate or a key of the bundle; it is not sent',
      'input-not-sent info null: dhparam.der holds a set of DH parameters (DER), not a certificate or a key of the bundle; it is not sent',
      'input-not-sent info null: x942.der holds a set of DH parameters (DER), not a certificate or a key of the bundle; it is not sent',
    ]);
    expect(r.valid).toBe(true);
    const zh = await readTogether([...BUNDLE, ['pub.der', SPKI()], ['dhparam.der', DH]], {}, 'zh');
    expect(lines(zh)).toEqual([
      'input-not-sent info null: pub.der 中是公钥（DER 格式），不是证书包的证书或私钥；它不会被发送',
      'input-not-sent info null: dhparam.der 中是 DH 参数（DER 格式），不是证书包的证书或私钥；它不会被发送',
    ]);
  });

  it('alone: one finding saying what the file holds, not "no certificate" and "no private key"', async () => {
    expect(lines(await readTogether([['pub.der', SPKI()]]))).toEqual(['cert-missing error SCM.0031: pub.der holds no certificate, only a public key (DER)']);
    expect(lines(await readTogether([['dh.der', DH]]))).toEqual(['cert-missing error SCM.0031: dh.der holds no certificate, only a set of DH parameters (DER)']);
  });

  it('a DER private key and a DER certificate are still read as such', async () => {
    const r = await readTogether([['cert.der', der(bytes('rsa.crt').toString())], ['chain.pem', 'pki/inter-rsa.crt'], ['key.der', 'rsa.pkcs1.key.der']]);
    expect(r.findings.filter((f) => f.severity === 'error' || f.rule === 'input-not-sent')).toEqual([]);
  });
});

describeFixtures('DER public keys and DH parameters given as --cert or --chain', () => {
  it('said as what they hold, as a DER CSR is, not "binary (DER) data"', async () => {
    const { validateBundle } = await import('../../src/core/validate/index.js');
    const one = async (slot: 'cert' | 'chain', data: Buffer) => lines(await validateBundle({ cert: { source: 'c.pem', data: slot === 'cert' ? data : bytes('rsa.crt') }, key: { source: 'k.pem', data: bytes('rsa.key') }, ...(slot === 'chain' ? { chain: [{ source: 'x.der', data }] } : {}) }, { now: new Date('2030-01-01T00:00:00Z'), lang: 'en' }));
    expect(await one('cert', SPKI())).toEqual(['cert-unparsable error SCM.0031: c.pem holds no certificate, only a public key (DER)']);
    expect(await one('chain', DH)).toEqual(['chain-unparsable error SCM.0013: x.der holds a set of DH parameters (DER) and no certificate; a chain holds certificates only']);
  });
});
