// Part of scripts/gen-fixtures.mjs (its stamp covers this file too): inputs a field test of `scm validate` found
// mishandled. Two complete pairs in one bundle (an RSA and an ECDSA certificate for the same names: nginx's dual
// certificates), IPv6 addresses in the SAN, PKCS#12 protected with ciphers scm cannot run (SM4-CBC, Camellia),
// critical extensions clients do not process (on a leaf, on an intermediate), and a CA download unpacked as it
// comes (one folder per server type), the right key unreadable (encrypted, cut short) beside a key that does
// not match (a stale one, the CA's own), and an SM2 signing pair beside its encryption pair (what `scm export`
// writes, and a CA's SM2 dual-certificate download). Two certificate+key pairs in one PKCS#12 (two sites exported
// together): OpenSSL's CLI writes one key per file, so two of its files are joined with node-forge.
import { createPrivateKey } from 'node:crypto';
import { createRequire } from 'node:module';

/**
 * One PKCS#12 holding every bag of `files` (DER, each `openssl pkcs12 -export` output under `pass`): their
 * AuthenticatedSafe ContentInfos (encrypted each under its own salt) in one, with a new SHA-256 MAC (RFC 7292).
 */
function joinPkcs12(files, pass) {
  const forge = createRequire(import.meta.url)('node-forge');
  const { asn1 } = forge;
  const [U, T] = [asn1.Class.UNIVERSAL, asn1.Type];
  const infos = files.flatMap((der) => {
    const octets = asn1.fromDer(forge.util.createBuffer(der.toString('binary'))).value[1].value[1].value[0];
    return asn1.fromDer(octets.constructed ? octets.value.map((o) => o.value).join('') : octets.value).value;
  });
  const safe = asn1.toDer(asn1.create(U, T.SEQUENCE, true, infos)).getBytes();
  const [salt, iterations] = [forge.random.getBytesSync(8), 2048];
  const hmac = forge.hmac.create();
  hmac.start('sha256', forge.pkcs12.generateKey(pass, forge.util.createBuffer(salt), 3, iterations, 32, forge.md.sha256.create()));
  hmac.update(safe);
  const oid = (o) => asn1.create(U, T.OID, false, asn1.oidToDer(o).getBytes());
  const int = (n) => asn1.create(U, T.INTEGER, false, asn1.integerToDer(n).getBytes());
  const octet = (bytes) => asn1.create(U, T.OCTETSTRING, false, bytes);
  const pfx = asn1.create(U, T.SEQUENCE, true, [int(3),
    asn1.create(U, T.SEQUENCE, true, [oid(forge.pki.oids.data), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [octet(safe)])]),
    asn1.create(U, T.SEQUENCE, true, [
      asn1.create(U, T.SEQUENCE, true, [asn1.create(U, T.SEQUENCE, true, [oid(forge.pki.oids.sha256), asn1.create(U, T.NULL, false, '')]), octet(hmac.getMac().getBytes())]),
      octet(salt), int(iterations)])]);
  return Buffer.from(asn1.toDer(pfx).getBytes(), 'binary');
}

/** `pem`'s key as PKCS#8 carrying a 3,200-byte attribute (RFC 5208 [0] attributes): a real key over 4096 characters. */
function withAttribute(pem) {
  const der = createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' });
  const len = (n) => (n < 128 ? Buffer.from([n]) : n < 256 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 255]));
  const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), len(body.length), body]);
  const inner = der.subarray(der[1] & 0x80 ? 2 + (der[1] & 0x7f) : 2);
  const oid = Buffer.from([0x06, 0x09, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x83, 0xb2, 0x03, 0x0a]); // 1.3.6.1.4.1.55555.10
  const attr = tlv(0x30, Buffer.concat([oid, tlv(0x31, tlv(0x0c, Buffer.from('x'.repeat(3200))))]));
  const b64 = tlv(0x30, Buffer.concat([inner, tlv(0xa0, attr)])).toString('base64').match(/.{1,64}/g).join('\n');
  return `-----BEGIN PRIVATE KEY-----\n${b64}\n-----END PRIVATE KEY-----\n`;
}

