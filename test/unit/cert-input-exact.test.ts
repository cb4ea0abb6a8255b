// How one --cert or --chain input is read (scan.ts, decode-certs.ts): text or binary, PEM, DER, PKCS#7 and
// TRUSTED CERTIFICATE blocks, and the one finding, with the rule of its role, for each way it can be wrong.
import { expect, it } from 'vitest';
import { validateBundle } from '../../src/core/validate/index.js';
import type { BundleInput, RawInput } from '../../src/core/validate/types.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes, lines, NOW } from '../helpers/named-files.js';

const raw = (source: string, rel: string | Buffer): RawInput => ({ source, data: typeof rel === 'string' ? bytes(rel) : rel });
const LEAF = bytes('rsa.crt').toString();
const INTER = bytes('pki/inter-rsa.crt').toString();
const KEY = raw('k.pem', 'rsa.key');
const found = async (input: BundleInput, lang: 'en' | 'zh' = 'en'): Promise<string[]> => lines(await validateBundle(input, { now: NOW, lang }));
const asCert = (data: string | Buffer, source = 'c.pem'): Promise<string[]> => found({ cert: raw(source, typeof data === 'string' ? Buffer.from(data) : data), key: KEY });
const asChain = (data: string | Buffer, source = 'd.pem'): Promise<string[]> => found({ cert: raw('c.pem', 'rsa.crt'), key: KEY, chain: raw(source, typeof data === 'string' ? Buffer.from(data) : data) });
const BINARY = 'cert-unparsable error SCM.0031: c.pem is binary (DER) data but not an X.509 certificate';
const TEXT = 'cert-unparsable error SCM.0031: c.pem holds no PEM block and is not DER';

describeFixtures('text or binary: control characters in the first 512 characters', () => {
  it.each([['\\x00', '\x00'], ['\\x08', '\x08'], ['\\x0e', '\x0e'], ['\\x1f', '\x1f']])('%s makes it binary', async (_, c) => {
    expect(await asCert(`hello${c}world\n`)).toEqual([BINARY]);
  });
  it.each([['tab', '\t'], ['\\x0b', '\x0b'], ['\\x0c', '\x0c'], ['CR', '\r'], ['DEL', '\x7f']])('%s keeps it text', async (_, c) => {
    expect(await asCert(`hello${c}world\n`)).toEqual([TEXT]);
  });
  it('the 512th character counts, the 513th does not', async () => {
    expect(await asCert(`${'a'.repeat(511)}\x01`)).toEqual([BINARY]);
    expect(await asCert(`${'a'.repeat(512)}\x01`)).toEqual([TEXT]);
  });
  it('UTF-16 text is text', async () => {
    expect(await found({ cert: raw('c.pem', 'variants/fullchain-utf16le.pem'), key: KEY })).toEqual([
      'input-converted info null: c.pem is UTF-16 text (what Windows Notepad saves as "Unicode"); it was read and will be sent as UTF-8',
    ]);
    // Read as UTF-16, sent as UTF-8: the Chinese once said 已按 UTF-8 读取并发送 (read as UTF-8, and already sent).
    expect(await found({ cert: raw('c.pem', 'variants/fullchain-utf16le.pem'), key: KEY }, 'zh')).toEqual([
      'input-converted info null: c.pem 是 UTF-16 编码的文本（记事本另存为“Unicode”时的格式）；已按 UTF-16 读取，将以 UTF-8 发送',
    ]);
  });
});

describeFixtures('a repeated extension, in Chinese', () => {
  // It read '包含 2 个扩展 subjectAltName' ("holds 2 extensions subjectAltName"): the one extension, twice.
  it('says the extension occurs twice, as the English does', async () => {
    const r = await found({ cert: raw('c.pem', 'dup-ext.crt'), key: KEY, chain: raw('d.pem', 'rsa-chain.pem') }, 'zh');
    expect(r.filter((l) => l.startsWith('extension-duplicate'))).toEqual([
      'extension-duplicate warning null: CN=rsa.example.com 中的扩展 subjectAltName (2.5.29.17) 出现了 2 次；RFC 5280（4.2 节）每种扩展只允许出现一次，TLS 客户端会拒绝这样的证书（OpenSSL 报错 `invalid certificate`）',
    ]);
  });
});

