// The roles of files given together, once the leaf is known (classify.ts): which key goes with a leaf no key
// matches, which files are read once (the same bytes in two files, certbot's cert.pem inside fullchain.pem), and
// the exact findings when the leaf, the key or a certificate block is missing or broken.
import { expect, it } from 'vitest';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes, lines, readTogether, type Named } from '../helpers/named-files.js';

const LEAF = bytes('rsa.crt').toString();
const INTER = bytes('pki/inter-rsa.crt').toString();
const MISMATCH = (sources: string): string => `key-mismatch error SCM.0014: none of the private keys (${sources}) matches the certificate CN=rsa.example.com (RSA 2048)`;

describeFixtures('the key for a leaf no key matches', () => {
  // The EC key always comes first: taking the first key instead of the one the names point to shows as "EC P-256".
  it.each([
    ['server.crt', 'server.key'],
    ['certs/server.crt', 'keys/server.key'],
    ['site-cert.pem', 'site-KEY.pem'],
    ['site.pem', 'sitekey.pem'],
    ['www_bundle.crt', 'www.key'],
    ['site.chain.pem', 'site_key.pem'],
    ['a.b.crt', 'a.b.key'],
  ])('%s goes with %s', async (cert, key) => {
    const r = await readTogether([['a.key', 'ec256.key'], [key, 'other-rsa.key'], [cert, 'rsa.crt'], ['ca.pem', 'pki/inter-rsa.crt']]);
    expect(r.keyType).toBe('RSA 2048');
    expect(lines(r)).toEqual([MISMATCH(`${key}, a.key`)]);
  });

  it('with no name in common, the key whose file says "priv"; a folder\'s name does not count', async () => {
    const priv = await readTogether([['a.key', 'ec256.key'], ['my-PRIVATE.pem', 'other-rsa.key'], ['server.crt', 'rsa.crt'], ['i.pem', 'pki/inter-rsa.crt']]);
    expect([priv.keyType, ...lines(priv)]).toEqual(['RSA 2048', MISMATCH('my-PRIVATE.pem, a.key')]);
    const folder = await readTogether([['b.key', 'other-rsa.key'], ['privdir/a.key', 'ec256.key'], ['server.crt', 'rsa.crt'], ['i.pem', 'pki/inter-rsa.crt']]);
    expect([folder.keyType, ...lines(folder)]).toEqual(['RSA 2048', MISMATCH('b.key, privdir/a.key')]);
  });

  it('names that only look alike do not pair: the first key', async () => {
    const r = await readTogether([['a.key', 'ec256.key'], ['server2.key', 'other-rsa.key'], ['server.crt', 'rsa.crt'], ['i.pem', 'pki/inter-rsa.crt']]);
    expect(r.keyType).toBe('EC P-256');
    expect(lines(r)).toEqual(['key-mismatch error SCM.0014: none of the private keys (a.key, server2.key) matches the certificate CN=rsa.example.com (RSA 2048)']);
    // "full" is a suffix only at the end of a name: fullsite is not site.
    const full = await readTogether([['a.key', 'ec256.key'], ['site.pem', 'other-rsa.key'], ['fullsite.crt', 'rsa.crt'], ['i.pem', 'pki/inter-rsa.crt']]);
    expect(full.keyType).toBe('EC P-256');
  });

  it('no certificate and two keys: the first key, and the finding names every file', async () => {
    const r = await readTogether([['a.key', 'ec256.key'], ['b.key', 'other-rsa.key']]);
    expect([r.keyType, ...lines(r)]).toEqual(['EC P-256', 'cert-missing error SCM.0031: no certificate among a.key, b.key']);
  });

  it('a key and its CSR, no certificate yet: the finding says the CSR is not the certificate (en, zh)', async () => {
    const files: Named = [['www.example.com.csr', 'variants/rsa.csr'], ['www.example.com.key', 'rsa.key']];
    const r = await readTogether(files);
    expect(lines(r)).toEqual(['cert-missing error SCM.0031: no certificate among www.example.com.csr, www.example.com.key: www.example.com.csr holds a certificate signing request (CSR), not a certificate; the certificate is what your CA sends back for it']);
    const zh = await readTogether(files, {}, 'zh');
    expect(lines(zh)).toEqual(['cert-missing error SCM.0031: www.example.com.csr、www.example.com.key 中没有证书：www.example.com.csr 中是证书签名请求（CSR），不是证书；证书是 CA 根据它签发后发回给你的文件']);
  });

  it('a DER CSR beside the key is named in the same one finding as a PEM one, and not said twice', async () => {
    const der = Buffer.from(bytes('variants/rsa.csr').toString().replace(/-----[^-]+-----|\s/g, ''), 'base64');
    const r = await readTogether([['www.example.com.csr.der', der], ['www.example.com.key', 'rsa.key']]);
    expect(lines(r)).toEqual(['cert-missing error SCM.0031: no certificate among www.example.com.csr.der, www.example.com.key: www.example.com.csr.der holds a certificate signing request (CSR), not a certificate; the certificate is what your CA sends back for it']);
  });

  it('a public key or DH parameters file beside the bundle is said not sent, as a CRL is; the EC parameters of a key file are not', async () => {
    const dh = '-----BEGIN DH PARAMETERS-----\nMAYCAQsCAQI=\n-----END DH PARAMETERS-----\n';
    const r = await readTogether([['fullchain.pem', 'ec-fullchain.pem'], ['privkey.pem', 'ec256.with-params.key'], ['pub.pem', 'rsa.pub.pem'], ['dhparam.pem', Buffer.from(dh)], ['x942.pem', 'x942-dh.pem']]);
    expect(lines(r)).toEqual([
      'input-not-sent info null: pub.pem holds a PUBLIC KEY block, not a certificate or a key of the bundle; it is not sent',
      'input-not-sent info null: dhparam.pem holds a DH PARAMETERS block, not a certificate or a key of the bundle; it is not sent',
      'input-not-sent info null: x942.pem holds an X9.42 DH PARAMETERS block, not a certificate or a key of the bundle; it is not sent',
    ]);
    const zh = await readTogether([['fullchain.pem', 'ec-fullchain.pem'], ['privkey.pem', 'ec256.key'], ['pub.pem', 'rsa.pub.pem']], {}, 'zh');
    expect(lines(zh)).toEqual(['input-not-sent info null: pub.pem 中是 PUBLIC KEY 块，不是证书包的证书或私钥；它不会被发送']);
  });

  it('a fullchain joined with cat from a certificate file without its last newline: said as such, in both languages', async () => {
    const joined = Buffer.from(LEAF.trimEnd() + INTER + bytes('rsa.key').toString().trimEnd());
    const r = await readTogether([['fullchain.pem', joined]]);
    expect(lines(r)).toEqual(['input-repaired info null: fullchain.pem has an END line run into the next BEGIN line (-----END ...----------BEGIN ...-----), as `cat` writes when a file does not end with a newline; OpenSSL refuses such a file (bad end line), so nginx and Apache do too; the line break was put back']);
    expect(r.findings[0]!.fix).toMatch(/^nothing to do for the upload; scm sends the repaired PEM\. For a server that reads the file itself, .*`awk 1 cert\.pem chain\.pem > fullchain\.pem`/);
    expect(r.payload).toEqual({ certificate: LEAF, certificate_chain: INTER, private_key: bytes('rsa.pkcs1.key').toString() });
    const zh = await readTogether([['fullchain.pem', joined]], {}, 'zh');
    expect(lines(zh)).toEqual(['input-repaired info null: fullchain.pem 中有 `END` 行与下一个 `BEGIN` 行连在了一起（`-----END ...----------BEGIN ...-----`），文件末尾没有换行时用 `cat` 拼接就会这样；OpenSSL 会拒绝这样的文件（`bad end line`），直接读取它的服务器（如 `nginx`、`Apache`）也一样；已补回换行']);
    // Line breaks turned into spaces are still said as lost.
    const spaces = await readTogether([['fullchain.pem', Buffer.from((LEAF + INTER).replace(/\n/g, ' '))], ['k.pem', 'rsa.key']]);
    expect(lines(spaces)).toEqual(['input-repaired info null: fullchain.pem had lost its line breaks (replaced by spaces, or written as \\n); they were put back']);
  });

  it('a key that fits another certificate of the bundle is not a stray; one that fits none is', async () => {
    const fits = await readTogether([['a.pem', 'rsa-fullchain.pem'], ['k.pem', 'rsa.key'], ['i.key', 'inter-rsa.key']]);
    expect(lines(fits)).toEqual([]);
    expect(fits.payload?.private_key).toBe(bytes('rsa.pkcs1.key').toString());
    const stray = await readTogether([['a.pem', 'rsa-fullchain.pem'], ['old.key', 'other-rsa.key'], ['k.pem', 'rsa.key']]);
    expect(lines(stray)).toEqual(['key-extra-ignored info null: old.key holds a private key (RSA 2048) that matches no certificate of the bundle; it is not used']);
    expect(stray.payload?.private_key).toBe(bytes('rsa.pkcs1.key').toString());
  });
});

