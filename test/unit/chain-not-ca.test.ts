// A certificate on the path that issued the one below it but is no CA (basicConstraints CA:FALSE, or a keyUsage
// without keyCertSign): `openssl verify` refuses the chain ("invalid CA certificate"), so validate warns
// (chain-not-ca), whether the chain is given in order or read by content.
import { expect, it } from 'vitest';
import { check, describeFixtures, expected, triples } from '../helpers/fixtures.js';

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