describeFixtures('certificate forms that are converted', () => {
  it('a DER certificate is converted, a DER PKCS#7 chain is read without a word', async () => {
    expect(await found({ cert: raw('c.der', 'rsa.der'), key: KEY, chain: raw('d.pem', 'rsa-chain.pem') })).toEqual(['input-converted info null: c.der is DER; its certificate will be sent as PEM']);
    const p7b = await validateBundle({ cert: raw('c.pem', 'rsa.crt'), key: KEY, chain: raw('d.p7b', 'rsa-chain.p7b') }, { now: NOW });
    expect(lines(p7b)).toEqual(['chain-includes-root info null: the chain ends with the self-signed root CN=SCM Test Root R1 (1151 characters), after an intermediate; a client that trusts this root already holds it']);
    expect(p7b.payload?.certificate_chain).toBe(INTER + bytes('pki/root-rsa.crt').toString());
  });

  it('a PKCS7 PEM block is read as its certificates, in order', async () => {
    const block = `-----BEGIN PKCS7-----\n${bytes('rsa-chain.p7b').toString('base64')}\n-----END PKCS7-----\n`;
    const r = await validateBundle({ cert: raw('c.pem', 'rsa.crt'), key: KEY, chain: raw('d.pem', Buffer.from(block)) }, { now: NOW });
    expect(r.payload?.certificate_chain).toBe(INTER + bytes('pki/root-rsa.crt').toString());
  });

  it('a TRUSTED CERTIFICATE block is sent as its certificate; the finding says which one', async () => {
    const trusted = bytes('variants/rsa-trusted.pem').toString();
    const r = await validateBundle({ cert: raw('c.pem', Buffer.from(trusted)), key: KEY, chain: raw('d.pem', 'rsa-chain.pem') }, { now: NOW });
    expect(lines(r)).toEqual(['input-converted info null: the certificate in c.pem is a TRUSTED CERTIFICATE block (openssl x509 -trustout); the certificate in it will be sent as a plain CERTIFICATE block, without its trust settings']);
    expect(r.payload?.certificate).toBe(LEAF);
    const second = await found({ cert: raw('c.pem', Buffer.from(LEAF + trusted)), key: KEY });
    expect(second).toContain('input-converted info null: certificate 2 in c.pem is a TRUSTED CERTIFICATE block (openssl x509 -trustout); the certificate in it will be sent as a plain CERTIFICATE block, without its trust settings');
  });
});

describeFixtures('a file of several TRUSTED CERTIFICATE blocks (openssl x509 -trustout on each CA): one finding for the file', () => {
  const trust = (pem: string): string => pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '-----$1 TRUSTED CERTIFICATE-----');
  const ROOT = bytes('pki/root-rsa.crt').toString();

  it('the intermediate and the root both so: one input-converted naming both, in both languages', async () => {
    const chain = raw('ca.pem', Buffer.from(trust(INTER) + trust(ROOT)));
    const en = await found({ cert: raw('c.pem', 'rsa.crt'), key: KEY, chain });
    expect(en.filter((l) => l.startsWith('input-converted'))).toEqual(['input-converted info null: certificates 1, 2 in ca.pem are TRUSTED CERTIFICATE blocks (openssl x509 -trustout); the certificates in them will be sent as plain CERTIFICATE blocks, without their trust settings']);
    const zh = await found({ cert: raw('c.pem', 'rsa.crt'), key: KEY, chain }, 'zh');
    expect(zh.filter((l) => l.startsWith('input-converted'))).toEqual(['input-converted info null: ca.pem 中的第 1、2 张证书是 TRUSTED CERTIFICATE 块（`openssl x509 -trustout` 的输出）；其中的证书将去掉信任设置，作为普通的 CERTIFICATE 块发送']);
  });

  it('the first of two so: it is certificate 1 of the file, not "the certificate" of it', async () => {
    const chain = raw('ca.pem', Buffer.from(trust(INTER) + ROOT));
    const en = await found({ cert: raw('c.pem', 'rsa.crt'), key: KEY, chain });
    expect(en.filter((l) => l.startsWith('input-converted'))).toEqual(['input-converted info null: certificate 1 in ca.pem is a TRUSTED CERTIFICATE block (openssl x509 -trustout); the certificate in it will be sent as a plain CERTIFICATE block, without its trust settings']);
  });
});

