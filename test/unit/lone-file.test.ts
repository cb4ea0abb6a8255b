// `scm validate FILE` with one file that holds nothing of a bundle (notes, an empty file, random bytes, an SSH
// public key, a DER structure that is no certificate or key): the wrong file, one finding saying what it is, not
// "holds no certificate" and "holds no private key" (one cause, one finding). A lone chain file still lacks two
// things a fix must give (the leaf and the key): both are said, as before.
import { expect, it } from 'vitest';
import { describeFixtures } from '../helpers/fixtures.js';
import { bytes, lines, readTogether } from '../helpers/named-files.js';

const SSH = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGmLqPjR8nXqv4X5n3yQmXlcY0Q2m2m7D8zZp0v3dJ8a user@host\n';

describeFixtures('a lone file that holds nothing of a bundle', () => {
  it.each([
    ['notes', 'notes.txt', Buffer.from('renew before March\n'), 'cert-missing error SCM.0031: notes.txt holds no certificate or private key: no PEM block, and it is not DER'],
    ['an SSH public key', 'id_ed25519.pub', Buffer.from(SSH), 'cert-missing error SCM.0031: id_ed25519.pub holds an SSH public key (one line, as in id_rsa.pub), no certificate or TLS key: TLS needs the certificate your CA issued and the private key your CSR was made with, in PEM'],
    ['an empty file', 'cert.pem', Buffer.alloc(0), 'cert-missing error SCM.0031: cert.pem is empty'],
    ['blank lines only', 'cert.pem', Buffer.from('\n\n  \n'), 'cert-missing error SCM.0031: cert.pem is empty'],
    ['random bytes', 'x.bin', Buffer.from('00ff13a7e2c4990001', 'hex'), 'cert-missing error SCM.0031: x.bin is binary data, but no certificate, private key or PKCS#12 file'],
    ['a DER structure that is no certificate or key', 'x.der', Buffer.from('3003020101', 'hex'), 'cert-missing error SCM.0031: x.der is binary data, but no certificate, private key or PKCS#12 file'],
  ])('%s: one finding', async (_, name, data, expected) => {
    expect(lines(await readTogether([[name, data]]))).toEqual([expected]);
  });

  it('in Chinese too', async () => {
    expect(lines(await readTogether([['notes.txt', Buffer.from('hello\n')]], {}, 'zh'))).toEqual(['cert-missing error SCM.0031: notes.txt 中没有证书或私钥：没有 PEM 块，也不是 DER 格式']);
    expect(lines(await readTogether([['x.bin', Buffer.from('00ff13a7e2c4990001', 'hex')]], {}, 'zh'))).toEqual(['cert-missing error SCM.0031: x.bin 是二进制数据，但不是证书、私钥或 PKCS#12 文件']);
  });

  it('beside other files it is no bundle\'s business: what the others lack is said as before', async () => {
    expect(lines(await readTogether([['a.pem', 'rsa-fullchain.pem'], ['b.txt', Buffer.from('notes\n')]]))).toEqual(['key-empty error SCM.0059: no private key among a.pem, b.txt']);
    expect(lines(await readTogether([['notes.txt', Buffer.from('hello\n')], ['k.pem', 'rsa.key']]))).toEqual(['cert-missing error SCM.0031: no certificate among notes.txt, k.pem']);
  });

  it('a lone file of a bundle with a part scm cannot read is no wrong file: what it holds is said, and what it lacks', async () => {
    // A certificate block that does not decode, or a key that is encrypted, still counts as read: not "no PEM block".
    const broken = Buffer.from(bytes('rsa-fullchain.pem').toString().replace(/(-----BEGIN CERTIFICATE-----[\s\S]*?-----BEGIN CERTIFICATE-----\n)[A-Za-z0-9+/]{20}/, '$1!!!!!!!!!!!!!!!!!!!!'));
    expect(lines(await readTogether([['fullchain.pem', broken]]))).toEqual(['chain-unparsable error SCM.0013: certificate 2 in fullchain.pem is not valid base64', 'key-empty error SCM.0059: fullchain.pem holds no private key']);
    expect(lines(await readTogether([['key.pem', 'ec256.encrypted-legacy.key']]))).toEqual(['cert-missing error SCM.0031: key.pem holds no certificate', 'key-encrypted error SCM.0012: key.pem holds a password-protected SEC1 EC private key (Proc-Type: 4,ENCRYPTED, AES-256-CBC)']);
    expect(lines(await readTogether([['key.pem', 'ec256.encrypted-legacy.key']], {}, 'zh'))[0]).toBe('cert-missing error SCM.0031: key.pem 中没有证书');
  });

  it('a lone chain file lacks the leaf and the key, two things to give: both said', async () => {
    expect(lines(await readTogether([['a.pem', 'rsa-chain-with-root.pem']])).map((l) => l.split(':')[0])).toEqual(['cert-missing error SCM.0031', 'key-empty error SCM.0059']);
  });
});

describeFixtures('a block whose label already says block', () => {
  it('a PGP key block is named once as a block ("a PGP PUBLIC KEY BLOCK", not "... BLOCK block"), in both languages', async () => {
    const pgp = Buffer.from('-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQENBF1234\n=abcd\n-----END PGP PUBLIC KEY BLOCK-----\n');
    expect(lines(await readTogether([['key.asc', pgp]]))).toEqual(['cert-missing error SCM.0031: key.asc holds no certificate, only a PGP PUBLIC KEY BLOCK']);
    expect(lines(await readTogether([['key.asc', pgp]], {}, 'zh'))).toEqual(['cert-missing error SCM.0031: key.asc 中没有证书，只有 PGP PUBLIC KEY BLOCK']);
    expect(lines(await readTogether([['fullchain.pem', 'ec-fullchain.pem'], ['privkey.pem', 'ec256.key'], ['key.asc', pgp]]))).toEqual(['input-not-sent info null: key.asc holds a PGP PUBLIC KEY BLOCK, not a certificate or a key of the bundle; it is not sent']);
  });
});

describeFixtures('a PKCS#12 file holding a key and no certificate (openssl pkcs12 -export -nocerts)', () => {
  it('its conversion note says what it holds, not "its 0 certificates and private key will be sent"', async () => {
    const forge = (await import('node-forge')).default;
    const key = forge.pki.privateKeyFromPem(bytes('rsa.key').toString());
    // forge takes null for "no certificate" (an empty array makes it read cert[0]); its typings leave null out.
    const noCert = null as unknown as Parameters<typeof forge.pkcs12.toPkcs12Asn1>[1];
    const pfx = Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, noCert, 'secret', { algorithm: '3des' })).getBytes(), 'binary');
    const en = await readTogether([], { pfx: { source: 'k.pfx', data: pfx }, pfxPassword: 'secret' });
    expect(lines(en)).toEqual(['cert-missing error SCM.0031: k.pfx holds no certificate', 'input-converted info null: k.pfx is PKCS#12; its private key will be sent as PEM']);
    const zh = await readTogether([], { pfx: { source: 'k.pfx', data: pfx }, pfxPassword: 'secret' }, 'zh');
    expect(lines(zh)[1]).toBe('input-converted info null: k.pfx 是 PKCS#12 文件；其中的私钥将转换为 PEM 发送');
  });
});
