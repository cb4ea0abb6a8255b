// Every rule of the validate table, triggered by a real certificate (scripts/gen-fixtures.mjs) and checked
// for its code, severity and a specific message; a clean bundle triggers none. Clock injected for dates.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { UPLOAD_RULES } from '../../src/core/rules/upload-rules.js';
import type { ValidateOptions } from '../../src/core/validate/types.js';
import { check, describeFixtures, find, fixture, ruleIds, type Parts } from '../helpers/fixtures.js';

const DAY = 86_400_000;
const dates = (rel: string): { from: Date; to: Date } => {
  const x = new X509Certificate(readFileSync(fixture(`cases/${rel}`)));
  return { from: new Date(x.validFrom), to: new Date(x.validTo) };
};

const OK: Parts = { cert: 'rsa-fullchain.pem', key: 'rsa.key' };

interface Case {
  rule: string;
  title: string;
  parts: Parts;
  options?: () => Partial<ValidateOptions>;
  message: RegExp;
}

const CASES: Case[] = [
  { rule: 'cert-missing', title: 'no certificate', parts: { key: 'rsa.key' }, message: /no certificate was given/ },
  { rule: 'cert-missing', title: 'empty certificate file', parts: { cert: 'variants/empty.pem', key: 'rsa.key' }, message: /empty\.pem is empty/ },
  { rule: 'cert-armor-missing', title: 'no armor at all', parts: { cert: 'variants/cert-armor-missing.pem', key: 'rsa.key' }, message: /base64 text without -----BEGIN CERTIFICATE-----/ },
  { rule: 'cert-armor-missing', title: 'no END line', parts: { cert: 'variants/cert-no-end.pem', key: 'rsa.key' }, message: /has no -----END CERTIFICATE----- line/ },
  { rule: 'cert-armor-missing', title: 'no BEGIN line', parts: { cert: 'variants/cert-no-begin.pem', key: 'rsa.key' }, message: /-----END----- line without its -----BEGIN----- line/ },
  { rule: 'cert-empty-body', title: 'BEGIN and END only', parts: { cert: 'variants/cert-empty-body.pem', key: 'rsa.key' }, message: /nothing between its BEGIN and END lines/ },
  { rule: 'cert-unparsable', title: 'not X.509', parts: { cert: 'variants/cert-not-x509.pem', key: 'rsa.key' }, message: /does not parse as an X\.509 certificate/ },
  { rule: 'cert-unparsable', title: 'bad base64', parts: { cert: 'variants/cert-bad-base64.pem', key: 'rsa.key' }, message: /is not valid base64/ },
  { rule: 'cert-unparsable', title: 'a text file', parts: { cert: 'variants/garbage.txt', key: 'rsa.key' }, message: /holds no PEM block and is not DER/ },
  { rule: 'cert-unparsable', title: 'a key file', parts: { cert: 'rsa.key', key: 'rsa.key' }, message: /holds no certificate, only a PKCS#8 private key/ },
  { rule: 'cert-unparsable', title: 'a PKCS#12 file', parts: { cert: 'pfx/rsa.pfx', key: 'rsa.key' }, message: /PKCS#12.*pass it with --pfx/ },
  { rule: 'cert-too-long', title: 'a leaf with 90 names', parts: { cert: 'oversize.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /^the certificate \(leaf only\) is 6\d{3} characters; SCM accepts at most 4096$/ },
  { rule: 'chain-too-long', title: 'two large intermediates', parts: { cert: 'big-chain-leaf.crt', key: 'rsa.key', chain: 'big-chain.pem' }, message: /^the certificate chain is 1\d{4} characters; SCM accepts at most 8192$/ },
  { rule: 'key-too-long', title: 'RSA 5120', parts: { cert: 'rsa5120.crt', key: 'rsa5120.key', chain: 'rsa-chain.pem' }, message: /^the private key is 4\d{3} characters; SCM accepts at most 4096$/ },
  { rule: 'enterprise-project-id-invalid', title: 'upper case', parts: OK, options: () => ({ enterpriseProjectId: 'ABCDEF01-0000-0000-0000-000000000000' }), message: /"ABCDEF01-0000-0000-0000-000000000000" is not "0", "all"/ },
  { rule: 'name-invalid', title: 'too short', parts: OK, options: () => ({ name: 'ab' }), message: /"ab" is 2 characters long \(at least 3\)/ },
  { rule: 'name-invalid', title: 'too long', parts: OK, options: () => ({ name: 'a'.repeat(64) }), message: /is 64 characters long \(at most 63\)/ },
  { rule: 'name-invalid', title: 'bad characters', parts: OK, options: () => ({ name: 'my cert/2026' }), message: /contains " " "\/"/ },
  { rule: 'cert-no-domain', title: 'no CN, no SAN', parts: { cert: 'no-name.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /no DNS subject alternative name and no common name/ },
  { rule: 'cert-no-domain', title: 'IP SAN only', parts: { cert: 'ip-only.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /only IP addresses: 10\.0\.0\.1/ },
  { rule: 'domain-invalid', title: 'underscore', parts: { cert: 'bad-domains.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /"bad_label\.example\.com" has a label with characters other than/ },
  { rule: 'domain-invalid', title: 'partial wildcard', parts: { cert: 'bad-domains.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /"foo\*\.example\.com" has a wildcard that is not the whole leftmost label/ },
  { rule: 'domain-invalid', title: 'two wildcards', parts: { cert: 'bad-domains.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /"\*\.\*\.example\.com" has more than one wildcard/ },
  { rule: 'domain-invalid', title: 'label over 63', parts: { cert: 'bad-domains.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /has a label of 64 characters \(at most 63\)/ },
  { rule: 'domain-invalid', title: 'name over 253', parts: { cert: 'bad-domains.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /is 316 characters long; a host name has at most 253/ },
  { rule: 'domain-invalid', title: 'leading hyphen', parts: { cert: 'bad-domains.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /"-hyphen\.example\.com" has a label that starts or ends with a hyphen/ },
  { rule: 'domain-invalid', title: 'IDN not in punycode', parts: { cert: 'idn-cn.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /"bücher\.example\.com" is not ASCII.*\(xn--bcher-kva\.example\.com\)/ },
  { rule: 'domain-not-covered', title: 'another domain', parts: OK, options: () => ({ domains: ['shop.example.com'] }), message: /CN=rsa\.example\.com does not cover shop\.example\.com; it covers rsa\.example\.com, www\.rsa\.example\.com/ },
  { rule: 'domain-not-covered', title: 'two levels under a wildcard', parts: { cert: 'wildcard.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, options: () => ({ domains: ['a.b.wild.example.com'] }), message: /does not cover a\.b\.wild\.example\.com/ },
  { rule: 'domain-count-mismatch', title: 'two names, one asked', parts: OK, options: () => ({ domainCount: 1 }), message: /carries 2 domain names; --domain-count asked for 1/ },
  { rule: 'key-empty', title: 'no key', parts: { cert: 'rsa-fullchain.pem' }, message: /no private key was given/ },
  { rule: 'key-empty', title: 'empty key file', parts: { cert: 'rsa-fullchain.pem', key: 'variants/whitespace.pem' }, message: /whitespace\.pem is empty/ },
  { rule: 'key-armor-missing', title: 'no armor', parts: { cert: 'rsa-fullchain.pem', key: 'variants/key-armor-missing.key' }, message: /base64 text without the -----BEGIN and -----END lines of a private key/ },
  { rule: 'key-armor-missing', title: 'no END line', parts: { cert: 'rsa-fullchain.pem', key: 'variants/key-no-end.key' }, message: /the PKCS#8 private key in key-no-end\.key has no -----END line/ },
  { rule: 'key-unparsable', title: 'corrupt body', parts: { cert: 'rsa-fullchain.pem', key: 'variants/key-corrupt.key' }, message: /the PKCS#8 private key in key-corrupt\.key does not parse/ },
  { rule: 'key-unparsable', title: 'empty body', parts: { cert: 'rsa-fullchain.pem', key: 'variants/key-empty-body.key' }, message: /the PKCS#8 private key in key-empty-body\.key is empty/ },
  { rule: 'key-unparsable', title: 'a text file', parts: { cert: 'rsa-fullchain.pem', key: 'variants/garbage.txt' }, message: /holds no PEM block and is not DER/ },
  { rule: 'key-encrypted', title: 'PKCS#8 PEM', parts: { cert: 'rsa-fullchain.pem', key: 'rsa.encrypted-pkcs8.key' }, message: /holds an encrypted PKCS#8 private key \(protected by a password\)/ },
  { rule: 'key-encrypted', title: 'PKCS#8 DER', parts: { cert: 'rsa-fullchain.pem', key: 'rsa.encrypted-pkcs8.key.der' }, message: /encrypted PKCS#8 private key \(DER\)/ },
  { rule: 'key-encrypted', title: 'legacy RSA', parts: { cert: 'rsa-fullchain.pem', key: 'rsa.encrypted-legacy.key' }, message: /password-protected PKCS#1 RSA private key \(Proc-Type: 4,ENCRYPTED, AES-256-CBC\)/ },
  { rule: 'key-encrypted', title: 'legacy EC', parts: { cert: 'ec-fullchain.pem', key: 'ec256.encrypted-legacy.key' }, message: /password-protected SEC1 EC private key/ },
  { rule: 'key-not-private', title: 'a certificate', parts: { cert: 'rsa-fullchain.pem', key: 'rsa.crt' }, message: /rsa\.crt holds a certificate, not a private key/ },
  { rule: 'key-not-private', title: 'a public key', parts: { cert: 'rsa-fullchain.pem', key: 'rsa.pub.pem' }, message: /holds a public key, not a private key/ },
  { rule: 'key-not-private', title: 'a DER certificate', parts: { cert: 'rsa-fullchain.pem', key: 'rsa.der' }, message: /rsa\.der is a certificate \(DER\), not a private key/ },
  { rule: 'key-mismatch', title: 'another RSA key', parts: { cert: 'rsa-fullchain.pem', key: 'other-rsa.key' }, message: /the private key in other-rsa\.key \(RSA 2048\) does not match the certificate CN=rsa\.example\.com \(RSA 2048\)/ },
  { rule: 'key-mismatch', title: 'EC key for an RSA certificate', parts: { cert: 'rsa-fullchain.pem', key: 'ec256.key' }, message: /\(EC P-256\) does not match .* \(RSA 2048\)/ },
  { rule: 'key-mismatch', title: 'P-384 key for a P-256 certificate', parts: { cert: 'ec-fullchain.pem', key: 'ec384.key' }, message: /\(EC P-384\) does not match .* \(EC P-256\)/ },
  { rule: 'key-mismatch', title: 'another SM2 key', parts: { cert: 'sm2.crt', key: 'other-sm2.key', chain: 'sm2-chain.pem' }, message: /\(SM2\) does not match .* \(SM2\)/ },
  { rule: 'key-mismatch', title: "the intermediate's key", parts: { cert: 'rsa-fullchain.pem', key: 'inter-rsa.key' }, message: /inter-rsa\.key .* does not match the certificate CN=rsa\.example\.com/ },
  { rule: 'chain-unparsable', title: 'a bad second block in a fullchain', parts: { cert: 'variants/fullchain-bad-second.pem', key: 'rsa.key' }, message: /certificate 2 in fullchain-bad-second\.pem is not valid base64/ },
  { rule: 'chain-unparsable', title: 'a text file as chain', parts: { cert: 'rsa.crt', key: 'rsa.key', chain: 'variants/garbage.txt' }, message: /garbage\.txt holds no PEM block/ },
  { rule: 'chain-foreign-block', title: 'a key in the chain', parts: { cert: 'rsa.crt', key: 'rsa.key', chain: 'chain-with-key.pem' }, message: /chain-with-key\.pem holds a PKCS#8 private key; a chain holds certificates only/ },
  { rule: 'chain-broken', title: "another CA's chain", parts: { cert: 'rsa.crt', key: 'rsa.key', chain: 'unrelated-chain.pem' }, message: /CN=rsa\.example\.com was issued by O=scm fixtures, CN=SCM Test Intermediate R2, which is not in the chain \(it holds CN=Unrelated Intermediate B, CN=Unrelated Root B\)/ },
  { rule: 'chain-broken', title: 'right name, wrong key', parts: { cert: 'twin-leaf.crt', key: 'rsa.key', chain: 'twin-chain.pem' }, message: /signature does not verify with the key of CN=SCM Test Intermediate R2/ },
  { rule: 'chain-misordered', title: 'root before intermediate', parts: { cert: 'rsa-fullchain-misordered.pem', key: 'rsa.key' }, message: /complete but out of order: given CN=rsa\.example\.com, CN=SCM Test Root R1, CN=SCM Test Intermediate R2; the right order is CN=rsa\.example\.com → CN=SCM Test Intermediate R2 → CN=SCM Test Root R1/ },
  { rule: 'chain-misordered', title: 'a reversed chain file', parts: { cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain-reversed.pem' }, message: /the right order is CN=rsa\.example\.com → CN=SCM Test Intermediate R2 → CN=SCM Test Root R1/ },
  { rule: 'chain-misordered', title: 'a reversed fullchain (leaf last)', parts: { cert: 'rsa-fullchain-reversed.pem', key: 'rsa.key' }, message: /matches the private key, CN=rsa\.example\.com \(certificate 3 in rsa-fullchain-reversed\.pem\), is not first/ },
  { rule: 'chain-too-short', title: 'the leaf alone', parts: { cert: 'rsa.crt', key: 'rsa.key' }, message: /CN=rsa\.example\.com would be uploaded alone/ },
  { rule: 'chain-too-short', title: 'a self-signed certificate', parts: { cert: 'self-signed.crt', key: 'rsa.key' }, message: /CN=self\.example\.com is self-signed and would be uploaded alone/ },
  { rule: 'cert-expired', title: 'a day after notAfter', parts: OK, options: () => ({ now: new Date(dates('rsa.crt').to.getTime() + DAY + 1000) }), message: /CN=rsa\.example\.com expired on \d{4}-\d\d-\d\d, 1 day ago/ },
  { rule: 'target-sm2-unsupported', title: 'SM2 to CDN', parts: { cert: 'sm2.crt', key: 'sm2.key', chain: 'sm2-chain.pem' }, options: () => ({ target: 'CDN' }), message: /SM2 certificate; SCM cannot push SM2 certificates to CDN/ },
  { rule: 'target-cert-expired', title: 'expired to WAF', parts: OK, options: () => ({ target: 'WAF', now: new Date(dates('rsa.crt').to.getTime() + 10 * DAY) }), message: /expired on .*; SCM cannot push it to WAF/ },
  { rule: 'cert-not-yet-valid', title: 'two days before notBefore', parts: OK, options: () => ({ now: new Date(dates('rsa.crt').from.getTime() - 2 * DAY + 1000) }), message: /is valid only from \d{4}-\d\d-\d\d, in 2 days/ },
  { rule: 'cert-expiring-soon', title: 'ten days left', parts: OK, options: () => ({ now: new Date(dates('rsa.crt').to.getTime() - 10 * DAY - 1000) }), message: /expires on \d{4}-\d\d-\d\d, in 10 days \(warning threshold 30 days\)/ },
  { rule: 'cert-expiring-soon', title: '--warn-days 60', parts: OK, options: () => ({ warnDays: 60, now: new Date(dates('rsa.crt').to.getTime() - 45 * DAY) }), message: /in 4\d days \(warning threshold 60 days\)/ },
  { rule: 'weak-key', title: 'RSA 1024', parts: { cert: 'rsa1024.crt', key: 'rsa1024.key', chain: 'rsa-chain.pem' }, message: /CN=weak\.example\.com has an RSA key of 1024 bits/ },
  { rule: 'weak-signature', title: 'SHA-1', parts: { cert: 'sha1.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /signed with SHA-1 \(sha1WithRSAEncryption\)/ },
  { rule: 'weak-signature', title: 'MD5', parts: { cert: 'md5.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /signed with MD5 \(md5WithRSAEncryption\)/ },
  { rule: 'cert-is-ca', title: 'the intermediate as leaf', parts: { cert: 'ca-as-leaf-fullchain.pem', key: 'inter-rsa.key' }, message: /CN=SCM Test Intermediate R2, given as the leaf, is a CA certificate/ },
  { rule: 'chain-duplicate', title: 'the leaf twice', parts: { cert: 'rsa-fullchain-leaf-twice.pem', key: 'rsa.key' }, message: /\(certificate 2 in rsa-fullchain-leaf-twice\.pem\) repeats the leaf certificate/ },
  { rule: 'chain-duplicate', title: 'the intermediate twice', parts: { cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain-duplicate.pem' }, message: /\(certificate 2 in rsa-chain-duplicate\.pem\) repeats CN=SCM Test Intermediate R2 \(certificate 1/ },
  { rule: 'chain-unrelated-cert', title: "another CA's intermediate", parts: { cert: 'rsa.crt', key: 'rsa.key', chain: 'rsa-chain-plus-unrelated.pem' }, message: /CN=Unrelated Intermediate B .* did not issue CN=rsa\.example\.com or any of its intermediates/ },
  { rule: 'chain-cert-expired', title: 'a short-lived intermediate', parts: { cert: 'short-chain-leaf.crt', key: 'rsa.key', chain: 'short-chain.pem' }, options: () => ({ now: new Date(dates('short-chain-leaf.crt').to.getTime() - 100 * DAY) }), message: /CN=SCM Short-lived Intermediate in the chain expired on/ },
  { rule: 'cn-not-in-san', title: 'CN elsewhere', parts: { cert: 'cn-not-in-san.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /the common name "other\.example\.com" is not among the subject alternative names \(san\.example\.com\)/ },
  { rule: 'chain-includes-root', title: 'root at the end', parts: { cert: 'rsa-fullchain-with-root.pem', key: 'rsa.key' }, message: /ends with the self-signed root CN=SCM Test Root R1 \(\d+ characters\)/ },
  { rule: 'sm2-signature-unverified', title: 'an SM2 chain', parts: { cert: 'sm2.crt', key: 'sm2.key', chain: 'sm2-chain.pem' }, message: /SM2 signature of CN=sm2\.example\.com by CN=SCM Test Root SM2 cannot be verified offline/ },
  { rule: 'cert-extra-ignored', title: 'fullchain plus --chain', parts: { cert: 'rsa-fullchain.pem', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /rsa-fullchain\.pem holds 2 certificates; as a chain was given too, only the first is sent/ },
  { rule: 'input-converted', title: 'a DER certificate', parts: { cert: 'rsa.der', key: 'rsa.key', chain: 'rsa-chain.pem' }, message: /rsa\.der is DER; its certificate will be sent as PEM/ },
  { rule: 'input-converted', title: 'PKCS#12', parts: { pfx: 'rsa.pfx', pfxPassword: 'secret' }, message: /rsa\.pfx is PKCS#12; its 3 certificates and private key will be sent as PEM/ },
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
    const covered = new Set(CASES.map((c) => c.rule));
    expect(UPLOAD_RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(CASES.map((c) => [`${c.rule}: ${c.title}`, c] as const))('%s', async (_, c) => {
    const r = await check(c.parts, c.options?.() ?? {});
    const rule = UPLOAD_RULES.find((x) => x.id === c.rule)!;
    const hits = r.findings.filter((f) => f.rule === c.rule);
    expect(hits.length, `no ${c.rule} finding; got ${ruleIds(r).join(', ')}`).toBeGreaterThan(0);
    expect(hits.some((f) => c.message.test(f.message)), hits.map((f) => f.message).join('\n')).toBe(true);
    for (const f of hits) expect(f).toMatchObject({ severity: rule.severity, code: rule.code, fix: rule.fix.en });
    expect(r.valid).toBe(!r.findings.some((f) => f.severity === 'error'));
  });
});

describeFixtures('validate rule boundaries', () => {
  it('accepts the documented name and enterprise project ID forms', async () => {
    for (const name of ['abc', 'a'.repeat(63), 'Example_com-2026.v1']) expect(ruleIds(await check(OK, { name }))).not.toContain('name-invalid');
    for (const id of ['0', 'all', '3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b']) expect(ruleIds(await check(OK, { enterpriseProjectId: id }))).not.toContain('enterprise-project-id-invalid');
  });

  it('wildcards cover exactly one level, case-insensitively', async () => {
    const wild: Parts = { cert: 'wildcard.crt', key: 'rsa.key', chain: 'rsa-chain.pem' };
    expect(ruleIds(await check(wild, { domains: ['API.wild.example.com', 'wild.example.com', '*.wild.example.com'] }))).toEqual([]);
    const r = await check(wild, { domains: ['example.com', 'a.b.wild.example.com'] });
    expect(r.findings.filter((f) => f.rule === 'domain-not-covered')).toHaveLength(2);
  });

  it('counts SANs for --domain-count, the CN when there are none', async () => {
    expect(ruleIds(await check(OK, { domainCount: 2 }))).not.toContain('domain-count-mismatch');
    expect(ruleIds(await check({ cert: 'cn-only.crt', key: 'rsa.key', chain: 'rsa-chain.pem' }, { domainCount: 1, domains: ['cnonly.example.com'] }))).toEqual([]);
  });

  it('warns from --warn-days on, and not a day earlier', async () => {
    const { to } = dates('rsa.crt');
    expect(ruleIds(await check(OK, { now: new Date(to.getTime() - 31 * DAY) }))).not.toContain('cert-expiring-soon');
    expect(ruleIds(await check(OK, { now: new Date(to.getTime() - 29 * DAY) }))).toContain('cert-expiring-soon');
    expect(ruleIds(await check(OK, { now: new Date(to.getTime() - 10 * DAY), warnDays: 5 }))).not.toContain('cert-expiring-soon');
  });

  it('an expired certificate is an error (code null), and not also "expiring"', async () => {
    const r = await check(OK, { now: new Date(dates('rsa.crt').to.getTime() + DAY) });
    expect(find(r, 'cert-expired')).toMatchObject({ severity: 'error', code: null });
    expect(ruleIds(r)).not.toContain('cert-expiring-soon');
    expect(r.valid).toBe(false);
  });

  it('does not count a SHA-1 self-signature of an included root as weak', async () => {
    expect(ruleIds(await check({ cert: 'rsa-fullchain-with-root.pem', key: 'rsa.key' }))).not.toContain('weak-signature');
  });

  it('matches keys of every algorithm, mixed chains included', async () => {
    const pairs: Parts[] = [
      { cert: 'rsa4096.crt', key: 'rsa4096.key', chain: 'rsa-chain.pem' },
      { cert: 'ec384.crt', key: 'ec384.key', chain: 'ec-chain.pem' },
      { cert: 'ec521-under-rsa.crt', key: 'ec521.key', chain: 'rsa-chain.pem' },
      { cert: 'ed25519.crt', key: 'ed25519.key', chain: 'rsa-chain.pem' },
      { cert: 'sm2.crt', key: 'sm2.key', chain: 'sm2-chain.pem' },
    ];
    for (const parts of pairs) {
      const r = await check(parts);
      expect(r.findings.filter((f) => f.severity !== 'info'), parts.cert).toEqual([]);
    }
  });

  it('reports a misordered chain once, not also as broken or unrelated', async () => {
    const r = await check({ cert: 'rsa-fullchain-misordered.pem', key: 'rsa.key' });
    expect(ruleIds(r).filter((id) => id.startsWith('chain-') && id !== 'chain-includes-root')).toEqual(['chain-misordered']);
  });

  it('a complete PKCS#12 has no order to get wrong', async () => {
    const r = await check({ pfx: 'rsa.pfx', pfxPassword: 'secret' });
    expect(ruleIds(r)).not.toContain('chain-misordered');
    expect(r.valid).toBe(true);
  });
});
