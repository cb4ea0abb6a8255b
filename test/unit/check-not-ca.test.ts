// `scm check` judges a served chain with validate's rules: an issuer on the path that is no CA (chain-not-ca) is a
// problem of the chain a server sends, as validate warns of it; the rule table says which rules those are.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyseServed } from '../../src/core/check/index.js';
import { RULES } from '../../src/core/rules/table.js';
import { certFromDer, type Cert } from '../../src/core/validate/model.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';

const AT = new Date('2027-01-01T00:00:00Z');
const certsOf = (...files: string[]): Cert[] => files.flatMap((f) => readFileSync(fixture(f), 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [])
  .map((pem, i) => certFromDer(new X509Certificate(pem).raw, 'the served chain', i + 1));

describeFixtures('scm check: an issuer that is no CA', () => {
  it('basicConstraints CA:FALSE: chain-not-ca with validate\'s words; complete and in order all the same', () => {
    const r = analyseServed(certsOf('cases/not-ca-ee-leaf.crt', 'pki/not-ca-ee.crt'), 0, true, 'en', AT);
    expect(r).toMatchObject({ complete: true, inOrder: true });
    expect(r.problems).toEqual([{ id: 'chain-not-ca', message: 'CN=End Entity Signer (certificate 2 in the served chain) signed CN=www.example.com, but it is no CA certificate (basicConstraints CA:FALSE): TLS clients refuse a chain through it (OpenSSL: "invalid CA certificate")' }]);
    const zh = analyseServed(certsOf('cases/not-ca-ee-leaf.crt', 'pki/not-ca-ee.crt'), 0, true, 'zh', AT);
    expect(zh.problems[0]!.message).toMatch(/^CN=End Entity Signer（.*）签发了 CN=www\.example\.com，但它不是 CA 证书/);
  });

  it('a keyUsage without keyCertSign: chain-not-ca; in a folder (no order) too', () => {
    expect(analyseServed(certsOf('cases/not-ca-usage-leaf.crt', 'pki/not-ca-usage.crt'), 0, true, 'en', AT).problems.map((p) => p.id)).toEqual(['chain-not-ca']);
    expect(analyseServed(certsOf('pki/not-ca-usage.crt', 'cases/not-ca-usage-leaf.crt'), 1, false, 'en', AT).problems.map((p) => p.id)).toEqual(['chain-not-ca']);
  });

  it('no basicConstraints (version 1; keyCertSign alone): chain-not-ca; a version 1 root sent above a sound intermediate: none', () => {
    for (const f of ['not-ca-v1', 'not-ca-no-bc-certsign']) {
      const r = analyseServed(certsOf(`cases/${f}-leaf.crt`, `pki/${f}.crt`), 0, true, 'en', AT);
      expect([f, r.problems.map((p) => p.id)]).toEqual([f, ['chain-not-ca']]);
      expect(r.problems[0]!.message).toMatch(/\(certificate 2 in the served chain\) signed CN=www\.example\.com, but it is no CA certificate \(it has no basicConstraints extension/);
    }
    expect(analyseServed(certsOf('cases/v1-root-leaf.crt', 'pki/v1-root-int.crt', 'pki/v1-root.crt'), 0, true, 'en', AT)).toMatchObject({ complete: true, inOrder: true, problems: [] });
  });

  it('a sound chain has none', () => {
    expect(analyseServed(certsOf('bundles/ec-ok/fullchain.pem'), 0, true, 'en', AT).problems).toEqual([]);
  });

  it('the rules check reports are marked in the one rule table, and are chain rules that warn or refuse', () => {
    const served = RULES.filter((r) => r.served).map((r) => r.id);
    expect(served).toContain('chain-not-ca');
    expect(served).toContain('chain-cert-expired');
    // A chain rule, or what browsers refuse (or CAs must revoke) in a certificate the server sends (check-served-cert.test.ts, check-validity-period.test.ts).
    const ofCertificates = ['cert-no-san', 'weak-key', 'cert-not-for-servers', 'extension-duplicate', 'weak-signature', 'critical-extension-unknown', 'serial-negative', 'leaf-validity-too-long'];
    for (const r of RULES.filter((x) => x.served)) expect([r.id, r.id.startsWith('chain-') || ofCertificates.includes(r.id), r.severity !== 'info']).toEqual([r.id, true, true]);
    // Not a fault of a served chain: the root sent too, a field SCM limits, a block that is no certificate.
    for (const id of ['chain-includes-root', 'chain-too-long', 'chain-foreign-block']) expect(served).not.toContain(id);
  });
});
