// What pool.ts reads out of each file of a bundle read by content (PEM, DER, PKCS#12, broken blocks), and how
// --cert, --key and --chain given with the files replace one role each: exact findings, leaf and payload.
import forge from 'node-forge';
import { expect, it } from 'vitest';
import { tlvAt, valueOf } from '../../src/core/validate/der.js';
import type { RawInput } from '../../src/core/validate/types.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes, lines, readTogether, type Named } from '../helpers/named-files.js';

const raw = (source: string, rel: string | Buffer): RawInput => ({ source, data: typeof rel === 'string' ? bytes(rel) : rel });
const LEAF = bytes('rsa.crt').toString();
const INTER = bytes('pki/inter-rsa.crt').toString();
const KEY = bytes('rsa.key').toString();
/** What is sent for rsa.key (PKCS#8): the same key as PKCS#1, the form WAF, ELB and CDN take (key-form.ts). */
const SENT_KEY = bytes('rsa.pkcs1.key').toString();
const crlf = (rel: string): Buffer => Buffer.from(bytes(rel).toString().replace(/\n/g, '\r\n'));
const RSA_CHAIN = ['CN=rsa.example.com (leaf, RSA 2048)', 'CN=SCM Test Intermediate R2 (intermediate, RSA 2048)', 'O=scm fixtures, CN=SCM Test Root R1 (issuer of CN=SCM Test Intermediate R2, not included)'];
const LEAF_ALONE = ['CN=rsa.example.com (leaf, RSA 2048)', 'O=scm fixtures, CN=SCM Test Intermediate R2 (issuer of CN=rsa.example.com, not included)'];

/** A PKCS#12 file holding the leaf and its intermediate and no private key (what `openssl pkcs12 -export -nokeys` makes). */
function certsOnlyPfx(): Buffer {
  const certs = [LEAF, INTER].map((p) => forge.pki.certificateFromPem(p));
  return Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(null, certs, 'secret', { algorithm: '3des' })).getBytes(), 'binary');
}

describeFixtures('PKCS#12 among the files', () => {
  it('certificates without a key: the conversion counts them and says no key; the key comes from elsewhere or is missing', async () => {
    const pfx = certsOnlyPfx();
    const alone = await readTogether([], { pfx: raw('n.pfx', pfx), pfxPassword: 'secret' });
    expect(lines(alone)).toEqual(['key-empty error SCM.0059: n.pfx holds no private key', 'input-converted info null: n.pfx is PKCS#12; its 2 certificates will be sent as PEM']);
    expect(alone.certificate?.chain).toEqual(RSA_CHAIN);
    for (const extra of [{ pfx: raw('n.pfx', pfx) }, {}]) {
      const files: Named = 'pfx' in extra ? [['k.pem', 'rsa.key']] : [['n.pfx', pfx], ['k.pem', 'rsa.key']];
      const r = await readTogether(files, { ...extra, pfxPassword: 'secret' });
      expect(lines(r)).toEqual(['input-converted info null: n.pfx is PKCS#12; its 2 certificates will be sent as PEM']);
      expect(r.payload).toEqual({ certificate: LEAF, certificate_chain: INTER, private_key: SENT_KEY });
    }
  });

  it('a PKCS#12 whose outer SEQUENCE has BER\'s indefinite length is read among the files too', async () => {
    const der = certsOnlyPfx();
    const outer = tlvAt(der, 0)!;
    const ber = Buffer.concat([Buffer.from([0x30, 0x80]), valueOf(der, outer), Buffer.alloc(2)]);
    const r = await readTogether([['n.pfx', ber], ['k.pem', 'rsa.key']], { pfxPassword: 'secret' });
    expect(lines(r)).toEqual(['input-converted info null: n.pfx is PKCS#12; its 2 certificates will be sent as PEM']);
    expect(r.payload).toEqual({ certificate: LEAF, certificate_chain: INTER, private_key: SENT_KEY });
  });

  it('a certificate the file holds twice is counted once, as it is sent once', async () => {
    const r = await readTogether([], { pfx: raw('d.pfx', 'pfx/dup-leaf.pfx'), pfxPassword: 'secret' });
    expect(lines(r)).toEqual(['input-converted info null: d.pfx is PKCS#12; its 2 certificates and private key will be sent as PEM']);
    expect(r.payload).toEqual({ certificate: LEAF, certificate_chain: INTER, private_key: SENT_KEY });
    const extra = await readTogether([], { pfx: raw('e.pfx', 'pfx/dup-leaf-extra-root.pfx'), pfxPassword: 'secret' });
    expect(lines(extra)).toContain('input-converted info null: e.pfx is PKCS#12; 2 of its 3 certificates and its private key will be sent as PEM (the others are not part of the chain)');
  });

  it('one certificate and its key', async () => {
    const r = await readTogether([], { pfx: raw('x.pfx', 'pfx/leaf-only.pfx'), pfxPassword: 'secret' });
    expect(lines(r)).toEqual([
      'chain-too-short error SCM.0109: CN=rsa.example.com would be uploaded alone: x.pfx holds no intermediate certificate, and SCM refuses a chain of length 1',
      'input-converted info null: x.pfx is PKCS#12; its certificate and private key will be sent as PEM',
    ]);
    expect(r.keyType).toBe('RSA 2048');
  });

  it('--pfx that is not PKCS#12 is an input error, even though it holds a certificate', async () => {
    await expect(readTogether([], { pfx: raw('x.pfx', 'rsa.crt') })).rejects.toMatchObject({ message: 'x.pfx is not a PKCS#12 (.pfx/.p12) file', path: 'x.pfx' });
  });
});

