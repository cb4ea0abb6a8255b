// Every rule of the validate table, triggered by a real certificate (scripts/gen-fixtures.mjs) and checked for
// its code, severity and a specific message, with the exact set of findings the input gives (nothing on top:
// one cause, one finding). A clean bundle triggers none. Clock injected for dates.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { UPLOAD_RULES } from '../../src/core/rules/upload-rules.js';
import type { ValidateOptions } from '../../src/core/validate/types.js';
import { check, describeFixtures, expected, fixture, triples, type Parts } from '../helpers/fixtures.js';

const DAY = 86_400_000;
const dates = (rel: string): { from: Date; to: Date } => {
  const x = new X509Certificate(readFileSync(fixture(`cases/${rel}`)));
  return { from: new Date(x.validFrom), to: new Date(x.validTo) };
};

const OK: Parts = { cert: 'rsa-fullchain.pem', key: 'rsa.key' };
const SHORT: Parts = { cert: 'short-fullchain.pem', key: 'rsa.key' };
const under = (cert: string, key = 'rsa.key', chain = 'rsa-chain.pem'): Parts => ({ cert, key, chain });

interface Case {
  rule: string;
  title: string;
  parts: Parts;
  /** Every finding the input gives, rule ids in report order. */
  all: string[];
  message: RegExp;
  options?: () => Partial<ValidateOptions>;
}

const c = (rule: string, title: string, parts: Parts, all: string[], message: RegExp, options?: () => Partial<ValidateOptions>): Case =>
  ({ rule, title, parts, all, message, ...(options ? { options } : {}) });

/** Findings whose fix names what they found, in place of the rule's general one (the case below has DNS:192.0.2.9). */
const OWN_FIX: Record<string, string | RegExp> = {
  // The key file of the case in place of encrypted.key, and FILE.dec beside it (names are plain shell words).
  'key-encrypted': /^Give its password as for a \.pfx \(the first line of a file given with --pfx-password-file FILE, or SCM_PFX_PASSWORD\): scm opens the key with it and sends it without the password\. Or remove the password first: `openssl pkey -in ([\w./-]+\.(?:key|der|pem)) -out \1\.dec` asks for it and writes the key without it beside the encrypted one \(mode 600, keep it private\); then use \1\.dec as the key \(a bundle folder finds it there\)\.$/,
  'ip-as-dns-name': 'Reissue with 192.0.2.9 as an IP subject alternative name (IP:192.0.2.9, not DNS:192.0.2.9).',
  'chain-cert-not-yet-valid': 'Get the intermediate that is valid now from your CA, or wait until 2100-01-01 to send this one.',
  // A self-signed leaf has no intermediate to add: its own fix; any other leaf alone, the rule's.
  'chain-too-short': /^(Add the intermediate certificate\(s\): upload fullchain\.pem, or pass the CA bundle with --chain\. .*|A self-signed certificate has no CA certificate to add, and SCM refuses it alone: .*)$/,
  // Both cases repeat a certificate inside one file: the copy to remove from it.
  'chain-duplicate': /^Nothing blocks the upload \(scm sends each certificate once\); still, remove the repeated copy from rsa-(?:fullchain-leaf-twice|chain-duplicate)\.pem, as other tools send the file as it is: each certificate once, each followed by its issuer\.$/,
};