/** Everything this part writes; `h` holds the main generator's helpers and certificates. */
export function generateEdges(h) {
  const { openssl, read, write, cert, pfx, C, K, IR, interRsa, leaves, rootSm2, SM2 } = h;
  const L = (dir, files) => {
    for (const [name, content] of Object.entries(files)) write(`bundles/layouts/${dir}/${name}`, content);
  };
  const [leafPem, inter, keyPem] = [read(leaves.rsa), read(interRsa), read(K.leafRsa)];

  // The ECDSA twin of rsa.crt: the same subject and names, its own key.
  const dualEc = cert(C('dual-ec.crt'), K.ec256, '/CN=rsa.example.com', 'rsa', IR);
  L('dual-rsa-ecdsa', { 'rsa.crt': leafPem, 'rsa.key': keyPem, 'ecc.crt': read(dualEc), 'ecc.key': read(K.ec256), 'ca.crt': inter });
  write(C('dual-pairs.pem'), leafPem + keyPem + read(dualEc) + read(K.ec256) + inter);

  // Two sites' full chains in one file and in one PKCS#12 (exported together), with the first site's key: the
  // second chain is one unrelated set, its intermediate no hole in the first's.
  const twoSites = read(leaves.rsa) + read(C('rsa-chain.pem')) + read(leaves.ec256) + read(C('ec-chain.pem'));
  write(C('two-sites.pem'), twoSites);
  pfx('two-sites.pfx', C('two-sites.pem'), K.leafRsa);
  // The same two sites each with its key (rsa.example.com, RSA; ec.example.com, EC P-256): two pairs in one file.
  const export12 = (leaf, key, chain) => openssl('pkcs12', '-export', '-in', leaf, '-inkey', key, '-certfile', chain, '-passout', 'pass:secret');
  write('pfx/two-pairs.pfx', joinPkcs12([export12(leaves.rsa, K.leafRsa, C('rsa-chain.pem')), export12(leaves.ec256, K.ec256, C('ec-chain.pem'))], 'secret'));

  // SM2 dual certificates: the signing pair (sm2.crt) and the encryption pair for the same name, by the same CA.
  const sm2Enc = cert(C('sm2-enc.crt'), K.sm2Enc, '/CN=sm2.example.com', 'sm2Enc', { ca: [rootSm2, K.rootSm2], md: null, extra: SM2 });
  const [sign, signKey, enc, encKey, sm2Root] = [read(leaves.sm2), read(K.sm2), read(sm2Enc), read(K.sm2Enc), read(rootSm2)];
  L('sm2-export', { 'cert.pem': sign, 'chain.pem': sm2Root, 'fullchain.pem': sign + sm2Root, 'privkey.pem': signKey, 'enc-cert.pem': enc, 'enc-privkey.pem': encKey });
  L('sm2-dual', { 'sign.pem': sign, 'sign.key': signKey, 'enc.pem': enc, 'enc.key': encKey, 'ca.pem': sm2Root });
  // An encryption certificate over enc_certificate's 4096 characters (a private extension of 3,200 bytes).
  const bigEnc = cert(C('sm2-enc-big.crt'), K.sm2Enc, '/CN=sm2.example.com', 'sm2Enc', { ca: [rootSm2, K.rootSm2], md: null, extra: [...SM2, '-addext', `1.3.6.1.4.1.55555.9=ASN1:UTF8String:${'x'.repeat(3200)}`] });
  L('sm2-dual-big-enc', { 'sign.pem': sign, 'sign.key': signKey, 'enc.pem': read(bigEnc), 'enc.key': encKey, 'ca.pem': sm2Root });
  // And its key over enc_private_key's 4096 (an SM2 key is sent as given: it has no traditional form to convert to).
  L('sm2-dual-big-enc-key', { 'sign.pem': sign, 'sign.key': signKey, 'enc.pem': enc, 'enc.key': withAttribute(encKey), 'ca.pem': sm2Root });

  // IP SANs as openssl writes them; Node prints the IPv6 one uncompressed and in upper case.
  const san = (names) => ['-addext', `subjectAltName = ${names}`];
  cert(C('ip6.crt'), K.leafRsa, '/CN=ip6.example.com', 'leafBase', { ...IR, extra: san('DNS:ip6.example.com,IP:2001:db8::1,IP:192.0.2.1,IP:fe80::a:0:0:1') });

  // A negative serial number, which RFC 5280 (4.1.2.2) forbids and Go (since 1.23) refuses (cert() sets its own serial).
  openssl('req', '-x509', '-new', '-key', K.leafRsa, '-subj', '/CN=rsa.example.com', '-days', '36500', '-set_serial', '-12345', '-sha256',
    '-config', 'tmp/openssl.cnf', '-extensions', 'rsa', '-CA', interRsa, '-CAkey', K.interRsa, '-out', C('serial-negative.crt'));

  // A critical extension of a private OID: RFC 5280 4.2 tells every client to reject the certificate.
  cert(C('critical-unknown.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ...IR, extra: ['-addext', '1.2.3.4.5=critical,ASN1:UTF8String:x'] });
  // The same on an intermediate (the chain that is sent), and a critical extension OpenSSL processes but browsers
  // do not (crlDistributionPoints): `openssl verify` passes that one, Chrome refuses it.
  const critInter = cert('pki/inter-critical.crt', K.big2, '/O=scm fixtures/CN=SCM Critical Extension Intermediate', 'inter', { ca: ['pki/root-rsa.crt', K.rootRsa], extra: ['-addext', '1.3.6.1.4.1.55555.7=critical,ASN1:NULL'] });
  cert(C('critical-inter-leaf.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ca: [critInter, K.big2] });
  write(C('critical-inter-chain.pem'), read(critInter));
  cert(C('critical-crldp.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ...IR, extra: ['-addext', 'crlDistributionPoints=critical,URI:http://crl.example.com/r2.crl'] });

  // GoDaddy's G2 root twice in a chain given in order: self-signed, then cross-signed by Class 2 (every link holds
  // by name: the self-signed root's issuer is the next subject), the same with Class 2 after it, and the copies the
  // other way round (the cross-signed copy's issuer, Class 2, is not the subject of the self-signed root after it).
  const gd = (name) => read(`pki/gd-${name}.crt`);
  write(C('gd-fullchain-root-then-cross.pem'), read(C('gd-leaf.crt')) + gd('inter-g2') + gd('root-g2') + gd('root-g2-cross'));
  write(C('gd-chain-root-cross-class2.pem'), gd('inter-g2') + gd('root-g2') + gd('root-g2-cross') + gd('class2'));
  write(C('gd-chain-cross-then-root.pem'), gd('inter-g2') + gd('root-g2-cross') + gd('root-g2'));

  // PKCS#12 with the PBES2 ciphers GM tools (SM4-CBC) and OpenSSL 3's -certpbe/-keypbe write, which scm opens.
  for (const [out, cipher] of [['sm4.pfx', 'SM4-CBC'], ['camellia.pfx', 'CAMELLIA-256-CBC']]) {
    pfx(out, leaves.rsa, K.leafRsa, { chain: C('rsa-chain.pem'), extra: ['-certpbe', cipher, '-keypbe', cipher] });
  }

  // The key that matches cannot be read, and another key sits beside it: the unreadable one is the cause.
  const stale = read(C('ec256.key'));
  const cut = `${keyPem.split('\n').slice(0, 12).join('\n')}\n-----END PRIVATE KEY-----\n`;
  L('encrypted-key-stale', { 'fullchain.pem': leafPem + inter, 'privkey.pem': read(C('rsa.encrypted-pkcs8.key')), 'privkey-old.pem': stale });
  L('encrypted-legacy-key-stale', { 'fullchain.pem': leafPem + inter, 'key.pem': read(C('rsa.encrypted-legacy.key')), 'old.key': stale });
  L('encrypted-key-ca-key', { 'fullchain.pem': leafPem + inter, 'privkey.pem': read(C('rsa.encrypted-pkcs8.key')), 'ca.key': read(K.interRsa) });
  L('truncated-key-stale', { 'fullchain.pem': leafPem + inter, 'privkey.pem': cut, 'privkey-old.pem': stale });
  write(C('two-keys-stale-then-encrypted.pem'), stale + read(C('rsa.encrypted-pkcs8.key')));
  write(C('two-keys-encrypted-then-stale.pem'), read(C('rsa.encrypted-pkcs8.key')) + stale);

  // `openssl pkcs12 -export -in leaf.pem -certfile fullchain.pem`: the leaf twice in the file, sent once.
  pfx('dup-leaf.pfx', leaves.rsa, K.leafRsa, { chain: C('rsa-fullchain.pem') });

  // The intermediate reissued by its own root (same subject, key and issuer) for 50 years: beside the usual copy,
  // the two differ only in their dates (with SCM_NOW 75 years on, this copy has expired and the other has not).
  const reissued = cert('pki/inter-rsa-50y-same-root.crt', K.interRsa, '/O=scm fixtures/CN=SCM Test Intermediate R2', 'inter', { ca: ['pki/root-rsa.crt', K.rootRsa], days: '18250' });
  L('reissued-intermediate', { 'cert.pem': leafPem, 'chain.pem': inter, 'old-chain.pem': read(reissued), 'privkey.pem': keyPem });

  // A CA's download unpacked as it comes: a CSR at the top, one folder per server type below.
  const csr = openssl('req', '-new', '-key', K.leafRsa, '-subj', '/CN=rsa.example.com').toString();
  L('ca-download', {
    'rsa.example.com.csr': csr,
    'Nginx/rsa.example.com_bundle.crt': leafPem + inter, 'Nginx/rsa.example.com.key': keyPem,
    'Apache/rsa.example.com.crt': leafPem, 'Apache/root_bundle.crt': inter, 'Apache/rsa.example.com.key': keyPem,
    'IIS/keystorePass.txt': 'secret\n',
  });
  L('ca-download-bare', { 'Nginx/rsa.example.com_bundle.crt': leafPem + inter, 'Nginx/rsa.example.com.key': keyPem, 'Tomcat/notes.txt': 'nothing here\n' });
}