describeFixtures('a certificate in two files that differ is one certificate', () => {
  it.each([
    ['PEM twice, with other line ends', [['a.pem', 'rsa-fullchain.pem'], ['b.pem', crlf('rsa-fullchain.pem')], ['k.pem', 'rsa.key']], []],
    ['PKCS#12 and PEM', [['s.pfx', 'pfx/rsa.pfx'], ['f.pem', 'rsa-fullchain-with-root.pem']], [
      'input-converted info null: s.pfx is PKCS#12; its 3 certificates and private key will be sent as PEM',
      'chain-includes-root info null: the chain ends with the self-signed root CN=SCM Test Root R1 (1151 characters), after an intermediate; a client that trusts this root already holds it',
    ]],
  ] as Array<[string, Named, string[]]>)('%s: no duplicate, no stray, no broken block', async (_, files, expected) => {
    const r = await readTogether(files, { pfxPassword: 'secret' });
    expect(lines(r)).toEqual(expected);
    expect(r.certificate?.subject).toBe('CN=rsa.example.com');
  });

  // A stray certificate read twice would be reported twice: once, from the first file that holds it.
  const STRAY = (cn: string): string => `chain-unrelated-cert warning null: CN=${cn} (certificate 1 in e.pem) is another end-entity certificate, not the one for this bundle; it is not sent`;
  it('a stray certificate in two PEM files is reported once', async () => {
    const r = await readTogether([['a.pem', 'rsa-fullchain.pem'], ['k.pem', 'rsa.key'], ['e.pem', 'ec256.crt'], ['e2.pem', crlf('ec256.crt')]]);
    expect(lines(r)).toEqual([STRAY('ec.example.com')]);
  });

  // The missing-leaf finding lists the CA certificates read: each once, however many files hold it.
  const ONLY_CAS = (files: string, held: string): string => `cert-missing error SCM.0031: no end-entity certificate among ${files}: they hold only CA certificates (${held})`;
  it('CA certificates in two PEM files are listed once', async () => {
    const r = await readTogether([['a.pem', 'rsa-chain.pem'], ['b.pem', crlf('rsa-chain.pem')], ['k.pem', 'rsa.key']]);
    expect(lines(r)).toEqual([ONLY_CAS('a.pem, b.pem, k.pem', 'CN=SCM Test Intermediate R2')]);
  });

  it('CA certificates in a PEM file and in a PKCS#12 file read after it are listed once', async () => {
    const certs = ['pki/inter-rsa.crt', 'pki/root-rsa.crt'].map((rel) => forge.pki.certificateFromPem(bytes(rel).toString()));
    const pfx = Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(null, certs, 'secret', { algorithm: '3des' })).getBytes(), 'binary');
    const r = await readTogether([['c.pem', 'pki/inter-rsa.crt'], ['n.pfx', pfx], ['k.pem', 'rsa.key']], { pfxPassword: 'secret' });
    expect(lines(r)).toEqual([ONLY_CAS('c.pem, n.pfx, k.pem', 'CN=SCM Test Intermediate R2, CN=SCM Test Root R1'), 'input-converted info null: n.pfx is PKCS#12; its 2 certificates will be sent as PEM']);
  });
});

