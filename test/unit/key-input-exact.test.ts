// How a --key input is read (decode-key.ts): every way a key can be missing, wrapped, encrypted, foreign or
// broken gives one finding whose message names the file and the format, never key material; exact texts.
import { createPublicKey } from 'node:crypto';
import { expect, it } from 'vitest';
import { validateBundle } from '../../src/core/validate/index.js';
import type { RawInput } from '../../src/core/validate/types.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes, lines, NOW } from '../helpers/named-files.js';

const raw = (source: string, data: string | Buffer): RawInput => ({ source, data: typeof data === 'string' ? bytes(data) : data });
const CERT = raw('c.pem', 'rsa-fullchain.pem');
const withKey = async (data: string | Buffer, lang: 'en' | 'zh' = 'en') => validateBundle({ cert: CERT, key: raw('k.key', data) }, { now: NOW, lang });
const pem = (rel: string): string => bytes(rel).toString();
const PARAMS = '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n';
const SPKI_DER = Buffer.from(pem('rsa.pub.pem').replace(/-----[^\n]*\n/g, ''), 'base64');

describeFixtures('a --key that gives no key: one finding, exact', () => {
  it.each([
    ['an OpenSSH key', 'variants/openssh.key', 'key-unparsable error SCM.0012: k.key holds an OpenSSH private key (the format ssh-keygen writes); TLS needs a PEM key: convert a copy with `ssh-keygen -p -m PEM -f COPY` (RSA and ECDSA keys), or use the key your CSR was made with'],
    ['a legacy encrypted RSA key', 'rsa.encrypted-legacy.key', 'key-encrypted error SCM.0012: k.key holds a password-protected PKCS#1 RSA private key (Proc-Type: 4,ENCRYPTED, AES-256-CBC)'],
    ['a legacy encrypted EC key', 'ec256.encrypted-legacy.key', 'key-encrypted error SCM.0012: k.key holds a password-protected SEC1 EC private key (Proc-Type: 4,ENCRYPTED, AES-256-CBC)'],
    ['a legacy encrypted key without DEK-Info', Buffer.from(pem('rsa.encrypted-legacy.key').replace(/DEK-Info: [^\n]*\n/, '')), 'key-encrypted error SCM.0012: k.key holds a password-protected PKCS#1 RSA private key (Proc-Type: 4,ENCRYPTED)'],
    ['an encrypted PKCS#8 key', 'rsa.encrypted-pkcs8.key', 'key-encrypted error SCM.0012: k.key holds an encrypted PKCS#8 private key (protected by a password)'],
    ['an encrypted PKCS#8 DER key', 'rsa.encrypted-pkcs8.key.der', 'key-encrypted error SCM.0012: k.key is an encrypted PKCS#8 private key (DER)'],
    ['no END line', 'variants/key-no-end.key', 'key-armor-missing error SCM.0114: the PKCS#8 private key in k.key has no -----END line'],
    ['an empty body', 'variants/key-empty-body.key', 'key-unparsable error SCM.0012: the PKCS#8 private key in k.key is empty between its BEGIN and END lines'],
    ['bad base64', Buffer.from(pem('rsa.key').replace(/^(MII.{10})/m, '$1!!!!')), 'key-unparsable error SCM.0012: the PKCS#8 private key in k.key is not valid base64'],
    ['a corrupt body', 'variants/key-corrupt.key', 'key-unparsable error SCM.0012: the PKCS#8 private key in k.key does not parse'],
    ['an EC key under an RSA label', Buffer.from(pem('ec256.sec1.key').replace(/EC PRIVATE KEY/g, 'RSA PRIVATE KEY')), 'key-unparsable error SCM.0012: the PKCS#1 RSA private key in k.key does not parse'],
    ['a certificate', 'rsa.crt', 'key-not-private error SCM.0012: k.key holds a certificate, not a private key'],
    ['a fullchain', 'rsa-fullchain.pem', 'key-not-private error SCM.0012: k.key holds a certificate, not a private key'],
    ['a public key', 'rsa.pub.pem', 'key-not-private error SCM.0012: k.key holds a public key, not a private key'],
    ['a public key and EC parameters', Buffer.from(pem('rsa.pub.pem') + PARAMS), 'key-not-private error SCM.0012: k.key holds a public key, not a private key'],
    ['EC parameters alone', Buffer.from(PARAMS), 'key-not-private error SCM.0012: k.key holds an EC PARAMETERS block, not a private key'],
    ['a CSR', 'variants/rsa.csr', 'key-not-private error SCM.0012: k.key holds a certificate signing request (CSR), not a private key'],
    ['a CSR and EC parameters, both named', Buffer.from(pem('variants/rsa.csr') + PARAMS), 'key-not-private error SCM.0012: k.key holds a certificate signing request (CSR), an EC PARAMETERS block, not a private key'],
    ['a TRUSTED CERTIFICATE', 'variants/rsa-trusted.pem', 'key-not-private error SCM.0012: k.key holds a certificate, not a private key'],
    ['an X509 CERTIFICATE', Buffer.from(pem('rsa.crt').replace(/CERTIFICATE/g, 'X509 CERTIFICATE')), 'key-not-private error SCM.0012: k.key holds a certificate, not a private key'],
    ['an RSA PUBLIC KEY', Buffer.from(createPublicKey(bytes('rsa.pub.pem')).export({ type: 'pkcs1', format: 'pem' }) as string), 'key-not-private error SCM.0012: k.key holds a public key, not a private key'],
    ['an encrypted body under a plain label', Buffer.from(`-----BEGIN PRIVATE KEY-----\n${bytes('rsa.encrypted-pkcs8.key.der').toString('base64')}\n-----END PRIVATE KEY-----\n`), 'key-encrypted error SCM.0012: k.key holds an encrypted PKCS#8 private key'],
    ['a DER certificate', 'rsa.der', 'key-not-private error SCM.0012: k.key is a certificate (DER), not a private key'],
    ['a DER public key', SPKI_DER, 'key-not-private error SCM.0012: k.key is a public key (DER), not a private key'],
    ['a DER structure that is no key', Buffer.from('3003020101', 'hex'), 'key-unparsable error SCM.0012: k.key is binary (DER) data but not a private key'],
    ['binary data', Buffer.from('hi\x01there'), 'key-unparsable error SCM.0012: k.key is binary (DER) data but not a private key'],
    ['DER cut short', 'variants/rsa-truncated.der', 'key-unparsable error SCM.0012: k.key is binary DER data that stops short (it says 894 bytes, the file has 447): it was cut off in transfer'],
    ['nothing', Buffer.from(''), 'key-empty error SCM.0059: k.key is empty'],
    ['an END line without BEGIN', Buffer.from(pem('rsa.key').replace('-----BEGIN PRIVATE KEY-----\n', '')), 'key-armor-missing error SCM.0114: k.key has an -----END line without its -----BEGIN line'],
    ['base64 without armor', 'variants/key-armor-missing.key', 'key-armor-missing error SCM.0114: k.key holds base64 text without the -----BEGIN and -----END lines of a private key'],
    ['plain text', 'variants/garbage.txt', 'key-unparsable error SCM.0012: k.key holds no PEM block and is not DER'],
  ] as Array<[string, string | Buffer, string]>)('%s', async (_, data, finding) => {
    const r = await withKey(data);
    expect(lines(r)).toEqual([finding]);
    expect(r.keyType).toBeUndefined();
    expect(r.payload).toBeUndefined();
  });

  it('an SSH2 key is named as such', async () => {
    const ssh2 = '-----BEGIN SSH2 ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END SSH2 ENCRYPTED PRIVATE KEY-----\n';
    expect(lines(await withKey(Buffer.from(ssh2)))[0]).toMatch(/^key-unparsable error SCM\.0012: k\.key holds an SSH2 private key /);
  });

  it('in Chinese', async () => {
    expect(lines(await withKey('rsa.encrypted-legacy.key', 'zh'))).toEqual(['key-encrypted error SCM.0012: k.key 中是有密码保护的 PKCS#1 RSA 私钥（Proc-Type: 4,ENCRYPTED, AES-256-CBC）']);
    expect(lines(await withKey(Buffer.from(''), 'zh'))).toEqual(['key-empty error SCM.0059: k.key 是空的']);
    expect(lines(await withKey(Buffer.from(pem('variants/rsa.csr') + PARAMS), 'zh'))[0]).toMatch(/^key-not-private error SCM\.0012: k\.key 中是证书签名请求（CSR）、EC PARAMETERS 块，/);
  });
});