const CASES: Case[] = [
  // The certificate
  c('cert-missing', 'no certificate', { key: 'rsa.key' }, ['cert-missing'], /no certificate was given/),
  c('cert-missing', 'empty certificate file', { cert: 'variants/empty.pem', key: 'rsa.key' }, ['cert-missing'], /empty\.pem is empty/),
  c('cert-missing', 'a folder whose certificate file is garbage', { dir: 'layouts/garbage-cert' }, ['cert-missing'], /^no end-entity certificate among cert\.pem, chain\.pem, privkey\.pem: they hold only CA certificates \(CN=SCM Test Intermediate R2\)$/),
  c('cert-armor-missing', 'no armor at all', { cert: 'variants/cert-armor-missing.pem', key: 'rsa.key' }, ['cert-armor-missing'], /base64 text without -----BEGIN CERTIFICATE-----/),
  c('cert-armor-missing', 'no END line', { cert: 'variants/cert-no-end.pem', key: 'rsa.key' }, ['cert-armor-missing'], /has no -----END CERTIFICATE----- line/),
  c('cert-armor-missing', 'no BEGIN line', { cert: 'variants/cert-no-begin.pem', key: 'rsa.key' }, ['cert-armor-missing'], /-----END----- line without its -----BEGIN----- line/),
  c('cert-empty-body', 'BEGIN and END only', { cert: 'variants/cert-empty-body.pem', key: 'rsa.key' }, ['cert-empty-body'], /nothing between its BEGIN and END lines/),
  c('cert-unparsable', 'not X.509', { cert: 'variants/cert-not-x509.pem', key: 'rsa.key' }, ['cert-unparsable'], /does not parse as an X\.509 certificate/),
  c('cert-unparsable', 'bad base64', { cert: 'variants/cert-bad-base64.pem', key: 'rsa.key' }, ['cert-unparsable'], /is not valid base64/),
  c('cert-unparsable', 'a text file', { cert: 'variants/garbage.txt', key: 'rsa.key' }, ['cert-unparsable'], /holds no PEM block and is not DER/),
  c('cert-unparsable', 'a key file', { cert: 'rsa.key', key: 'rsa.key' }, ['cert-unparsable'], /holds no certificate, only a PKCS#8 private key/),
  c('cert-unparsable', 'a certificate request', under('variants/rsa.csr'), ['cert-unparsable'], /rsa\.csr holds a certificate signing request \(CSR\), not a certificate/),
  c('cert-unparsable', 'truncated DER', under('variants/rsa-truncated.der'), ['cert-unparsable'], /rsa-truncated\.der is binary DER data that stops short \(it says \d+ bytes, the file has \d+\)/),
  // Field lengths and request parameters
  c('cert-too-long', 'a leaf with 90 names', under('oversize.crt'), ['cert-too-long'], /^the certificate \(leaf only\) is 6\d{3} characters; SCM accepts at most 4096$/),
  c('chain-too-long', 'two large intermediates', under('big-chain-leaf.crt', 'rsa.key', 'big-chain.pem'), ['chain-too-long'], /^the certificate chain is 1\d{4} characters; SCM accepts at most 8192$/),
  c('key-too-long', 'RSA 5120', under('rsa5120.crt', 'rsa5120.key'), ['key-too-long'], /^the private key is 4\d{3} characters; SCM accepts at most 4096$/),
  c('enterprise-project-id-invalid', 'upper case', OK, ['enterprise-project-id-invalid'], /"ABCDEF01-0000-0000-0000-000000000000" is not "0", "all"/, () => ({ enterpriseProjectId: 'ABCDEF01-0000-0000-0000-000000000000' })),
  c('name-invalid', 'too short', OK, ['name-invalid'], /"ab" is 2 characters long \(at least 3\)/, () => ({ name: 'ab' })),
  c('name-invalid', 'too long', OK, ['name-invalid'], /is 64 characters long \(at most 63\)/, () => ({ name: 'a'.repeat(64) })),
  c('name-invalid', 'bad characters', OK, ['name-invalid'], /contains " " "\/"/, () => ({ name: 'my cert/2026' })),
  // Names
  c('cert-no-domain', 'no CN, no SAN', under('no-name.crt'), ['cert-no-domain'], /no DNS subject alternative name and no common name$/),
  c('cert-no-domain', 'IP SAN only', under('ip-only.crt'), ['cert-no-domain'], /only IP addresses: 10\.0\.0\.1/),
  c('domain-invalid', 'six bad SANs', under('bad-domains.crt'), Array(6).fill('domain-invalid'), /"bad_label\.example\.com" has a label with characters other than/),
  c('domain-invalid', 'IDN CN not in punycode', under('idn-cn.crt'), ['domain-invalid', 'cert-no-san'], /the common name "bücher\.example\.com" is not ASCII.*\(xn--bcher-kva\.example\.com\)/),
  c('domain-invalid', 'IDN SAN in UTF-8, read as UTF-8', under('idn-san.crt'), ['domain-invalid', 'domain-invalid'], /^the name "münchen\.example" is not ASCII; internationalised names must be written in punycode \(xn--mnchen-3ya\.example\)$/),
  c('domain-not-covered', 'another domain', OK, ['domain-not-covered'], /CN=rsa\.example\.com does not cover shop\.example\.com; it covers rsa\.example\.com, www\.rsa\.example\.com/, () => ({ domains: ['shop.example.com'] })),
  c('domain-not-covered', 'two levels under a wildcard', under('wildcard.crt'), ['domain-not-covered'], /does not cover a\.b\.wild\.example\.com/, () => ({ domains: ['a.b.wild.example.com'] })),
  c('domain-not-covered', 'a sibling name', OK, ['domain-not-covered'], /does not cover b\.rsa\.example\.com/, () => ({ domains: ['b.rsa.example.com', 'rsa.example.com'] })),
  c('domain-count-mismatch', 'two names, one asked', OK, ['domain-count-mismatch'], /carries 2 domain names; --domain-count asked for 1/, () => ({ domainCount: 1 })),
  // The private key
  c('key-empty', 'no key', { cert: 'rsa-fullchain.pem' }, ['key-empty'], /no private key was given/),
  c('key-empty', 'empty key file', { cert: 'rsa-fullchain.pem', key: 'variants/whitespace.pem' }, ['key-empty'], /whitespace\.pem is empty/),
  c('key-empty', 'a folder with no key, saying what was read', { dir: 'layouts/no-key-notes' }, ['key-empty'], /^no private key among cert\.pem, chain\.pem, notes\.txt$/),
  c('key-armor-missing', 'no armor', { cert: 'rsa-fullchain.pem', key: 'variants/key-armor-missing.key' }, ['key-armor-missing'], /base64 text without the -----BEGIN and -----END lines of a private key/),
  c('key-armor-missing', 'no END line', { cert: 'rsa-fullchain.pem', key: 'variants/key-no-end.key' }, ['key-armor-missing'], /the PKCS#8 private key in key-no-end\.key has no -----END line/),
  c('key-unparsable', 'corrupt body', { cert: 'rsa-fullchain.pem', key: 'variants/key-corrupt.key' }, ['key-unparsable'], /the PKCS#8 private key in key-corrupt\.key does not parse/),
  c('key-unparsable', 'empty body', { cert: 'rsa-fullchain.pem', key: 'variants/key-empty-body.key' }, ['key-unparsable'], /the PKCS#8 private key in key-empty-body\.key is empty/),
  c('key-unparsable', 'a text file', { cert: 'rsa-fullchain.pem', key: 'variants/garbage.txt' }, ['key-unparsable'], /holds no PEM block and is not DER/),
  c('key-unparsable', 'an OpenSSH key', { cert: 'rsa-fullchain.pem', key: 'variants/openssh.key' }, ['key-unparsable'], /openssh\.key holds an OpenSSH private key .*TLS needs a PEM key: convert a copy with `ssh-keygen -p -m PEM -f COPY`/),
  c('key-encrypted', 'PKCS#8 PEM', { cert: 'rsa-fullchain.pem', key: 'rsa.encrypted-pkcs8.key' }, ['key-encrypted'], /holds an encrypted PKCS#8 private key \(protected by a password\)/),
  c('key-encrypted', 'PKCS#8 DER', { cert: 'rsa-fullchain.pem', key: 'rsa.encrypted-pkcs8.key.der' }, ['key-encrypted'], /encrypted PKCS#8 private key \(DER\)/),
  c('key-encrypted', 'legacy RSA', { cert: 'rsa-fullchain.pem', key: 'rsa.encrypted-legacy.key' }, ['key-encrypted'], /password-protected PKCS#1 RSA private key \(Proc-Type: 4,ENCRYPTED, AES-256-CBC\)/),
  c('key-encrypted', 'legacy EC', { cert: 'ec-fullchain.pem', key: 'ec256.encrypted-legacy.key' }, ['key-encrypted'], /password-protected SEC1 EC private key/),
  c('key-not-private', 'a certificate', { cert: 'rsa-fullchain.pem', key: 'rsa.crt' }, ['key-not-private'], /rsa\.crt holds a certificate, not a private key/),
  c('key-not-private', 'a public key', { cert: 'rsa-fullchain.pem', key: 'rsa.pub.pem' }, ['key-not-private'], /holds a public key, not a private key/),
  c('key-not-private', 'a DER certificate', { cert: 'rsa-fullchain.pem', key: 'rsa.der' }, ['key-not-private'], /rsa\.der is a certificate \(DER\), not a private key/),
  c('key-mismatch', 'another RSA key', { cert: 'rsa-fullchain.pem', key: 'other-rsa.key' }, ['key-mismatch'], /the private key in other-rsa\.key \(RSA 2048\) does not match the certificate CN=rsa\.example\.com \(RSA 2048\)/),
  c('key-mismatch', 'EC key for an RSA certificate', { cert: 'rsa-fullchain.pem', key: 'ec256.key' }, ['key-mismatch'], /\(EC P-256\) does not match .* \(RSA 2048\)/),
  c('key-mismatch', 'P-384 key for a P-256 certificate', { cert: 'ec-fullchain.pem', key: 'ec384.key' }, ['key-mismatch'], /\(EC P-384\) does not match .* \(EC P-256\)/),
  c('key-mismatch', 'another SM2 key', under('sm2.crt', 'other-sm2.key', 'sm2-chain.pem'), ['key-mismatch', 'sm2-signature-unverified'], /\(SM2\) does not match .* \(SM2\)/),
  c('key-mismatch', "the intermediate's key", { cert: 'rsa-fullchain.pem', key: 'inter-rsa.key' }, ['key-mismatch'], /inter-rsa\.key \(RSA 2048\) is the key of CN=SCM Test Intermediate R2, another certificate given, not of the certificate CN=rsa\.example\.com/),
  c('key-mismatch', 'a reversed fullchain: checked against the end-entity, not the root', { cert: 'rsa-fullchain-reversed.pem', key: 'other-rsa.key' }, ['key-mismatch', 'chain-misordered', 'chain-includes-root'], /does not match the certificate CN=rsa\.example\.com \(RSA 2048\)/),
  c('key-mismatch', 'files with two keys, neither the right one', { files: ['rsa-fullchain.pem', 'other-rsa.key', 'ec256.key'] }, ['key-mismatch'], /^none of the private keys \(.*other-rsa\.key, .*ec256\.key\) matches the certificate CN=rsa\.example\.com \(RSA 2048\)$/),
  c('key-extra-ignored', 'a stale key next to the right one', { dir: 'layouts/stale-key' }, ['key-extra-ignored'], /old-privkey\.pem holds a private key \(RSA 2048\) that matches no certificate of the bundle; it is not used/),
  c('sm2-encryption-pair', 'the folder scm export writes for an SM2 dual certificate', { dir: 'layouts/sm2-export' }, ['sm2-encryption-pair', 'sm2-signature-unverified'], /^enc-cert\.pem and enc-privkey\.pem hold the SM2 encryption certificate CN=sm2\.example\.com and its key/),
  c('enc-cert-too-long', 'an SM2 encryption certificate over 4096 characters (a 3,200-byte extension)', { dir: 'layouts/sm2-dual-big-enc' }, ['enc-cert-too-long', 'sm2-encryption-pair', 'sm2-signature-unverified'], /^the SM2 encryption certificate is \d{4} characters; SCM accepts at most 4096$/),
  c('enc-key-too-long', 'an SM2 encryption key over 4096 characters (PKCS#8 with a 3,200-byte attribute)', { dir: 'layouts/sm2-dual-big-enc-key' }, ['enc-key-too-long', 'sm2-encryption-pair', 'sm2-signature-unverified'], /^the SM2 encryption private key is \d{4} characters; SCM accepts at most 4096$/),
  c('sm2-encryption-pair', "a CA's SM2 dual download (sign.pem, enc.pem), told apart by keyUsage", { dir: 'layouts/sm2-dual' }, ['sm2-encryption-pair', 'sm2-signature-unverified'], /^enc\.pem and enc\.key hold the SM2 encryption certificate/),
  c('pair-chosen', 'a PKCS#12 with two sites\' pairs, --domain choosing one', { pfx: 'two-pairs.pfx', pfxPassword: 'secret' }, ['input-converted', 'pair-chosen'], /^two-pairs\.pfx holds 2 certificates, each with its own private key: .*; the one whose names cover ec\.example\.com \(--domain\) was taken, CN=ec\.example\.com; the others are left out and not sent$/, () => ({ domains: ['ec.example.com'] })),
  c('input-ignored', "lego's .pfx without its password (--pfx.pass, not lego's default), beside its PEM files", { dir: 'layouts/lego-pfx-pass' }, ['input-ignored'], /^bundles\/layouts\/lego-pfx-pass\/www\.example\.com\.pfx was left out: it needs a password/),
  c('input-ignored', 'a Java keystore beside the PEM files', { dir: 'layouts/pem-and-jks' }, ['input-ignored'], /www\.example\.com\.jks was left out: it is a Java keystore \(JKS\)/),
  c('input-not-sent', "Tencent Cloud's download: the CSR beside the certificate and key", { dir: 'layouts/tencent-nginx' }, ['input-not-sent'], /www\.example\.com\.csr holds a certificate signing request \(CSR\), not a certificate or a key of the bundle; it is not sent$/),
  c('key-cannot-sign', 'X25519', under('keytype-x25519.crt', 'keytype-x25519.key'), ['key-cannot-sign'], /^CN=keytype\.example\.com has an X25519 key, which can agree on keys but cannot sign/),
  c('key-cannot-sign', 'X448', under('keytype-x448.crt', 'keytype-x448.key'), ['key-cannot-sign'], /has an X448 key/),
  c('key-cannot-sign', 'DH', under('keytype-dh.crt', 'keytype-dh.key'), ['key-cannot-sign'], /has a DH key/),
  c('key-type-unsupported', 'DSA', under('keytype-dsa.crt', 'keytype-dsa.key'), ['key-type-unsupported'], /^CN=keytype\.example\.com has a DSA 2048 key; browsers and cloud load balancers do not support it$/),
  c('key-type-unsupported', 'DSA as `openssl dsa` writes it (DSA PRIVATE KEY): read, not unparsable', under('keytype-dsa.crt', 'keytype-dsa.traditional.key'), ['key-type-unsupported'], /^CN=keytype\.example\.com has a DSA 2048 key/),
  c('key-type-unsupported', 'Ed448', under('keytype-ed448.crt', 'keytype-ed448.key'), ['key-type-unsupported'], /has an Ed448 key/),
  c('key-type-unsupported', 'secp256k1', under('keytype-secp256k1.crt', 'keytype-secp256k1.key'), ['key-type-unsupported'], /has an EC secp256k1 key/),
  c('key-type-unsupported', 'Brainpool', under('keytype-brainpool.crt', 'keytype-brainpool.key'), ['key-type-unsupported'], /has an EC brainpoolP256r1 key/),
  c('key-type-unsupported', 'EC P-256 with explicit curve parameters (openssl ecparam -param_enc explicit)', under('keytype-explicit.crt', 'keytype-explicit.key'), ['key-type-unsupported'], /^CN=keytype\.example\.com has an EC P-256 key written with explicit curve parameters, not the curve's name: RFC 5480 allows only a named curve in a certificate, and Firefox and Go clients refuse it$/),
  c('key-type-unsupported', 'Ed25519: no browser takes an EdDSA server certificate, as for Ed448', under('ed25519.crt', 'ed25519.key'), ['key-type-unsupported'], /^CN=ed25519\.example\.com has an Ed25519 key; browsers and cloud load balancers do not support it$/),
  c('weak-key', 'P-192: EC under 256 bits (not also key-type-unsupported)', under('keytype-p192.crt', 'keytype-p192.key'), ['weak-key'], /^CN=keytype\.example\.com has an EC key of 192 bits \(P-192\); 256 is the minimum clients accept$/),
  // The chain
  c('chain-unparsable', 'a bad second block in a fullchain', { cert: 'variants/fullchain-bad-second.pem', key: 'rsa.key' }, ['chain-unparsable'], /certificate 2 in fullchain-bad-second\.pem is not valid base64/),
  c('chain-unparsable', 'a text file as chain', under('rsa.crt', 'rsa.key', 'variants/garbage.txt'), ['chain-unparsable'], /garbage\.txt holds no PEM block/),
  c('chain-unparsable', 'base64 without armor as chain: the chain rule, not SCM.0053', under('rsa.crt', 'rsa.key', 'variants/cert-armor-missing.pem'), ['chain-unparsable'], /cert-armor-missing\.pem holds base64 text without the -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- lines of its certificates/),
  // `openssl ecparam -genkey` writes EC PARAMETERS before the key: one key, one finding (not a second for the parameters).
  c('chain-unparsable', 'the key file of `openssl ecparam -genkey` (EC PARAMETERS, then the key) as chain: said once', under('ec256.crt', 'ec256.key', 'ec256.with-params.key'), ['chain-unparsable'], /^ec256\.with-params\.key holds an SEC1 EC private key and no certificate; a chain holds certificates only$/),
  c('chain-foreign-block', 'a key in the chain', under('rsa.crt', 'rsa.key', 'chain-with-key.pem'), ['chain-foreign-block'], /chain-with-key\.pem holds a PKCS#8 private key beside its certificates; it is not sent/),
  c('chain-broken', "another CA's chain", under('rsa.crt', 'rsa.key', 'unrelated-chain.pem'), ['chain-broken'], /CN=rsa\.example\.com was issued by CN=SCM Test Intermediate R2, which is not in the chain \(it holds CN=Unrelated Intermediate B, CN=Unrelated Root B\)/),
  c('chain-broken', 'right name, another signer', under('twin-leaf.crt', 'rsa.key', 'twin-chain.pem'), ['chain-broken'], /its signature does not verify with the key of CN=SCM Test Intermediate R2 \(certificate 1 in twin-chain\.pem\): that certificate has the right name but is not the one that signed it/),
  c('chain-broken', 'right name, another key identifier', under('rsa.crt', 'rsa.key', 'twin-chain.pem'), ['chain-broken'], /its authority key identifier \(([0-9A-F]{2}:){19}[0-9A-F]{2}\) is not the subject key identifier of CN=SCM Test Intermediate R2 \(certificate 1 in twin-chain\.pem\) \(([0-9A-F]{2}:){19}[0-9A-F]{2}\): that certificate has the right name but another key/),
  c('chain-broken', 'a stray certificate after the root', under('rsa.crt', 'rsa.key', 'rsa-chain-root-plus-unrelated.pem'), ['chain-broken', 'chain-includes-root'], /^CN=Unrelated Intermediate B \(certificate 3 in rsa-chain-root-plus-unrelated\.pem\) did not issue any certificate of this chain; SCM checks that each certificate is followed by its issuer/),
  c('chain-broken', "a sibling intermediate (not a hole): no false chain-misordered", under('rsa.crt', 'rsa.key', 'rsa-chain-plus-sibling.pem'), ['chain-broken'], /^CN=SCM Short-lived Intermediate \(certificate 2 in rsa-chain-plus-sibling\.pem\) did not issue any certificate of this chain/),
  c('chain-missing-intermediate', 'I2 missing between I3 and I1', under('deep-leaf.crt', 'deep-leaf.key', 'deep-chain-gap.pem'), ['chain-missing-intermediate'], /^CN=SCM Deep Intermediate 3 was issued by CN=SCM Deep Intermediate 2, which is not in the chain; the chain goes on with CN=SCM Deep Intermediate 1, which did not issue it: add CN=SCM Deep Intermediate 2 between CN=SCM Deep Intermediate 3 and CN=SCM Deep Intermediate 1/),
  c('chain-missing-intermediate', 'the same, with the root', under('deep-leaf.crt', 'deep-leaf.key', 'deep-chain-gap-root.pem'), ['chain-missing-intermediate'], /add CN=SCM Deep Intermediate 2 between CN=SCM Deep Intermediate 3 and CN=SCM Deep Intermediate 1/),
  c('chain-missing-intermediate', 'a folder with the hole', { dir: 'layouts/missing-middle' }, ['chain-missing-intermediate'], /add CN=SCM Deep Intermediate 2 between/),
  c('chain-misordered', 'root before intermediate', { cert: 'rsa-fullchain-misordered.pem', key: 'rsa.key' }, ['chain-misordered', 'chain-includes-root'], /complete but out of order: given CN=rsa\.example\.com, CN=SCM Test Root R1, CN=SCM Test Intermediate R2; the right order is CN=rsa\.example\.com → CN=SCM Test Intermediate R2 → CN=SCM Test Root R1/),
  c('chain-misordered', 'a reversed chain file', under('rsa.crt', 'rsa.key', 'rsa-chain-reversed.pem'), ['chain-misordered', 'chain-includes-root'], /the right order is CN=rsa\.example\.com → CN=SCM Test Intermediate R2 → CN=SCM Test Root R1/),
  c('chain-misordered', 'a reversed fullchain (leaf last)', { cert: 'rsa-fullchain-reversed.pem', key: 'rsa.key' }, ['chain-misordered', 'chain-includes-root'], /matches the private key, CN=rsa\.example\.com \(certificate 3 in rsa-fullchain-reversed\.pem\), is not first/),
  c('chain-misordered', 'a reversed fullchain without a key names no key', { cert: 'rsa-fullchain-reversed.pem' }, ['key-empty', 'chain-misordered', 'chain-includes-root'], /^the end-entity \(server\) certificate, CN=rsa\.example\.com \(certificate 3 in rsa-fullchain-reversed\.pem\), is not first/),
  c('chain-too-short', 'the leaf alone', { cert: 'rsa.crt', key: 'rsa.key' }, ['chain-too-short'], /CN=rsa\.example\.com would be uploaded alone/),
  c('chain-too-short', 'a self-signed certificate', { cert: 'self-signed.crt', key: 'rsa.key' }, ['chain-too-short'], /CN=self\.example\.com is self-signed and would be uploaded alone/),
  c('chain-too-short', 'an empty chain file, named', under('rsa.crt', 'rsa.key', 'variants/empty.pem'), ['chain-too-short'], /would be uploaded alone: .*empty\.pem, given as the chain, is empty/),
  c('chain-duplicate', 'the leaf twice', { cert: 'rsa-fullchain-leaf-twice.pem', key: 'rsa.key' }, ['chain-duplicate'], /\(certificate 2 in rsa-fullchain-leaf-twice\.pem\) repeats the leaf certificate/),
  c('chain-duplicate', 'the intermediate twice', under('rsa.crt', 'rsa.key', 'rsa-chain-duplicate.pem'), ['chain-duplicate'], /\(certificate 2 in rsa-chain-duplicate\.pem\) repeats CN=SCM Test Intermediate R2 \(certificate 1/),
  c('chain-unrelated-cert', 'an old intermediate in a folder', { dir: 'layouts/old-intermediate' }, ['chain-unrelated-cert'], /CN=SCM Short-lived Intermediate \(certificate 1 in .*old-chain\.pem\) did not issue CN=rsa\.example\.com or any of its intermediates; it is not sent/),
  c('chain-unrelated-cert', 'another leaf in files given together', { files: ['rsa-fullchain.pem', 'rsa.key', 'ec256.crt'] }, ['chain-unrelated-cert'], /CN=ec\.example\.com \(certificate 1 in .*ec256\.crt\) is another end-entity certificate, not the one for this bundle; it is not sent/),
  c('chain-cert-expiring-soon', 'an intermediate that expires 20 days from now, 500 before its leaf', under('short-chain-leaf.crt', 'rsa.key', 'short-chain.pem'), ['chain-cert-expiring-soon'], /CN=SCM Short-lived Intermediate in the chain expires on \d{4}-\d\d-\d\d, in 20 days, before CN=rsa\.example\.com/, () => ({ now: new Date(dates('short-chain.pem').to.getTime() - 20 * DAY - 1000) })),
  c('chain-not-ca', 'an end-entity certificate (CA:FALSE) as the intermediate', under('not-ca-ee-leaf.crt', '../keys/dup-chain-leaf.key', 'pki/not-ca-ee.crt'), ['chain-not-ca'], /^CN=End Entity Signer \(certificate 1 in not-ca-ee\.crt\) signed CN=www\.example\.com, but it is no CA certificate \(basicConstraints CA:FALSE\)/),
  c('chain-not-ca', 'a CA whose keyUsage lacks keyCertSign', under('not-ca-usage-leaf.crt', '../keys/dup-chain-leaf.key', 'pki/not-ca-usage.crt'), ['chain-not-ca'], /^CN=No CertSign CA \(certificate 1 in not-ca-usage\.crt\) signed CN=www\.example\.com, but its keyUsage does not allow signing certificates \(no keyCertSign\)/),
  c('chain-not-ca', 'a version 1 certificate (no basicConstraints) as the intermediate', under('not-ca-v1-leaf.crt', '../keys/dup-chain-leaf.key', 'pki/not-ca-v1.crt'), ['chain-not-ca'], /^CN=Version 1 Intermediate \(certificate 1 in not-ca-v1\.crt\) signed CN=www\.example\.com, but it is no CA certificate \(it has no basicConstraints extension/),
  c('chain-path-length', 'a pathlen:0 CA above another CA', under('pathlen0-leaf.crt', '../keys/dup-chain-leaf.key', 'pki/pathlen0-chain.crt'), ['chain-path-length'], /^CN=Pathlen 0 CA \(certificate 2 in pathlen0-chain\.crt\) may issue no CA certificate \(basicConstraints pathlen:0\)/),
  c('chain-key-id-mismatch', 'the intermediate reissued with another subject key identifier', under('rsa.crt', 'rsa.key', 'key-id-mismatch-chain.pem'), ['chain-key-id-mismatch'], /^CN=SCM Test Intermediate R2 \(certificate 1 in key-id-mismatch-chain\.pem\) signed CN=rsa\.example\.com \(the signature verifies with its key\), but the authority key identifier of CN=rsa\.example\.com \((?:[0-9A-F]{2}:){19}[0-9A-F]{2}\) is not the subject key identifier of that issuer \(5C:A1:AB:1E(?::00){14}:C0:DE\): browsers accept the chain, but OpenSSL takes a certificate as the issuer only when the identifiers agree/),
  c('chain-cert-expired', 'a short-lived intermediate', under('short-chain-leaf.crt', 'rsa.key', 'short-chain.pem'), ['chain-cert-expired'], /CN=SCM Short-lived Intermediate in the chain expired on/, () => ({ now: new Date(dates('short-chain-leaf.crt').to.getTime() - 100 * DAY) })),
  c('chain-cert-not-yet-valid', 'an intermediate valid only from 2100', { cert: 'future-inter-fullchain.pem', key: 'rsa.key' }, ['chain-cert-not-yet-valid'], /^CN=SCM Future Intermediate in the chain is valid only from 2100-01-01, in \d+ days: clients refuse the chain until then/),
  c('chain-name-constraints', 'a CA for .other.org issued a.example.com', { cert: 'nc-other-leaf-fullchain.pem', key: 'nc.key' }, ['chain-name-constraints'], /^CN=a\.example\.com names a\.example\.com, outside the names CN=SCM Other\.org Only CA .* may issue for \(its nameConstraints permit only DNS:\.other\.org\)/),
  c('chain-alternative-ignored', 'a cross-signed copy of the intermediate beside the root of its path', { dir: 'layouts/cross-signed' }, ['chain-alternative-ignored', 'chain-includes-root'], /^CN=SCM Test Intermediate R2 \(certificate 1 in .*chain\.pem\) is another copy of CN=SCM Test Intermediate R2 \(same key, issued by CN=SCM Test Root R1\); the path uses the copy issued by CN=Unrelated Root B, so this one is not sent$/),
  c('chain-alternative-sent', 'a cross-signed root after its self-signed copy, given in order: every link holds by name', { cert: 'gd-fullchain-root-then-cross.pem', key: 'www.key' }, ['chain-alternative-sent', 'chain-includes-root'], /^CN=Go Daddy Root Fixture Authority - G2 \(certificate 4 in gd-fullchain-root-then-cross\.pem\) is another copy of CN=Go Daddy Root Fixture Authority - G2 \(same key, issued by CN=Go Daddy Class 2 Fixture Authority\) next to the one issued by CN=Go Daddy Root Fixture Authority - G2; it is sent as given, and as each certificate is still followed by its issuer by name, SCM accepts the chain/),
  c('chain-alternative-sent', 'the self-signed copy between the intermediate and the cross-signed one, its root after', under('gd-leaf.crt', 'www.key', 'gd-chain-root-cross-class2.pem'), ['chain-alternative-sent', 'chain-includes-root'], /^CN=Go Daddy Root Fixture Authority - G2 \(certificate 2 in gd-chain-root-cross-class2\.pem\) is another copy .* \(same key, issued by CN=Go Daddy Root Fixture Authority - G2\)/),
  c('chain-broken', 'a cross-signed copy before the self-signed one: its issuer is not the next subject', under('gd-leaf.crt', 'www.key', 'gd-chain-cross-then-root.pem'), ['chain-broken', 'chain-includes-root'], /^CN=Go Daddy Root Fixture Authority - G2 \(certificate 2 in gd-chain-cross-then-root\.pem\) is another copy .* \(same key, issued by CN=Go Daddy Class 2 Fixture Authority\) next to the one issued by CN=Go Daddy Root Fixture Authority - G2; SCM checks that each certificate is followed by its issuer, so it refuses the chain as given: remove one of them$/),
  c('chain-unrelated-cert', 'another CA\'s root in a folder', { dir: 'layouts/extra-root' }, ['chain-unrelated-cert'], /^CN=Unrelated Root B \(certificate 1 in .*other-ca\.pem\) did not issue CN=rsa\.example\.com or any of its intermediates; it is not sent$/),
  c('cert-older-generation', 'certbot archive/ whose last renewal changed the key type', { dir: 'layouts/certbot-archive-ecdsa' }, ['cert-older-generation', 'cert-older-generation'], /^CN=rsa\.example\.com \(certificate 1 in .*fullchain1\.pem\) is an older generation of the leaf \(the same names, issued 2025-01-01; the leaf was issued 2025-05-01\); it is not sent$/),
  c('chain-includes-root', 'root at the end', { cert: 'rsa-fullchain-with-root.pem', key: 'rsa.key' }, ['chain-includes-root'], /ends with the self-signed root CN=SCM Test Root R1 \(\d+ characters\)/),
  c('sm2-signature-unverified', 'an SM2 chain', under('sm2.crt', 'sm2.key', 'sm2-chain.pem'), ['sm2-signature-unverified'], /SM2 signature of CN=sm2\.example\.com by CN=SCM Test Root SM2 cannot be verified offline/),
  c('chain-merged', 'fullchain plus --chain', { cert: 'rsa-fullchain.pem', key: 'rsa.key', chain: 'rsa-chain.pem' }, ['chain-merged'], /rsa-fullchain\.pem holds 2 certificates and .*rsa-chain\.pem was given as the chain: the chain sent is built from both, each certificate once, in issuer order/),
  // Validity, strength, role, targets
  c('cert-expired', 'a day after notAfter', SHORT, ['cert-expired'], /CN=rsa\.example\.com expired on \d{4}-\d\d-\d\d, 1 day ago$/, () => ({ now: new Date(dates('short-leaf.crt').to.getTime() + DAY + 1000) })),
  c('target-cert-expired', 'expired, with --target: one finding', SHORT, ['target-cert-expired'], /expired on .*, 10 days ago: SCM refuses it, and could not push it to WAF$/, () => ({ target: 'WAF', now: new Date(dates('short-leaf.crt').to.getTime() + 10 * DAY) })),
  c('target-sm2-unsupported', 'SM2 to CDN', under('sm2.crt', 'sm2.key', 'sm2-chain.pem'), ['target-sm2-unsupported', 'sm2-signature-unverified'], /SM2 certificate; SCM cannot push SM2 certificates to CDN/, () => ({ target: 'CDN' })),
  c('cert-not-yet-valid', 'two days before notBefore', OK, ['cert-not-yet-valid'], /is valid only from \d{4}-\d\d-\d\d, in 2 days/, () => ({ now: new Date(dates('rsa.crt').from.getTime() - 2 * DAY + 1000) })),
  c('cert-expiring-soon', 'ten days left', OK, ['cert-expiring-soon'], /expires on \d{4}-\d\d-\d\d, in 10 days \(warning threshold 30 days\)/, () => ({ now: new Date(dates('rsa.crt').to.getTime() - 10 * DAY - 1000) })),
  c('cert-expiring-soon', '--warn-days 60', OK, ['cert-expiring-soon'], /in 4\d days \(warning threshold 60 days\)/, () => ({ warnDays: 60, now: new Date(dates('rsa.crt').to.getTime() - 45 * DAY) })),
  c('weak-key', 'RSA 1024 leaf', under('rsa1024.crt', 'rsa1024.key'), ['weak-key'], /CN=weak\.example\.com has an RSA key of 1024 bits/),
  c('weak-key', 'RSA 1024 intermediate', under('under-weak-inter.crt', 'rsa.key', 'weak-inter-chain.pem'), ['weak-key'], /^CN=SCM Weak Intermediate has an RSA key of 1024 bits; 2048 is the minimum clients accept$/),
  c('key-type-unsupported', 'an RSA-PSS intermediate under an RSA leaf', { cert: 'under-pss-inter-fullchain.pem', key: 'rsa.key' }, ['key-type-unsupported'], /^CN=SCM PSS Intermediate in the chain has an RSA-PSS 2048 key: browsers \(Chrome's BoringSSL checks every key of the path\) and cloud load balancers refuse the chain for it$/),
  c('weak-signature', 'SHA-1 leaf', under('sha1.crt'), ['weak-signature'], /CN=rsa\.example\.com is signed with SHA-1 \(sha1WithRSAEncryption\)/),
  c('weak-signature', 'MD5 leaf', under('md5.crt'), ['weak-signature'], /signed with MD5 \(md5WithRSAEncryption\)/),
  c('weak-signature', 'SHA-1 intermediate', under('under-sha1-inter.crt', 'rsa.key', 'sha1-inter-chain.pem'), ['weak-signature'], /^CN=SCM SHA-1 Intermediate is signed with SHA-1 \(sha1WithRSAEncryption\)$/),
  c('critical-extension-unknown', 'a leaf with a critical private extension', under('critical-unknown.crt'), ['critical-extension-unknown'], /^CN=rsa\.example\.com marks the extension 1\.2\.3\.4\.5 critical, and TLS clients do not process it: RFC 5280 \(4\.2\) has them refuse such a certificate, as OpenSSL does \("unhandled critical extension"\)$/),
  c('critical-extension-unknown', 'an intermediate with one: the chain that is sent', under('critical-inter-leaf.crt', 'rsa.key', 'critical-inter-chain.pem'), ['critical-extension-unknown'], /^CN=SCM Critical Extension Intermediate marks the extension 1\.3\.6\.1\.4\.1\.55555\.7 critical/),
  c('critical-extension-unknown', 'a critical crlDistributionPoints: OpenSSL takes it, browsers do not', under('critical-crldp.crt'), ['critical-extension-unknown'], /^CN=rsa\.example\.com marks the extension crlDistributionPoints \(2\.5\.29\.31\) critical; OpenSSL processes it, but browsers do not/),
  c('cert-is-ca', 'the intermediate as leaf', { cert: 'ca-as-leaf-fullchain.pem', key: 'inter-rsa.key' }, ['domain-invalid', 'cert-is-ca'], /CN=SCM Test Intermediate R2, given as the leaf, is a CA certificate/),
  c('ip-as-dns-name', 'an IPv4 address written as a DNS SAN', under('ip-as-dns.crt'), ['ip-as-dns-name'], /^DNS:192\.0\.2\.9 is an IP address written as a DNS name: browsers match an address only against IP SANs, so https:\/\/192\.0\.2\.9 fails in them$/),
  c('cert-not-for-servers', 'a client certificate (extendedKeyUsage clientAuth)', { cert: 'eku-client-fullchain.pem', key: 'nc.key' }, ['cert-not-for-servers'], /^CN=www\.example\.com may be used only for clientAuth \(extendedKeyUsage\), not by a TLS server \(serverAuth\): browsers and OpenSSL refuse it \("unsuitable certificate purpose"\)$/),
  c('cert-not-for-servers', 'an intermediate limited to client and e-mail use', { cert: 'eku-ca-fullchain.pem', key: 'nc.key' }, ['cert-not-for-servers'], /^CN=SCM Client and E-mail CA limits the certificates below it to clientAuth, emailProtection \(extendedKeyUsage\), without TLS servers \(serverAuth\): browsers and OpenSSL refuse CN=www\.example\.com through it/),
  c('leaf-validity-too-long', 'a leaf under the CA/Browser Forum\'s policy valid for 399 days (Chrome and Apple refuse it)', under('lifetime-399d.crt', 'rsa.key', 'lifetime-2020-chain.pem'), ['leaf-validity-too-long'], /^CN=rsa\.example\.com was issued on \d{4}-\d\d-\d\d under the CA\/Browser Forum Baseline Requirements \(certificate policy 2\.23\.140\.1\.2\.1\) and is valid for 399 days/, () => ({ now: new Date(dates('lifetime-399d.crt').from.getTime() + DAY) })),
  c('serial-negative', 'a negative serial (Go 1.23 refuses it)', under('serial-negative.crt'), ['serial-negative'], /^CN=rsa\.example\.com has the negative serial number -3039; RFC 5280 \(4\.1\.2\.2\) requires a positive one, and Go clients refuse the certificate \(since Go 1\.23: "x509: negative serial number"\)$/),
  c('extension-duplicate', 'subjectAltName twice (OpenSSL: "invalid certificate")', under('dup-ext.crt'), ['extension-duplicate'], /^CN=rsa\.example\.com carries the extension subjectAltName \(2\.5\.29\.17\) 2 times; RFC 5280 \(4\.2\) allows one, and TLS clients refuse such a certificate \(OpenSSL: "invalid certificate"\)$/),
  c('cert-no-san', 'names in the CN only (`openssl x509 -req` without -copy_extensions)', under('cn-only.crt'), ['cert-no-san'], /^CN=cnonly\.example\.com has no subject alternative names: cnonly\.example\.com is only its common name, which browsers ignore$/),
  c('cn-not-in-san', 'CN elsewhere', under('cn-not-in-san.crt'), ['cn-not-in-san'], /the common name "other\.example\.com" is not among the subject alternative names \(san\.example\.com\)/),
  // Conversions and repairs
  c('input-converted', 'a DER certificate', under('rsa.der'), ['input-converted'], /rsa\.der is DER; its certificate will be sent as PEM/),
  c('input-converted', 'an SM2 key as OpenSSL 3\'s `openssl ec` writes it (SM2 PRIVATE KEY)', under('sm2.crt', 'sm2.openssl3-ec.key', 'sm2-chain.pem'), ['input-converted', 'sm2-signature-unverified'], /^sm2\.openssl3-ec\.key holds an SM2 private key under the label only OpenSSL 3's `openssl ec` writes \(SM2 PRIVATE KEY\); it will be sent as PKCS#8 \(PRIVATE KEY\), as `openssl pkey -in sm2\.openssl3-ec\.key -out key\.pem` converts it$/),
  c('input-converted', 'PKCS#12', { pfx: 'rsa.pfx', pfxPassword: 'secret' }, ['input-converted', 'chain-includes-root'], /rsa\.pfx is PKCS#12; its 3 certificates and private key will be sent as PEM/),
  c('input-converted', 'UTF-16 PEM (Notepad "Unicode")', { cert: 'variants/fullchain-utf16le.pem', key: 'variants/key-utf16le.key' }, ['input-converted', 'input-converted'], /fullchain-utf16le\.pem is UTF-16 text/),
  c('input-converted', 'UTF-16 big-endian', { cert: 'variants/fullchain-utf16be.pem', key: 'rsa.key' }, ['input-converted'], /fullchain-utf16be\.pem is UTF-16 text/),
  c('input-converted', 'a TRUSTED CERTIFICATE block', { cert: 'variants/fullchain-trusted.pem', key: 'rsa.key' }, ['input-converted'], /certificate 1 in fullchain-trusted\.pem is a TRUSTED CERTIFICATE block/),
  c('input-repaired', 'newlines turned into spaces', { cert: 'variants/fullchain-spaces.pem', key: 'rsa.key' }, ['input-repaired'], /fullchain-spaces\.pem had lost its line breaks/),
  c('input-repaired', 'newlines written as \\n (JSON)', { cert: 'variants/fullchain-escaped.pem', key: 'variants/key-escaped.key' }, ['input-repaired', 'input-repaired'], /key-escaped\.key had lost its line breaks \(replaced by spaces, or written as \\n\)/),
];

describeFixtures('validate rules', () => {
  it('a clean RSA bundle and a clean EC bundle have no finding at all', async () => {
    const clean: Array<[Parts, string]> = [[OK, 'www.rsa.example.com'], [{ cert: 'ec-fullchain.pem', key: 'ec256.key' }, 'www.ec.example.com']];
    for (const [parts, domain] of clean) {
      const r = await check(parts, { name: 'example-com_2026.v1', enterpriseProjectId: '0', domains: [domain], domainCount: 2, target: 'ELB' });
      expect(r.findings).toEqual([]);
      expect(r.valid).toBe(true);
    }
  });

  it('every rule of the table has a case here', () => {
    const covered = new Set(CASES.map((x) => x.rule));
    expect(UPLOAD_RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('a certificate file with the key of `openssl ecparam -genkey` after it (EC PARAMETERS too): no chain-foreign-block', async () => {
    expect(triples(await check({ cert: 'ec256.combined-params.pem', chain: 'ec-chain.pem' }))).toEqual([]);
  });

  it.each(CASES.map((x) => [`${x.rule}: ${x.title}`, x] as const))('%s', async (_, x) => {
    const r = await check(x.parts, x.options?.() ?? {});
    expect(triples(r)).toEqual(expected(x.all));
    const rule = UPLOAD_RULES.find((y) => y.id === x.rule)!;
    const hits = r.findings.filter((f) => f.rule === x.rule);
    expect(hits.some((f) => x.message.test(f.message)), hits.map((f) => f.message).join('\n')).toBe(true);
    const own = OWN_FIX[x.rule] ?? rule.fix.en;
    for (const f of hits) (typeof own === 'string' ? expect(f.fix).toBe(own) : expect(f.fix).toMatch(own));
    expect(r.valid).toBe(!r.findings.some((f) => f.severity === 'error'));
  });
});

describeFixtures('keys in the traditional labels OpenSSL writes', () => {
  it('an SM2 PRIVATE KEY is sent as the PKCS#8 key `openssl pkey` makes of it; a DSA PRIVATE KEY as given', async () => {
    const sm2 = await check(under('sm2.crt', 'sm2.openssl3-ec.key', 'sm2-chain.pem'));
    expect(sm2.payload!.private_key).toBe(readFileSync(fixture('cases/sm2.key'), 'utf8'));
    const dsa = await check(under('keytype-dsa.crt', 'keytype-dsa.traditional.key'));
    expect(dsa.payload!.private_key).toBe(readFileSync(fixture('cases/keytype-dsa.traditional.key'), 'utf8'));
  });
});