describeFixtures('broken certificate blocks in a file', () => {
  const KEYED: Named = [['c.pem', 'rsa-chain.pem'], ['k.pem', 'rsa.key']];
  it.each([
    ['DER cut short', 't.der', 'variants/rsa-truncated.der', 'cert-unparsable error SCM.0031: t.der is binary DER data that stops short (it says 894 bytes, the file has 447): it was cut off in transfer'],
    ['base64 without armor', 'b.pem', 'variants/cert-armor-missing.pem', 'cert-armor-missing error SCM.0053: b.pem holds base64 text without -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- lines'],
    ['a block without its END line', 'a.pem', 'variants/cert-no-end.pem', 'cert-armor-missing error SCM.0053: the certificate in a.pem has no -----END CERTIFICATE----- line'],
  ])('%s, next to a key no certificate matches: it was the leaf', async (_, name, rel, finding) => {
    const r = await readTogether([[name, rel], ...KEYED]);
    expect(lines(r)).toEqual([finding]);
    expect(r.certificate).toBeUndefined();
  });

  it('base64 without armor that is not a certificate (a bare key) is no broken certificate', async () => {
    // Another key's body: the bare body of rsa.key would be read as part of k.pem (its bytes are inside it).
    const bare = Buffer.from(bytes('other-rsa.key').toString().replace(/-----[^\n]*\n/g, ''));
    const r = await readTogether([['a.pem', 'rsa-fullchain.pem'], ['k.pem', 'rsa.key'], ['notes.txt', bare]]);
    expect(lines(r)).toEqual([]);
  });

  it('an END line left over after the certificates is a broken chain certificate after them', async () => {
    const r = await readTogether([['a.pem', Buffer.from(`${bytes('rsa-fullchain.pem')}-----END CERTIFICATE-----\n`)], ['k.pem', 'rsa.key']]);
    expect(lines(r)).toEqual(['chain-unparsable error SCM.0013: a.pem has an -----END----- line without its -----BEGIN----- line']);
    expect(r.certificate?.chain).toEqual(LEAF_ALONE);
  });

  it('a leaf whose BEGIN line was lost, next to its chain and key, is the leaf that cannot be read (not "only CA certificates")', async () => {
    const noBegin = Buffer.from(LEAF.split('\n').slice(1).join('\n'));
    const r = await readTogether([['cert.pem', noBegin], ['chain.pem', 'pki/inter-rsa.crt'], ['k.pem', 'rsa.key']]);
    expect(lines(r)).toEqual(['cert-armor-missing error SCM.0053: cert.pem has an -----END----- line without its -----BEGIN----- line']);
  });

  it('a key whose BEGIN line was lost is the reason there is no key', async () => {
    const noBegin = Buffer.from(KEY.split('\n').slice(1).join('\n'));
    const r = await readTogether([['a.pem', 'rsa-fullchain.pem'], ['k.pem', noBegin]]);
    expect(lines(r)).toEqual(['key-armor-missing error SCM.0114: k.pem has an -----END line without its -----BEGIN line']);
  });
});