describeFixtures('DER with a line end or padding after it (a .cer or .der passed through a text transfer)', () => {
  const der = (pem: string): Buffer => Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');

  it('a DER certificate and a DER key with trailing CR LF, NULs: read as OpenSSL reads them, said once each (input-repaired), in both languages', async () => {
    const cert = raw('c.der', Buffer.concat([der(LEAF), Buffer.from('\r\n')]));
    const key = raw('k.der', Buffer.concat([der(bytes('rsa.key').toString()), Buffer.from([0, 0, 0, 0])]));
    const r = await validateBundle({ cert, key, chain: raw('d.pem', 'rsa-chain.pem') }, { now: NOW });
    expect(lines(r)).toEqual([
      'input-repaired info null: c.der has extra bytes after its DER data (2: a line end or padding added on the way); they are left out',
      'input-converted info null: c.der is DER; its certificate will be sent as PEM',
      'input-repaired info null: k.der has extra bytes after its DER data (4: a line end or padding added on the way); they are left out',
      'input-converted info null: k.der is a DER private key; it will be sent as PEM',
    ]);
    expect(r.payload?.certificate).toBe(LEAF);
    const zh = await validateBundle({ cert, key, chain: raw('d.pem', 'rsa-chain.pem') }, { now: NOW, lang: 'zh' });
    expect(lines(zh)[0]).toBe('input-repaired info null: c.der 的 DER 数据之后有多余的字节（2 个：传输中加上的换行或填充）；已忽略这些字节');
  });

  it('a DER key under 128 bytes (a P-256 SEC1 or Ed25519 key: its SEQUENCE has a short length) with a line end after it: read too, as OpenSSL reads it', async () => {
    const sec1 = raw('k.der', Buffer.concat([bytes('ec256.sec1.key.der'), Buffer.from('\r\n')]));
    const r = await validateBundle({ cert: raw('c.pem', 'ec256.crt'), key: sec1, chain: raw('d.pem', 'ec-chain.pem') }, { now: NOW });
    expect(lines(r)).toEqual([
      'input-repaired info null: k.der has extra bytes after its DER data (2: a line end or padding added on the way); they are left out',
      'input-converted info null: k.der is a DER private key; it will be sent as PEM',
    ]);
    const ed = raw('e.der', Buffer.concat([der(bytes('ed25519.key').toString()), Buffer.from('\n')]));
    expect(der(bytes('ed25519.key').toString())[1]).toBeLessThan(0x80);
    const e = await validateBundle({ cert: raw('c.pem', 'ed25519.crt'), key: ed, chain: raw('d.pem', 'rsa-chain.pem') }, { now: NOW });
    expect(lines(e).filter((l) => l.startsWith('key-unparsable'))).toEqual([]);
    expect(lines(e).filter((l) => l.startsWith('input-'))).toEqual([
      'input-repaired info null: e.der has extra bytes after its DER data (1: a line end or padding added on the way); they are left out',
      'input-converted info null: e.der is a DER private key; it will be sent as PEM',
    ]);
  });

  it('other bytes after it are no line end: still not read', async () => {
    const r = await validateBundle({ cert: raw('c.der', Buffer.concat([der(LEAF), Buffer.from('garbage')])), key: KEY }, { now: NOW });
    expect(lines(r)).toEqual(['cert-unparsable error SCM.0031: c.der is binary (DER) data but not an X.509 certificate']);
  });
});

