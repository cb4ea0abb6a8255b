// The exact findings (rule, severity, code) of every generated fixture, in process: each bundle folder, each
// PKCS#12 file, each mangled variant, the leaf, intermediate and root in every order (one file, certificate plus
// chain, files read by content, PKCS#12), and fixtures checked for the property their tests rely on (an RSA-PSS
// key, an empty CN, a SHA-1 root and a SHA-1 intermediate). These are what `npm run mutate` runs mutants against.
import { createPublicKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certSignatureOid, signatureInfo } from '../../src/core/validate/der-cert.js';
import { validateBundle } from '../../src/core/validate/index.js';
import type { BundleInput } from '../../src/core/validate/types.js';
import { check, describeFixtures, fixture, raw, triples, type Parts } from '../helpers/fixtures.js';

const ROOT = 'chain-includes-root info null';
const CONVERTED = 'input-converted info null';
const MISORDERED = 'chain-misordered error SCM.0079';
const BROKEN = 'chain-broken error SCM.0079';
const UNRELATED = 'chain-unrelated-cert warning null';
const MISSING = 'chain-missing-intermediate error SCM.0079';
const pem = (rel: string): string => readFileSync(fixture(rel), 'utf8');
const x509 = (rel: string): X509Certificate => new X509Certificate(readFileSync(fixture(rel)));

describeFixtures('every bundle folder: its exact findings and the leaf it picks', () => {
  it.each([
    ['rsa-ok', [], 'CN=rsa.example.com'],
    ['ec-ok', [], 'CN=ec.example.com'],
    ['ed25519-ok', ['key-type-unsupported warning null'], 'CN=ed25519.example.com'],
    ['certbot-split', [], 'CN=rsa.example.com'],
    ['combined', [], 'CN=rsa.example.com'],
    ['generic', [], 'CN=rsa.example.com'],
    ['der', [CONVERTED, CONVERTED], 'CN=rsa.example.com'],
    ['leaf-only', ['chain-too-short error SCM.0109'], 'CN=self.example.com'],
    ['mismatch', ['key-mismatch error SCM.0014'], 'CN=rsa.example.com'],
    ['misordered', [ROOT], 'CN=rsa.example.com'],
    ['no-key', ['key-empty error SCM.0059'], 'CN=rsa.example.com'],
    ['weak', ['weak-key warning null'], 'CN=weak.example.com'],
    ['layouts/cert-chain-key', [], 'CN=rsa.example.com'],
    ['layouts/cert-privkey-ca', [], 'CN=rsa.example.com'],
    ['layouts/cert-privkey-ca-bundle', [], 'CN=rsa.example.com'],
    ['layouts/cert-privkey-intermediate', [], 'CN=rsa.example.com'],
    ['layouts/certbot-archive', ['cert-older-generation info null'], 'CN=rsa.example.com'],
    ['layouts/der-key', [CONVERTED], 'CN=rsa.example.com'],
    ['layouts/digicert', [ROOT], 'CN=www.example.com'],
    ['layouts/fullchain-key', [], 'CN=rsa.example.com'],
    ['layouts/garbage-cert', ['cert-missing error SCM.0031'], undefined],
    ['layouts/godaddy', [ROOT], 'CN=www.example.com'],
    ['layouts/leaf-int-root', [ROOT], 'CN=rsa.example.com'],
    ['layouts/misordered-fullchain', [ROOT], 'CN=rsa.example.com'],
    ['layouts/missing-middle', [MISSING], 'CN=deep.example.com'],
    ['layouts/no-key-notes', ['key-empty error SCM.0059'], 'CN=rsa.example.com'],
    ['layouts/old-intermediate', [UNRELATED], 'CN=rsa.example.com'],
    ['layouts/p7b-chain', [ROOT], 'CN=rsa.example.com'],
    ['layouts/reversed-fullchain', [ROOT], 'CN=rsa.example.com'],
    ['layouts/sectigo', [ROOT], 'CN=www.example.com'],
    ['layouts/stale-key', ['key-extra-ignored info null'], 'CN=rsa.example.com'],
    ['layouts/tencent-nginx', ['input-not-sent info null'], 'CN=www.example.com'],
    ['layouts/utf16', [CONVERTED], 'CN=rsa.example.com'],
  ] as Array<[string, string[], string | undefined]>)('%s', async (dir, findings, subject) => {
    const r = await check({ dir });
    expect(triples(r)).toEqual(findings);
    expect(r.certificate?.subject).toBe(subject);
    expect(r.valid).toBe(!findings.some((f) => f.includes(' error ')));
  });
});

