// A certificate on the path that issued the one below it but is no CA (basicConstraints CA:FALSE or none at all, or
// a keyUsage without keyCertSign): `openssl verify` refuses the chain ("invalid CA certificate"), so validate warns
// (chain-not-ca), whether the chain is given in order or read by content. A self-signed root without
// basicConstraints (a version 1 root) is a trust anchor, which OpenSSL accepts: no warning.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { basicConstraintsCa, keyUsageBits } from '../../src/core/validate/der-cert.js';
import { check, describeFixtures, expected, fixture, text, triples } from '../helpers/fixtures.js';

const [NOT_CA] = expected(['chain-not-ca']);
const KEY = '../keys/dup-chain-leaf.key';
const EE = 'CN=End Entity Signer (certificate 1 in not-ca-ee.crt)';
const USAGE = 'CN=No CertSign CA (certificate 1 in not-ca-usage.crt)';

describeFixtures('an end-entity certificate as an intermediate', () => {
  it('basicConstraints CA:FALSE: a warning naming it and what it signed, in both languages', async () => {
    const r = await check({ cert: 'not-ca-ee-leaf.crt', key: KEY, chain: 'pki/not-ca-ee.crt' });
    expect(triples(r)).toEqual([NOT_CA]);
    expect(r.findings[0]!.message).toBe(`${EE} signed CN=www.example.com, but it is no CA certificate (basicConstraints CA:FALSE): TLS clients refuse a chain through it (OpenSSL: "invalid CA certificate")`);
    const zh = await check({ cert: 'not-ca-ee-leaf.crt', key: KEY, chain: 'pki/not-ca-ee.crt' }, { lang: 'zh' });
    expect(zh.findings[0]!.message).toBe('CN=End Entity Signer（not-ca-ee.crt 中的第 1 张证书）签发了 CN=www.example.com，但它不是 CA 证书（`basicConstraints` 为 `CA:FALSE`）：TLS 客户端会拒绝经过它的证书链（OpenSSL 报错 `invalid CA certificate`）');
  });

  it('CA:TRUE with a keyUsage that lacks keyCertSign: the same warning, saying why', async () => {
    const r = await check({ cert: 'not-ca-usage-leaf.crt', key: KEY, chain: 'pki/not-ca-usage.crt' });
    expect(triples(r)).toEqual([NOT_CA]);
    expect(r.findings[0]!.message).toBe(`${USAGE} signed CN=www.example.com, but its keyUsage does not allow signing certificates (no keyCertSign): TLS clients refuse a chain through it (OpenSSL: "key usage does not include certificate signing")`);
    const zh = await check({ cert: 'not-ca-usage-leaf.crt', key: KEY, chain: 'pki/not-ca-usage.crt' }, { lang: 'zh' });
    expect(zh.findings[0]!.message).toBe('CN=No CertSign CA（not-ca-usage.crt 中的第 1 张证书）签发了 CN=www.example.com，但它的 `keyUsage` 不允许签发证书（没有 `keyCertSign`）：TLS 客户端会拒绝经过它的证书链（OpenSSL 报错 `key usage does not include certificate signing`）');
  });

  it('read by content, the same', async () => {
    const r = await check({ files: ['not-ca-ee-leaf.crt', KEY, 'pki/not-ca-ee.crt'] });
    expect(triples(r)).toEqual([NOT_CA]);
  });
});

describeFixtures('an intermediate without basicConstraints', () => {
  const NO_BC = (cn: string, file: string): string =>
    `CN=${cn} (certificate 1 in ${file}) signed CN=www.example.com, but it is no CA certificate (it has no basicConstraints extension, which every CA certificate carries with CA:TRUE; a version 1 certificate has none): TLS clients refuse it as an intermediate (OpenSSL: "invalid CA certificate")`;
  const der = (rel: string): Buffer => Buffer.from(readFileSync(fixture(rel), 'utf8').replace(/-----[^-]+-----|\s/g, ''), 'base64');

  it('the fixtures are what they say: no basicConstraints; keyCertSign in one, no keyUsage in the others', () => {
    for (const f of ['not-ca-v1', 'not-ca-no-bc', 'not-ca-no-bc-certsign']) expect([f, basicConstraintsCa(der(`pki/${f}.crt`))]).toEqual([f, undefined]);
    expect(keyUsageBits(der('pki/not-ca-no-bc-certsign.crt'))! & 0x0400).toBe(0x0400);
    expect(keyUsageBits(der('pki/not-ca-v1.crt'))).toBeUndefined();
    expect(keyUsageBits(der('pki/not-ca-no-bc.crt'))).toBeUndefined();
  });

  it('a version 1 intermediate: chain-not-ca, saying why, in both languages', async () => {
    const r = await check({ cert: 'not-ca-v1-leaf.crt', key: KEY, chain: 'pki/not-ca-v1.crt' });
    expect(triples(r)).toEqual([NOT_CA]);
    expect(r.findings[0]!.message).toBe(NO_BC('Version 1 Intermediate', 'not-ca-v1.crt'));
    const zh = await check({ cert: 'not-ca-v1-leaf.crt', key: KEY, chain: 'pki/not-ca-v1.crt' }, { lang: 'zh' });
    expect(zh.findings[0]!.message).toBe('CN=Version 1 Intermediate（not-ca-v1.crt 中的第 1 张证书）签发了 CN=www.example.com，但它不是 CA 证书（它没有 `basicConstraints` 扩展，而每张 CA 证书都带有该扩展并设为 `CA:TRUE`；版本 1 的证书没有该扩展）：TLS 客户端不接受它作为中间证书（OpenSSL 报错 `invalid CA certificate`）');
  });

  it('version 3 without the extension, with key ids only or with keyCertSign: the same', async () => {
    const ids = await check({ cert: 'not-ca-no-bc-leaf.crt', key: KEY, chain: 'pki/not-ca-no-bc.crt' });
    expect(ids.findings.map((f) => f.message)).toEqual([NO_BC('No Basic Constraints CA', 'not-ca-no-bc.crt')]);
    const certSign = await check({ cert: 'not-ca-no-bc-certsign-leaf.crt', key: KEY, chain: 'pki/not-ca-no-bc-certsign.crt' });
    expect(certSign.findings.map((f) => f.message)).toEqual([NO_BC('CertSign Without Basic Constraints', 'not-ca-no-bc-certsign.crt')]);
  });

  it('read by content, and as a fullchain file, the same', async () => {
    expect(triples(await check({ files: ['not-ca-v1-leaf.crt', KEY, 'pki/not-ca-v1.crt'] }))).toEqual([NOT_CA]);
    const full = text(readFileSync(fixture('cases/not-ca-no-bc-leaf.crt'), 'utf8') + readFileSync(fixture('pki/not-ca-no-bc.crt'), 'utf8'), 'fullchain.pem');
    const { validateBundle } = await import('../../src/core/validate/index.js');
    const r = await validateBundle({ cert: full, key: { source: 'key', data: readFileSync(fixture('keys/dup-chain-leaf.key')) } }, { now: new Date() });
    expect(triples(r)).toEqual([NOT_CA]);
  });

  it('a version 1 root (self-signed, a trust anchor) above a sound intermediate: no warning, sent or not', async () => {
    const root = await check({ files: ['v1-root-leaf.crt', KEY, 'pki/v1-root-int.crt', 'pki/v1-root.crt'] });
    expect(root.findings.map((f) => f.rule)).toEqual(['chain-includes-root']);
    const without = await check({ cert: 'v1-root-leaf.crt', key: KEY, chain: 'pki/v1-root-int.crt' });
    expect(without.findings).toEqual([]);
  });
});
