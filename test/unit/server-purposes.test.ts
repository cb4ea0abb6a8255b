// What keeps a TLS server from using a certificate beyond a plain extendedKeyUsage without serverAuth (purposes.ts):
// anyExtendedKeyUsage alone, a leaf's keyUsage, Netscape's nsCertType. Exact messages and fixes, both languages,
// so that each condition is pinned in process (the e2e test beside it runs openssl on the same files).
import { expect, it } from 'vitest';
import { check, describeFixtures, triples } from '../helpers/fixtures.js';

const ec = (name: string) => ({ cert: `${name}-fullchain.pem`, key: 'nc.key' });
const rsa = (name: string) => ({ cert: `${name}-fullchain.pem`, key: 'rsa.key' });
const NOT = ['cert-not-for-servers warning null'];

describeFixtures('cert-not-for-servers beyond extendedKeyUsage clientAuth', () => {
  it('anyExtendedKeyUsage alone, at the leaf and at a CA: said apart, with its own fix', async () => {
    const leaf = await check(ec('eku-any'));
    expect(triples(leaf)).toEqual(NOT);
    expect(leaf.findings[0]!.message).toBe('CN=www.example.com lists anyExtendedKeyUsage in its extendedKeyUsage, without serverAuth: browsers take anyExtendedKeyUsage for TLS servers, but OpenSSL clients (curl, wget) refuse it ("unsuitable certificate purpose")');
    expect(leaf.findings[0]!.fix).toBe('SCM accepts it, and so do browsers; for OpenSSL clients have the certificate reissued with serverAuth in its extendedKeyUsage (anyExtendedKeyUsage may stay beside it), or, for an intermediate, get the chain for TLS server certificates from your CA.');
    const ca = await check(ec('eku-any-ca'));
    expect(triples(ca)).toEqual(NOT);
    expect(ca.findings[0]!.message).toBe('CN=SCM Any Purpose CA lists anyExtendedKeyUsage in its extendedKeyUsage, without serverAuth: browsers take anyExtendedKeyUsage for TLS servers, but OpenSSL clients (curl, wget) refuse CN=www.example.com through it ("unsuitable certificate purpose")');
    const zh = await check(ec('eku-any'), { lang: 'zh' });
    expect(zh.findings[0]!.fix).toBe('SCM 会接受它，浏览器也会接受；为了 OpenSSL 客户端，请重新签发证书，在 `extendedKeyUsage` 中加入 `serverAuth`（`anyExtendedKeyUsage` 可以保留）；如果是中间证书，请向 CA 获取用于 TLS 服务器证书的证书链。');
    // clientAuth alone keeps the rule's own words and fix.
    const client = await check(ec('eku-client'));
    expect(client.findings[0]!.message).toMatch(/^CN=www\.example\.com may be used only for clientAuth \(extendedKeyUsage\)/);
    expect(client.findings[0]!.fix).toMatch(/^SCM checks names only and accepts it/);
  });

  it('keyUsage without digitalSignature, keyEncipherment and keyAgreement; an EC key without digitalSignature', async () => {
    const certSign = await check(ec('ku-cert-sign'));
    expect(triples(certSign)).toEqual(NOT);
    expect(certSign.findings[0]!.message).toBe('CN=www.example.com may be used only for keyCertSign (keyUsage), without digitalSignature, keyEncipherment or keyAgreement, one of which a TLS server needs: OpenSSL clients (curl, wget) refuse it ("unsuitable certificate purpose")');
    expect(certSign.findings[0]!.fix).toBe('SCM accepts it as it is, but clients and servers do not: have the certificate reissued with digitalSignature in its keyUsage (and keyEncipherment beside it for an RSA key), as TLS server certificates have it.');
    expect((await check(rsa('ku-non-repudiation'))).findings[0]!.message).toMatch(/^CN=www\.example\.com may be used only for nonRepudiation \(keyUsage\)/);
    const ecKey = await check(ec('ku-ec-encipherment'));
    expect(triples(ecKey)).toEqual(NOT);
    expect(ecKey.findings[0]!.message).toBe('CN=www.example.com has an EC key and a keyUsage without digitalSignature (keyEncipherment): an ECDSA server signs its handshake with that key, so an OpenSSL server refuses TLS 1.2 with it ("handshake failure"; TLS 1.3 still works)');
    const zh = await check(ec('ku-ec-encipherment'), { lang: 'zh' });
    expect(zh.findings[0]!.message).toBe('CN=www.example.com 使用 EC 密钥，但其 `keyUsage`（keyEncipherment）中没有 `digitalSignature`：ECDSA 服务器要用这个密钥为握手签名，因此 OpenSSL 服务器用它时会拒绝 TLS 1.2 连接（报错 `handshake failure`；TLS 1.3 仍可用）');
    // An RSA key with keyEncipherment alone is served (TLS 1.2 too); a CA given as the leaf is cert-is-ca alone.
    expect(triples(await check(rsa('ku-rsa-encipherment')))).toEqual([]);
    expect(triples(await check({ cert: 'ca-as-leaf-fullchain.pem', key: 'inter-rsa.key' }))).not.toContain(NOT[0]);
  });

  it('nsCertType without server: one finding, the extendedKeyUsage one when that says client too', async () => {
    const ns = await check(ec('ns-client'));
    expect(triples(ns)).toEqual(NOT);
    expect(ns.findings[0]!.message).toBe('CN=www.example.com is marked by its Netscape certificate type (nsCertType) for client, email only, not for SSL servers (server): OpenSSL clients (curl, wget) refuse it ("unsuitable certificate purpose")');
    expect(ns.findings[0]!.fix).toBe('SCM accepts it, but OpenSSL clients do not: have the certificate reissued without nsCertType (it is obsolete: extendedKeyUsage serverAuth says what it meant), or with server among its types.');
    const both = await check(ec('ns-client-eku'));
    expect(triples(both)).toEqual(NOT);
    expect(both.findings[0]!.message).toMatch(/\(extendedKeyUsage\)/);
    expect(triples(await check(ec('ns-server')))).toEqual([]);
  });
});
