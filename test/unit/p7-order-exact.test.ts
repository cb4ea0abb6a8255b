// The order a PKCS#7's certificates are read in (p7-order.ts; its certificates field is a SET): leaf first, then
// each issuer by name; certificates off that path after it, as found (none dropped); a leaf chosen over an
// unrelated certificate that issued nothing either; the file's order kept when one does not parse. Slots made
// from the generated certificates, as scan.ts makes them; compared by name and position in the file.
import { expect, it } from 'vitest';
import { certFromDer } from '../../src/core/validate/model.js';
import { issuanceOrder } from '../../src/core/validate/p7-order.js';
import { scanPem } from '../../src/core/validate/pem.js';
import type { CertSlot } from '../../src/core/validate/scan.js';
import { keystoreParams } from '../../src/core/validate/jks.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes } from '../helpers/named-files.js';

const slots = (...rels: string[]): CertSlot[] =>
  rels.map((rel, i) => ({ position: i + 1, label: 'PKCS7', cert: certFromDer(scanPem(bytes(rel).toString()).blocks[0]!.der!, 'x.p7b', i + 1) }));
const view = (out: CertSlot[]): string[] => out.map((s) => `${s.position} ${s.cert ? s.cert.name : s.fault}`);

describeFixtures('PKCS#7 certificates in issuing order', () => {
  it('root first in the file: leaf, intermediate, root; each keeps its place in the file', () => {
    expect(view(issuanceOrder(slots('pki/root-rsa.crt', 'pki/inter-rsa.crt', 'rsa.crt')))).toEqual(['3 CN=rsa.example.com', '2 CN=SCM Test Intermediate R2', '1 CN=SCM Test Root R1']);
  });

  it('intermediates only (a chain file), top first: the lowest first, then its issuer', () => {
    expect(view(issuanceOrder(slots('pki/deep-i1.crt', 'pki/deep-i2.crt', 'pki/deep-i3.crt')))).toEqual(view(slots('pki/deep-i3.crt', 'pki/deep-i2.crt', 'pki/deep-i1.crt')).map((v, i) => `${3 - i} ${v.slice(2)}`));
  });

  it('an unrelated intermediate first: the leaf still leads, the unrelated one is kept after the path', () => {
    expect(view(issuanceOrder(slots('pki/inter-b.crt', 'pki/root-rsa.crt', 'rsa.crt', 'pki/inter-rsa.crt')))).toEqual([
      '3 CN=rsa.example.com', '4 CN=SCM Test Intermediate R2', '2 CN=SCM Test Root R1', '1 CN=Unrelated Intermediate B',
    ]);
  });

  it('an unrelated root first in a chain file: the intermediate leads, not the root that issued nothing here', () => {
    expect(view(issuanceOrder(slots('pki/root-b.crt', 'pki/inter-rsa.crt', 'pki/root-rsa.crt')))).toEqual(['2 CN=SCM Test Intermediate R2', '3 CN=SCM Test Root R1', '1 CN=Unrelated Root B']);
  });

  it('one that does not parse: the file\'s order, untouched; one certificate alone: itself', () => {
    const broken: CertSlot = { position: 2, label: 'PKCS7', fault: 'x509' };
    const [root, leaf] = slots('pki/root-rsa.crt', 'rsa.crt');
    const mixed = [root!, broken, { ...leaf!, position: 3 }];
    expect(issuanceOrder(mixed)).toEqual(mixed);
    const one = slots('pki/root-rsa.crt');
    expect(issuanceOrder(one)).toEqual(one);
  });
});

it('keytool\'s .p12 beside a keystore: only the keystore\'s own extension is replaced', () => {
  expect(keystoreParams('certs/site.jks', 'JKS')).toEqual({ source: 'certs/site.jks', sourceWord: 'certs/site.jks', kind: 'JKS', p12Word: 'certs/site.p12' });
  expect(keystoreParams('store.keystore.jks', 'JKS').p12Word).toBe('store.keystore.p12');
  expect(keystoreParams('a.ks.JCEKS', 'JCEKS').p12Word).toBe('a.ks.p12');
  expect(keystoreParams('tomcat', 'JKS').p12Word).toBe('tomcat.p12');
});