describeFixtures('every PKCS#12 file', () => {
  it.each([
    ['rsa.pfx', 'secret', [CONVERTED, ROOT]],
    ['rsa-legacy.pfx', 'secret', [CONVERTED]],
    ['rsa-3des.pfx', 'secret', [CONVERTED]],
    ['no-mac.pfx', 'secret', [CONVERTED]],
    ['no-password.pfx', '', [CONVERTED]],
    ['unicode-password.pfx', 'pässwörd-密码', [CONVERTED, ROOT]],
    ['ec.pfx', 'secret', [CONVERTED]],
    ['leaf-only.pfx', 'secret', ['chain-too-short error SCM.0109', CONVERTED]],
    ['sm2.pfx', 'secret', [CONVERTED, 'sm2-signature-unverified info null']],
  ])('%s', async (pfx, pfxPassword, findings) => {
    expect(triples(await check({ pfx, pfxPassword }))).toEqual(findings);
  });

  it.each(['LIR', 'LRI', 'ILR', 'IRL', 'RLI', 'RIL'])('leaf, intermediate and root stored as %s: accepted, and sent leaf first in issuing order', async (order) => {
    const r = await check({ pfx: `order-${order}.pfx`, pfxPassword: 'secret' });
    expect(triples(r)).toEqual([CONVERTED, ROOT]);
    expect(new X509Certificate(r.payload!.certificate).subject).toBe('CN=rsa.example.com');
    expect(r.payload!.certificate_chain).toBe(pem('pki/inter-rsa.crt') + pem('pki/root-rsa.crt'));
  });
});

describeFixtures('every mangled variant given as --cert (with the right key)', () => {
  it.each([
    ['fullchain-blank-lines.pem', []],
    ['fullchain-bom.pem', []],
    ['fullchain-crlf.pem', []],
    ['fullchain-indented.pem', ['input-repaired info null']],
    ['fullchain-no-final-newline.pem', []],
    ['fullchain-text-outside.pem', []],
    ['fullchain-trailing-space.pem', []],
    ['fullchain-with-key.pem', []],
    ['fullchain-escaped.pem', ['input-repaired info null']],
    ['fullchain-spaces.pem', ['input-repaired info null']],
    ['fullchain-trusted.pem', [CONVERTED]],
    ['fullchain-utf16be.pem', [CONVERTED]],
    ['fullchain-utf16le.pem', [CONVERTED]],
    ['rsa-trusted.pem', ['chain-too-short error SCM.0109', CONVERTED]],
    ['cert-armor-missing.pem', ['cert-armor-missing error SCM.0053']],
    ['cert-no-begin.pem', ['cert-armor-missing error SCM.0053']],
    ['cert-no-end.pem', ['cert-armor-missing error SCM.0053']],
    ['key-armor-missing.key', ['cert-armor-missing error SCM.0053']],
    ['cert-empty-body.pem', ['cert-empty-body error SCM.0054']],
    ['empty.pem', ['cert-missing error SCM.0031']],
    ['whitespace.pem', ['cert-missing error SCM.0031']],
    ['fullchain-bad-second.pem', ['chain-unparsable error SCM.0013']],
    ['cert-bad-base64.pem', ['cert-unparsable error SCM.0031']],
    ['cert-not-x509.pem', ['cert-unparsable error SCM.0031']],
    ['fullchain-bad-first.pem', ['cert-unparsable error SCM.0031']],
    ['garbage.txt', ['cert-unparsable error SCM.0031']],
    ['key-bom-crlf.key', ['cert-unparsable error SCM.0031']],
    ['key-corrupt.key', ['cert-unparsable error SCM.0031']],
    ['key-empty-body.key', ['cert-unparsable error SCM.0031']],
    ['key-no-end.key', ['cert-unparsable error SCM.0031']],
    ['openssh.key', ['cert-unparsable error SCM.0031']],
    ['rsa-truncated.der', ['cert-unparsable error SCM.0031']],
    ['rsa.csr', ['cert-unparsable error SCM.0031']],
    ['key-escaped.key', ['cert-unparsable error SCM.0031', 'input-repaired info null']],
    ['key-utf16le.key', ['cert-unparsable error SCM.0031', CONVERTED]],
  ])('%s', async (variant, findings) => {
    expect(triples(await check({ cert: `variants/${variant}`, key: 'rsa.key' }))).toEqual(findings);
  });
});