describeFixtures('a --key that gives a key', () => {
  it.each([
    ['PKCS#1 DER', 'rsa.pkcs1.key.der', 'RSA 2048', ['input-converted info null: k.key is a DER private key; it will be sent as PEM']],
    ['a PKCS#8 body under a label of its own', Buffer.from(pem('rsa.key').replace(/PRIVATE KEY/g, 'DSA PRIVATE KEY')), 'RSA 2048', []],
    ['UTF-16 PEM', Buffer.from(`\ufeff${pem('rsa.key')}`, 'utf16le'), 'RSA 2048', ['input-converted info null: k.key is UTF-16 text (what Windows Notepad saves as "Unicode"); it was read and will be sent as UTF-8']],
    ['SEC1 DER for another certificate', 'ec256.sec1.key.der', 'EC P-256', [
      'key-mismatch error SCM.0014: the private key in k.key (EC P-256) does not match the certificate CN=rsa.example.com (RSA 2048)',
      'input-converted info null: k.key is a DER private key; it will be sent as PEM',
    ]],
  ] as Array<[string, string | Buffer, string, string[]]>)('%s', async (_, data, type, findings) => {
    const r = await withKey(data);
    expect(lines(r)).toEqual(findings);
    expect(r.keyType).toBe(type);
  });

  it('an encrypted key inside the --cert file is reported for that file', async () => {
    const r = await validateBundle({ cert: raw('c.pem', Buffer.from(pem('rsa-fullchain.pem') + pem('rsa.encrypted-pkcs8.key'))) }, { now: NOW });
    expect(lines(r)).toEqual(['key-encrypted error SCM.0012: c.pem holds an encrypted PKCS#8 private key (protected by a password)']);
  });
});