describeFixtures('keys in a bundle', () => {
  it('a DER key is converted (one finding); a DER structure that is no key adds nothing', async () => {
    const r = await readTogether([['a.pem', 'rsa-fullchain.pem'], ['k.der', 'rsa.key.der'], ['x.der', Buffer.from('3003020101', 'hex')]]);
    expect(lines(r)).toEqual(['input-converted info null: k.der is a DER private key; it will be sent as PEM']);
    expect(r.payload).toEqual({ certificate: LEAF, certificate_chain: INTER, private_key: SENT_KEY });
  });

  it('an encrypted DER key is the reason there is no key, said once', async () => {
    const r = await readTogether([['a.pem', 'rsa-fullchain.pem'], ['k.der', 'rsa.encrypted-pkcs8.key.der']]);
    expect(lines(r)).toEqual(['key-encrypted error SCM.0012: k.der is an encrypted PKCS#8 private key (DER)']);
    expect(r.keyType).toBeUndefined();
  });

  it('the same key twice is one key (no stray-key finding)', async () => {
    const r = await readTogether([['a.pem', 'rsa-fullchain.pem'], ['k.pem', 'rsa.key'], ['k.der', 'rsa.key.der']]);
    expect(lines(r)).toEqual(['input-converted info null: k.der is a DER private key; it will be sent as PEM']);
    expect(r.payload?.private_key).toBe(SENT_KEY);
  });

  it('the same key in two files that differ (line ends) is one key: the single-key message', async () => {
    const r = await readTogether([['a.pem', 'rsa-fullchain.pem'], ['a.key', 'other-rsa.key'], ['b.key', crlf('other-rsa.key')]]);
    expect(lines(r)).toEqual(['key-mismatch error SCM.0014: the private key in a.key (RSA 2048) does not match the certificate CN=rsa.example.com (RSA 2048)']);
  });

  it('standard input is named as such', async () => {
    expect(lines(await readTogether([['-', 'rsa-fullchain.pem']]))).toEqual(['key-empty error SCM.0059: standard input holds no private key']);
  });
});