describeFixtures('each file read once', () => {
  it('two identical files: one finding for their broken block, from the first', async () => {
    const r = await readTogether([['a.pem', 'variants/fullchain-bad-second.pem'], ['b.pem', 'variants/fullchain-bad-second.pem'], ['k.pem', 'rsa.key']]);
    expect(lines(r)).toEqual(['chain-unparsable error SCM.0013: certificate 2 in a.pem is not valid base64']);
    expect(r.certificate?.subject).toBe('CN=rsa.example.com');
  });

  it('a file inside another is read there: one conversion finding, for the file that holds it', async () => {
    const r = await readTogether([['cert.pem', 'rsa.crt'], ['full.pem', 'variants/fullchain-utf16le.pem'], ['k.pem', 'rsa.key']]);
    expect(lines(r)).toEqual(['input-converted info null: full.pem is UTF-16 text (what Windows Notepad saves as "Unicode"); it was read and will be sent as UTF-8']);
    const twice = await readTogether([['a.pem', 'variants/fullchain-utf16le.pem'], ['b.pem', 'variants/fullchain-utf16le.pem'], ['k.pem', 'rsa.key']]);
    expect(lines(twice)).toEqual(['input-converted info null: a.pem is UTF-16 text (what Windows Notepad saves as "Unicode"); it was read and will be sent as UTF-8']);
    expect(twice.payload).toEqual({ certificate: LEAF, certificate_chain: INTER, private_key: bytes('rsa.pkcs1.key').toString() });
  });

  it('a file held whole by a bigger one is read there only: its broken block is reported once, for the bigger file', async () => {
    const part = bytes('variants/fullchain-bad-second.pem');
    const r = await readTogether([['part.pem', part], ['whole.pem', Buffer.concat([part, bytes('pki/inter-rsa.crt')])], ['k.pem', 'rsa.key']]);
    expect(lines(r)).toEqual(['chain-unparsable error SCM.0013: certificate 2 in whole.pem is not valid base64']);
  });

  it('the leaf is sent first and the chain after it, whatever the file order', async () => {
    const r = await readTogether([['c.pem', 'pki/inter-rsa.crt'], ['l.pem', 'rsa.crt'], ['k.pem', 'rsa.key']]);
    expect(lines(r)).toEqual([]);
    expect(r.payload).toEqual({ certificate: LEAF, certificate_chain: INTER, private_key: bytes('rsa.pkcs1.key').toString() });
  });
});