describeFixtures('leaf (L), intermediate (I), root (R) and extras in every order', () => {
  const P: Record<string, string> = {
    L: pem('cases/rsa.crt'), I: pem('pki/inter-rsa.crt'), R: pem('pki/root-rsa.crt'),
    B: pem('pki/inter-b.crt'), S: pem('pki/inter-short.crt'), E: pem('cases/ec256.crt'),
  };
  const key = raw('cases/rsa.key');
  const now = new Date();
  const blob = (order: string, source: string) => ({ source, data: Buffer.from([...order].map((x) => P[x]).join('')) });
  /** One --cert file holding them all, as given: SCM reads it in this order. */
  const oneFile = async (order: string) => triples(await validateBundle({ cert: blob(order, 'fullchain.pem'), key }, { now }));
  /** --cert with the leaf, --chain with the rest in this order. */
  const split = async (order: string) => triples(await validateBundle({ cert: blob('L', 'cert.pem'), chain: blob(order.slice(1), 'chain.pem'), key }, { now }));
  /** Each certificate in a file of its own, read by content: scm sends the path it finds, so order never counts. */
  const together = async (order: string) => {
    const input: BundleInput = { files: [...order].map((x, i) => ({ source: `${i}-${x}.pem`, data: Buffer.from(P[x]!) })), key };
    return triples(await validateBundle(input, { now }));
  };

  it.each([
    ['LI', []], ['IL', [MISORDERED]],
    ['LIR', [ROOT]], ['LRI', [MISORDERED, ROOT]], ['ILR', [MISORDERED, ROOT]], ['IRL', [MISORDERED, ROOT]], ['RLI', [MISORDERED, ROOT]], ['RIL', [MISORDERED, ROOT]],
  ])('%s in one file', async (order, findings) => {
    expect(await oneFile(order)).toEqual(findings);
  });

  it.each([['LI', []], ['LIR', [ROOT]], ['LRI', [MISORDERED, ROOT]]])('%s as certificate and chain', async (order, findings) => {
    expect(await split(order)).toEqual(findings);
  });

  it.each(['LI', 'IL', 'LIR', 'LRI', 'ILR', 'IRL', 'RLI', 'RIL'])('%s read by content: never misordered', async (order) => {
    expect(await together(order)).toEqual(order.includes('R') ? [ROOT] : []);
  });

  it.each([
    // An unrelated CA whose issuer is missing: sent in a file, one finding that names it, never also misordered when
    // the path is in order; read by content (each in a file of its own), not sent, and the path is judged alone.
    ['LIB', [MISSING], [UNRELATED]], ['LBI', [MISSING], [UNRELATED]], ['BLI', [MISSING], [UNRELATED]],
    ['ILB', [MISSING, MISORDERED], [UNRELATED]], ['BIL', [MISSING, MISORDERED], [UNRELATED]],
    // Above a complete path (up to the root), the extra CA is a stray in a file and merely not sent when read by content.
    ['LIRB', [BROKEN, ROOT], [UNRELATED, ROOT]], ['LBIR', [BROKEN, ROOT], [UNRELATED, ROOT]], ['LRIB', [BROKEN, MISORDERED, ROOT], [UNRELATED, ROOT]],
    ['RBIL', [BROKEN, MISORDERED, ROOT], [UNRELATED, ROOT]],
    // A sibling intermediate of the same CA, and another leaf.
    ['LIS', [BROKEN], [UNRELATED]], ['SLI', [BROKEN], [UNRELATED]], ['ISL', [BROKEN, MISORDERED], [UNRELATED]],
    ['LIE', [BROKEN], [UNRELATED]], ['ELI', [BROKEN], [UNRELATED]], ['IEL', [BROKEN, MISORDERED], [UNRELATED]],
  ])('%s: one file %j, read by content %j', async (order, inFile, byContent) => {
    expect(await oneFile(order)).toEqual(inFile);
    expect(await together(order)).toEqual(byContent);
  });
});