describeFixtures('an input without a usable certificate: one finding, the rule of its role', () => {
  const noBegin = (pem: string): string => pem.replace('-----BEGIN CERTIFICATE-----\n', '');
  it.each([
    ['a CSR', raw('c.csr', 'variants/rsa.csr'), 'cert-unparsable error SCM.0031: c.csr holds a certificate signing request (CSR), not a certificate: the certificate is what your CA sends back for it'],
    ['an old-style CSR', raw('c.csr', Buffer.from(bytes('variants/rsa.csr').toString().replace(/CERTIFICATE REQUEST/g, 'NEW CERTIFICATE REQUEST'))), 'cert-unparsable error SCM.0031: c.csr holds a certificate signing request (CSR), not a certificate: the certificate is what your CA sends back for it'],
    ['other blocks, each named', raw('c.pem', Buffer.from(`${bytes('rsa.pub.pem')}-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n`)), 'cert-unparsable error SCM.0031: c.pem holds no certificate, only a PUBLIC KEY block, an EC PARAMETERS block'],
    ['the leaf without its BEGIN line', raw('c.pem', Buffer.from(noBegin(LEAF) + INTER)), 'cert-armor-missing error SCM.0053: c.pem has an -----END----- line without its -----BEGIN----- line'],
  ])('--cert: %s', async (_, cert, finding) => {
    const r = await validateBundle({ cert, key: KEY }, { now: NOW });
    expect(lines(r)).toEqual([finding]);
    expect(r.certificate).toBeUndefined();
  });

  it('a later block without its BEGIN line: the leaf is still read', async () => {
    const r = await validateBundle({ cert: raw('c.pem', Buffer.from(LEAF + noBegin(INTER))), key: KEY }, { now: NOW });
    expect(lines(r)).toEqual(['cert-armor-missing error SCM.0053: c.pem has an -----END----- line without its -----BEGIN----- line']);
    expect(r.certificate?.subject).toBe('CN=rsa.example.com');
  });

  it.each([
    ['a CSR', 'd.csr', bytes('variants/rsa.csr'), 'chain-unparsable error SCM.0013: d.csr holds a certificate signing request (CSR) and no certificate; a chain holds certificates only'],
    ['a private key', 'd.pem', bytes('other-rsa.key'), 'chain-unparsable error SCM.0013: d.pem holds a PKCS#8 private key and no certificate; a chain holds certificates only'],
    ['a block without its BEGIN line', 'd.pem', Buffer.from(noBegin(INTER)), 'chain-unparsable error SCM.0013: d.pem has an -----END----- line without its -----BEGIN----- line'],
    ['base64 without armor', 'd.pem', bytes('variants/cert-armor-missing.pem'), 'chain-unparsable error SCM.0013: d.pem holds base64 text without the -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- lines of its certificates'],
    ['binary data', 'd.bin', Buffer.from('hello\x01world'), 'chain-unparsable error SCM.0013: d.bin is binary (DER) data but not an X.509 certificate'],
    ['a DER structure that is no certificate', 'd.der', Buffer.from('3003020101', 'hex'), 'chain-unparsable error SCM.0013: d.der is binary (DER) data but not an X.509 certificate'],
    ['DER cut short', 'd.der', bytes('variants/rsa-truncated.der'), 'chain-unparsable error SCM.0013: d.der is binary DER data that stops short (it says 894 bytes, the file has 447): it was cut off in transfer'],
    ['plain text', 'd.pem', Buffer.from('just text\n'), 'chain-unparsable error SCM.0013: d.pem holds no PEM block and is not DER'],
    ['blanks only', 'd.pem', Buffer.from('   \n'), 'chain-too-short error SCM.0109: CN=rsa.example.com would be uploaded alone: d.pem, given as the chain, is empty, and SCM refuses a chain of length 1'],
  ])('--chain: %s', async (_, source, data, finding) => {
    expect(await asChain(data, source)).toEqual([finding]);
  });

  it('in Chinese', async () => {
    expect(await found({ cert: raw('c.pem', Buffer.from('')), key: KEY }, 'zh')).toEqual(['cert-missing error SCM.0031: c.pem 是空的']);
  });
});
