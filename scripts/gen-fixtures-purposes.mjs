// Part of scripts/gen-fixtures.mjs (its stamp covers this file too): certificates whose extensions keep TLS
// servers from using them beyond an extendedKeyUsage without serverAuth (gen-fixtures-chain-rules.mjs has those):
// openssl verify -purpose sslserver refuses each ("unsuitable certificate purpose", error 26).
const CA = ['basicConstraints = critical,CA:TRUE', 'keyUsage = critical,keyCertSign,cRLSign', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always'];
const LEAF = ['basicConstraints = critical,CA:FALSE', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always', 'subjectAltName = DNS:www.example.com'];
const SECTIONS = {
  // anyExtendedKeyUsage alone: browsers take it for serverAuth, OpenSSL does not (XKU_ANYEKU is not XKU_SSL_SERVER).
  ekuAny: [...LEAF, 'keyUsage = critical,digitalSignature', 'extendedKeyUsage = anyExtendedKeyUsage'],
  ekuAnyClient: [...LEAF, 'keyUsage = critical,digitalSignature', 'extendedKeyUsage = anyExtendedKeyUsage,clientAuth'],
  ekuAnyCa: [...CA, 'extendedKeyUsage = anyExtendedKeyUsage'],
  serverLeaf: [...LEAF, 'keyUsage = critical,digitalSignature', 'extendedKeyUsage = serverAuth'],
  // keyUsage without digitalSignature, keyEncipherment and keyAgreement: OpenSSL's ku_reject (error 26).
  kuCertSign: [...LEAF, 'keyUsage = critical,keyCertSign', 'extendedKeyUsage = serverAuth'],
  kuNonRepudiation: [...LEAF, 'keyUsage = critical,nonRepudiation', 'extendedKeyUsage = serverAuth'],
  // keyEncipherment alone: verify passes; on an EC key an OpenSSL server refuses TLS 1.2, on an RSA key it serves it.
  kuEncipherment: [...LEAF, 'keyUsage = critical,keyEncipherment', 'extendedKeyUsage = serverAuth'],
  // Netscape's nsCertType without server: OpenSSL's ns_reject (error 26), beside extendedKeyUsage or alone.
  nsClient: [...LEAF, 'keyUsage = critical,digitalSignature', 'nsCertType = client,email'],
  nsClientEku: [...LEAF, 'keyUsage = critical,digitalSignature', 'nsCertType = client', 'extendedKeyUsage = clientAuth'],
  nsServer: [...LEAF, 'keyUsage = critical,digitalSignature', 'nsCertType = server', 'extendedKeyUsage = serverAuth'],
};

/** Everything this part writes, under cases/ (keys: nc.key for the EC leaves, rsa.key for the RSA ones); `h` holds the main generator's helpers. */
export function generatePurposes(h) {
  const { openssl, read, write, K, rootRsa } = h;
  const C = (name) => `cases/${name}`;
  write('tmp/purposes.cnf', ['[req]', 'distinguished_name = dn', '[dn]', ...Object.entries(SECTIONS).flatMap(([name, lines]) => [`[${name}]`, ...lines])].join('\n') + '\n');
  let serial = 9300;
  const sign = (out, keyRel, subj, section, ca) => {
    openssl('req', '-x509', '-new', '-key', keyRel, '-subj', subj, '-days', '36500', '-set_serial', String(serial++), '-sha256',
      '-config', 'tmp/purposes.cnf', '-extensions', section, '-CA', ca[0], '-CAkey', ca[1], '-out', out);
    return out;
  };
  // Each leaf under the RSA root, sent with it (leaf + root: the root issued it, so it is the whole chain).
  const leaf = (name, section, keyRel = K.routeLeaf) => write(C(`${name}-fullchain.pem`), read(sign(C(`${name}.crt`), keyRel, '/CN=www.example.com', section, [rootRsa, K.rootRsa])) + read(rootRsa));
  leaf('eku-any', 'ekuAny');
  leaf('eku-any-client', 'ekuAnyClient');
  leaf('ku-cert-sign', 'kuCertSign');
  leaf('ku-non-repudiation', 'kuNonRepudiation', K.leafRsa);
  leaf('ku-ec-encipherment', 'kuEncipherment');
  leaf('ku-rsa-encipherment', 'kuEncipherment', K.leafRsa);
  leaf('ns-client', 'nsClient');
  leaf('ns-client-eku', 'nsClientEku');
  leaf('ns-server', 'nsServer');
  // An intermediate with anyExtendedKeyUsage alone above a serverAuth leaf: OpenSSL refuses it at depth 1.
  const anyCa = sign('pki/eku-any-ca.crt', K.ncMixed, '/O=scm fixtures/CN=SCM Any Purpose CA', 'ekuAnyCa', [rootRsa, K.rootRsa]);
  write(C('eku-any-ca-fullchain.pem'), read(sign(C('eku-any-ca-leaf.crt'), K.routeLeaf, '/CN=www.example.com', 'serverLeaf', [anyCa, K.ncMixed])) + read(anyCa));
}
