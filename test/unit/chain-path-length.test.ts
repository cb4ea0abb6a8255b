// A CA's pathLenConstraint (RFC 5280 4.2.1.9) limits how many CA certificates may follow it down the path: one
// with pathlen:0 issues end-entity certificates only. A chain whose intermediate was issued by such a CA passes
// SCM (names only) but `openssl verify` refuses it ("path length constraint exceeded", verify error 25), as do
// browsers: validate warns (chain-path-length), given in order or read by content, and scm check says it of a
// served chain or a file. Within the limit: no finding.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyseServed } from '../../src/core/check/index.js';
import { certFromDer, type Cert } from '../../src/core/validate/model.js';
import { check, describeFixtures, expected, fixture, triples } from '../helpers/fixtures.js';

const KEY = '../keys/dup-chain-leaf.key';
const [PATH_LENGTH] = expected(['chain-path-length']);
const MESSAGE = 'CN=Pathlen 0 CA (certificate 2 in pathlen0-chain.crt) may issue no CA certificate (basicConstraints pathlen:0), yet the path down to CN=www.example.com has 1 below it: CN=Below Pathlen 0; TLS clients refuse the chain (OpenSSL: "path length constraint exceeded")';

describeFixtures('pathLenConstraint', () => {
  it('pathlen:0 above another CA: a warning naming the CA, its limit and the CA below it, in both languages', async () => {
    const r = await check({ cert: 'pathlen0-leaf.crt', key: KEY, chain: 'pki/pathlen0-chain.crt' });
    expect(triples(r)).toEqual([PATH_LENGTH]);
    expect(r.findings[0]!.message).toBe(MESSAGE);
    const zh = await check({ cert: 'pathlen0-leaf.crt', key: KEY, chain: 'pki/pathlen0-chain.crt' }, { lang: 'zh' });
    expect(zh.findings[0]!.message).toBe('CN=Pathlen 0 CA（pathlen0-chain.crt 中的第 2 张证书）不能签发 CA 证书（`basicConstraints` 为 `pathlen:0`），而它到 CN=www.example.com 的路径上有 1 张 CA 证书：CN=Below Pathlen 0；TLS 客户端会拒绝这条证书链（OpenSSL 报错 `path length constraint exceeded`）');
  });

  it('read by content: the same one warning', async () => {
    const r = await check({ files: ['pathlen0-leaf.crt', KEY, 'pki/pathlen0-below.crt', 'pki/pathlen0-ca.crt'] });
    expect(triples(r)).toEqual([PATH_LENGTH]);
  });

  it('pathlen:1 above two CAs: one too many, both named, in both languages', async () => {
    const r = await check({ cert: 'pathlen1-deep-leaf.crt', key: KEY, chain: 'pki/pathlen1-deep-chain.crt' });
    expect(triples(r)).toEqual([PATH_LENGTH]);
    expect(r.findings[0]!.message).toBe('CN=Pathlen 1 CA (certificate 3 in pathlen1-deep-chain.crt) limits the CA certificates below it to 1 (basicConstraints pathlen:1), yet the path down to CN=www.example.com has 2: CN=Deeper Below Pathlen 1, CN=Below Pathlen 1; TLS clients refuse the chain (OpenSSL: "path length constraint exceeded")');
    const zh = await check({ cert: 'pathlen1-deep-leaf.crt', key: KEY, chain: 'pki/pathlen1-deep-chain.crt' }, { lang: 'zh' });
    expect(zh.findings[0]!.message).toBe('CN=Pathlen 1 CA（pathlen1-deep-chain.crt 中的第 3 张证书）其下最多只允许 1 张 CA 证书（`basicConstraints` 为 `pathlen:1`），而它到 CN=www.example.com 的路径上有 2 张：CN=Deeper Below Pathlen 1、CN=Below Pathlen 1；TLS 客户端会拒绝这条证书链（OpenSSL 报错 `path length constraint exceeded`）');
  });

  it('pathlen:1 above one CA: within its limit, no finding', async () => {
    const r = await check({ cert: 'pathlen1-leaf.crt', key: KEY, chain: 'pki/pathlen1-chain.crt' });
    expect(triples(r)).toEqual([]);
  });

  it('scm check: a problem of the chain served (or a chain note of a file), in the words of validate', () => {
    const certsOf = (...files: string[]): Cert[] => files.flatMap((f) => readFileSync(fixture(f), 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [])
      .map((pem, i) => certFromDer(new X509Certificate(pem).raw, 'the served chain', i + 1));
    const at = new Date('2027-01-01T00:00:00Z');
    const r = analyseServed(certsOf('cases/pathlen0-leaf.crt', 'pki/pathlen0-chain.crt'), 0, true, 'en', at);
    expect(r.problems.map((p) => p.id)).toEqual(['chain-path-length']);
    expect(r.problems[0]!.message).toMatch(/^CN=Pathlen 0 CA \(certificate 3 in the served chain\) may issue no CA certificate/);
    expect(analyseServed(certsOf('cases/pathlen1-leaf.crt', 'pki/pathlen1-chain.crt'), 0, true, 'en', at).problems).toEqual([]);
  });
});