describeFixtures('--cert, --key, --chain with the files: each replaces one role', () => {
  const FILES: Named = [['a.pem', 'rsa-fullchain-with-root.pem'], ['k.pem', 'rsa.key']];

  it('--cert: its certificate is the leaf even when the key is another\'s', async () => {
    const r = await readTogether(FILES, { cert: raw('c.pem', 'ec256.crt') });
    expect(r.certificate?.subject).toBe('CN=ec.example.com');
    // The files' own end-entity certificate is dropped: only a chain finding about the forced leaf remains.
    expect(lines(r)).toEqual([
      'key-mismatch error SCM.0014: the private key in k.pem (RSA 2048) does not match the certificate CN=ec.example.com (EC P-256)',
      'chain-broken error SCM.0079: CN=ec.example.com was issued by CN=SCM Test Intermediate E2, which is not in the chain (it holds CN=SCM Test Intermediate R2, CN=SCM Test Root R1)',
    ]);
  });

  it('--cert: the files\' key that matches it is used, the others are strays; none matching names them all', async () => {
    const keys: Named = [['a.key', 'ec256.key'], ['k.pem', 'rsa.key'], ['o.key', 'other-rsa.key'], ['i.pem', 'pki/inter-rsa.crt']];
    const r = await readTogether(keys, { cert: raw('c.pem', 'rsa.crt') });
    expect(r.keyType).toBe('RSA 2048');
    expect(lines(r)).toEqual([
      'key-extra-ignored info null: a.key holds a private key (EC P-256) that matches no certificate of the bundle; it is not used',
      'key-extra-ignored info null: o.key holds a private key (RSA 2048) that matches no certificate of the bundle; it is not used',
    ]);
    const none = await readTogether([['k.pem', 'rsa.key'], ['o.key', 'other-rsa.key'], ['i.pem', 'pki/inter-ec.crt']], { cert: raw('c.pem', 'ec256.crt') });
    expect(lines(none)).toEqual(['key-mismatch error SCM.0014: none of the private keys (k.pem, o.key) matches the certificate CN=ec.example.com (EC P-256)']);
  });

  it('--cert with its chain and key: the leaf, the chain after it, the key from it', async () => {
    const r = await readTogether([['a.pem', 'pki/root-rsa.crt']], { cert: raw('c.pem', 'variants/fullchain-with-key.pem') });
    expect(lines(r)).toEqual(['chain-includes-root info null: the chain ends with the self-signed root CN=SCM Test Root R1 (1151 characters), after an intermediate; a client that trusts this root already holds it']);
    expect(r.payload).toEqual({ certificate: LEAF, certificate_chain: INTER + bytes('pki/root-rsa.crt').toString(), private_key: SENT_KEY });
  });

  it.each([
    ['unreadable', 'variants/cert-bad-base64.pem', ['cert-unparsable error SCM.0031: the certificate in c.pem is not valid base64']],
    ['empty', Buffer.from(''), ['cert-missing error SCM.0031: c.pem is empty']],
  ])('--cert %s: no leaf, and no end-entity certificate of the files takes its place', async (_, rel, expected) => {
    const r = await readTogether(FILES, { cert: raw('c.pem', rel) });
    expect(lines(r)).toEqual(expected);
    expect(r.certificate).toBeUndefined();
    expect(r.keyType).toBe('RSA 2048');
  });

  it('--cert whose second block is broken: the chain is not checked', async () => {
    const r = await readTogether([['a.pem', 'pki/inter-rsa.crt'], ['k.pem', 'rsa.key']], { cert: raw('c.pem', 'variants/fullchain-bad-second.pem') });
    expect(lines(r)).toEqual(['chain-unparsable error SCM.0013: certificate 2 in c.pem is not valid base64']);
    expect(r.certificate?.chain).toEqual(LEAF_ALONE);
  });

  it('--chain replaces the CA certificates of the files, and is read as given', async () => {
    const r = await readTogether(FILES, { chain: raw('c.pem', 'rsa-chain.pem') });
    expect(lines(r)).toEqual([]);
    expect(r.payload).toEqual({ certificate: LEAF, certificate_chain: INTER, private_key: SENT_KEY });
    const empty = await readTogether(FILES, { chain: raw('c.pem', Buffer.from('')) });
    expect(lines(empty)).toEqual(['chain-too-short error SCM.0109: CN=rsa.example.com would be uploaded alone: c.pem, given as the chain, is empty, and SCM refuses a chain of length 1']);
    const broken = await readTogether(FILES, { chain: raw('c.pem', 'variants/fullchain-bad-second.pem') });
    expect(lines(broken)).toEqual(['chain-unparsable error SCM.0013: certificate 2 in c.pem is not valid base64']);
  });

  it('--cert and --chain together', async () => {
    const r = await readTogether(FILES, { cert: raw('c.pem', 'rsa.crt'), chain: raw('d.pem', 'rsa-chain.pem') });
    expect(lines(r)).toEqual([]);
    expect(r.payload).toEqual({ certificate: LEAF, certificate_chain: INTER, private_key: SENT_KEY });
  });

  it('--key replaces every key of the files, and what was wrong with them', async () => {
    const files: Named = [['a.pem', 'rsa-fullchain.pem'], ['k.pem', 'other-rsa.key'], ['e.pem', 'rsa.encrypted-pkcs8.key']];
    const r = await readTogether(files, { key: raw('r.pem', 'rsa.key') });
    expect(lines(r)).toEqual([]);
    expect(r.payload?.private_key).toBe(SENT_KEY);
    const bad = await readTogether([['a.pem', 'rsa-fullchain.pem'], ['k.pem', 'rsa.key']], { key: raw('r.pem', 'variants/key-corrupt.key') });
    expect(lines(bad)).toEqual(['key-unparsable error SCM.0012: the PKCS#8 private key in r.pem does not parse']);
    expect(bad.keyType).toBeUndefined();
    const wrong = await readTogether([['a.pem', 'rsa-fullchain.pem'], ['k.pem', 'rsa.key']], { cert: raw('c.pem', 'variants/fullchain-with-key.pem'), key: raw('r.pem', 'other-rsa.key') });
    expect(lines(wrong)).toEqual(['key-mismatch error SCM.0014: the private key in r.pem (RSA 2048) does not match the certificate CN=rsa.example.com (RSA 2048)']);
  });
});