describeFixtures('what is missing or broken, said once', () => {
  const cases: Array<[string, Named, string[]]> = [
    ['a lone key file', [['k.pem', 'rsa.key']], ['cert-missing error SCM.0031: k.pem holds no certificate']],
    ['a lone chain file', [['a.pem', 'rsa-chain-with-root.pem']], [
      'cert-missing error SCM.0031: no end-entity certificate among a.pem: they hold only CA certificates (CN=SCM Test Intermediate R2, CN=SCM Test Root R1)',
      'key-empty error SCM.0059: a.pem holds no private key',
    ]],
    ['a lone root CA (keyCertSign, no SAN) is a CA certificate, not a self-signed leaf', [['ca.pem', 'pki/root-rsa.crt']], [
      'cert-missing error SCM.0031: no end-entity certificate among ca.pem: they hold only CA certificates (CN=SCM Test Root R1)',
      'key-empty error SCM.0059: ca.pem holds no private key',
    ]],
    ['a lone CSR: the wrong file, said once', [['site.csr', 'variants/rsa.csr']], [
      'cert-missing error SCM.0031: site.csr holds a certificate signing request (CSR), not a certificate: the certificate is what your CA sends back for it',
    ]],
    ['a lone public key: the wrong file, said once', [['pub.pem', 'rsa.pub.pem']], ['cert-missing error SCM.0031: pub.pem holds no certificate, only a PUBLIC KEY block']],
    ['a CSR and a certificate with no key: the key is still said missing, the CSR not sent', [['site.csr', 'variants/rsa.csr'], ['c.pem', 'rsa-fullchain.pem']], [
      'key-empty error SCM.0059: no private key among site.csr, c.pem',
      'input-not-sent info null: site.csr holds a certificate signing request (CSR), not a certificate or a key of the bundle; it is not sent',
    ]],
    ['no key among several files', [['a.pem', 'rsa-fullchain.pem'], ['b.txt', Buffer.from('notes\n')]], ['key-empty error SCM.0059: no private key among a.pem, b.txt']],
    ['an encrypted key says why instead', [['a.pem', 'rsa-fullchain.pem'], ['k.pem', 'rsa.encrypted-pkcs8.key']], ['key-encrypted error SCM.0012: k.pem holds an encrypted PKCS#8 private key (protected by a password)']],
    ['a broken block next to a key that matches nothing read: it was the leaf', [['a.pem', 'variants/cert-bad-base64.pem'], ['c.pem', 'rsa-chain.pem'], ['k.pem', 'rsa.key']], [
      'cert-unparsable error SCM.0031: the certificate in a.pem is not valid base64',
    ]],
    ['two broken blocks: the first was the leaf, the second a chain certificate', [['a.pem', 'variants/cert-bad-base64.pem'], ['b.pem', 'variants/cert-not-x509.pem'], ['c.pem', 'rsa-chain.pem'], ['k.pem', 'rsa.key']], [
      'cert-unparsable error SCM.0031: the certificate in a.pem is not valid base64',
      'chain-unparsable error SCM.0013: certificate 1 in b.pem does not parse as an X.509 certificate',
    ]],
    ['a broken block without a key', [['a.pem', 'variants/cert-bad-base64.pem'], ['c.pem', 'rsa-chain.pem']], [
      'cert-unparsable error SCM.0031: the certificate in a.pem is not valid base64',
      'key-empty error SCM.0059: no private key among a.pem, c.pem',
    ]],
    ['a leaf without its intermediate: the chain is checked', [['cert.pem', 'rsa.crt'], ['k.pem', 'rsa.key']], [
      'chain-too-short error SCM.0109: CN=rsa.example.com would be uploaded alone: there is no intermediate certificate among cert.pem, k.pem, and SCM refuses a chain of length 1',
    ]],
  ];
  it.each(cases)('%s', async (_, files, expected) => {
    expect(lines(await readTogether(files))).toEqual(expected);
  });

  it('in Chinese too', async () => {
    expect(lines(await readTogether([['a.key', 'ec256.key'], ['b.key', 'other-rsa.key']], {}, 'zh'))).toEqual(['cert-missing error SCM.0031: a.key、b.key 中没有证书']);
    expect(lines(await readTogether([['k.pem', 'rsa.key']], {}, 'zh'))).toEqual(['cert-missing error SCM.0031: k.pem 中没有证书']);
  });
});