describeFixtures('fixtures that really have the property their tests claim', () => {
  const under = (cert: string, key: string, chain = 'rsa-chain.pem'): Parts => ({ cert, key, chain });

  it('RSA-PSS keys: the key itself is RSASSA-PSS; browsers refuse it at any size (key-type-unsupported, said once)', async () => {
    for (const [c, bits] of [['rsapss.crt', 2048], ['rsapss1024.crt', 1024]] as const) {
      const pub = createPublicKey(x509(`cases/${c}`).publicKey.export({ type: 'spki', format: 'pem' }));
      expect(pub.asymmetricKeyType, c).toBe('rsa-pss');
      expect(pub.asymmetricKeyDetails?.modulusLength, c).toBe(bits);
    }
    const strong = await check(under('rsapss.crt', 'rsapss.key'));
    expect(triples(strong)).toEqual(['key-type-unsupported warning null']);
    expect(strong.findings[0]!.message).toBe('CN=pss.example.com has an RSA-PSS 2048 key (RSASSA-PSS only, not a plain RSA key): browsers and cloud load balancers do not support it, and it has no PKCS#1 form, so it would be sent as PKCS#8');
    expect(strong.certificate).toMatchObject({ keyType: 'RSA-PSS', keySize: 2048, key: 'RSA-PSS 2048' });
    const weak = await check(under('rsapss1024.crt', 'rsapss1024.key'));
    expect(triples(weak)).toEqual(['key-type-unsupported warning null']);
    expect(weak.findings[0]!.message).toContain('RSA-PSS 1024');
    expect(triples(await check(under('rsapss.crt', 'rsa.key')))).toEqual(['key-mismatch error SCM.0014', 'key-type-unsupported warning null']);
  });

  it('an empty CN is present in the subject and is no name: alone it is SCM.0009, beside a SAN it is not compared', async () => {
    for (const c of ['empty-cn.crt', 'empty-cn-san.crt']) expect(x509(`cases/${c}`).subject.split('\n')).toContain('CN=');
    expect(triples(await check(under('empty-cn.crt', 'rsa.key')))).toEqual(['cert-no-domain error SCM.0009']);
    const withSan = await check(under('empty-cn-san.crt', 'rsa.key'), { domains: ['emptycn.example.com'], domainCount: 1 });
    expect(triples(withSan)).toEqual([]);
    expect(withSan.certificate!.names).toEqual(['emptycn.example.com']);
  });

  it('a SHA-1 intermediate is a weak signature; a SHA-1 root self-signature is not', async () => {
    expect(signatureInfo(certSignatureOid(x509('pki/sha1-inter.crt').raw)).weak).toBe('SHA-1');
    expect(signatureInfo(certSignatureOid(x509('pki/sha1-root.crt').raw)).weak).toBe('SHA-1');
    const inter = await check(under('under-sha1-inter.crt', 'rsa.key', 'sha1-inter-chain.pem'));
    expect(triples(inter)).toEqual(['weak-signature warning null']);
    expect(inter.findings[0]!.message).toContain('CN=SCM SHA-1 Intermediate');
    expect(triples(await check(under('under-sha1-root.crt', 'rsa.key', 'sha1-root-chain.pem')))).toEqual([ROOT]);
    // The leaf itself signed with SHA-1 or MD5.
    expect(triples(await check(under('sha1.crt', 'rsa.key')))).toEqual(['weak-signature warning null']);
    expect(triples(await check(under('md5.crt', 'rsa.key')))).toEqual(['weak-signature warning null']);
  });
});
