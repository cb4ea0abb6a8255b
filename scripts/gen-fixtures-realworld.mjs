// Part of scripts/gen-fixtures.mjs (its stamp covers this file too): the inputs people really have. Vendor
// bundle layouts (certbot, Sectigo, GoDaddy's cross-signed bundle, DigiCert, Tencent Cloud, hand-made ones),
// chains SCM refuses (a missing middle intermediate, a same-name CA with another key), SHA-1 CAs, key types
// TLS cannot use, internationalised names, OpenSSL 3 PKCS#12 with a non-ASCII password, and text that went
// through Windows, web forms and JSON. Far-future validity everywhere, as in the main generator.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** Keys this part needs, by name -> spec of the main generator's KEY_SPECS (or its own below). */
export const MORE_KEY_SPECS = {
  dsa2048: ['-paramfile', 'keys/dsa-params.pem'],
  dh: ['-algorithm', 'DH', '-pkeyopt', 'group:ffdhe2048'],
  x25519: ['-algorithm', 'X25519'],
  x448: ['-algorithm', 'X448'],
  ed448: ['-algorithm', 'ED448'],
  k1: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:secp256k1'],
  bp256: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:brainpoolP256r1'],
  p192: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-192'],
};

/** Before any key is generated: DSA keys need their parameters first. */
export function prepareKeys(P, existsSync) {
  if (!existsSync(P('keys/dsa-params.pem'))) {
    execFileSync('openssl', ['genpkey', '-genparam', '-algorithm', 'DSA', '-pkeyopt', 'dsa_paramgen_bits:2048', '-out', P('keys/dsa-params.pem')], { stdio: 'ignore' });
  }
}

export function moreKeys(key) {
  return {
    i1: key('deep-i1', 'p256'), i2: key('deep-i2', 'p256'), i3: key('deep-i3', 'p256'), deepLeaf: key('deep-leaf', 'p256'),
    sha1Root: key('sha1-root', 'p256'), sha1Inter: key('sha1-inter', 'p256'), weakInter: key('weak-inter-rsa1024', 'rsa1024'),
    class2: key('gd-class2', 'p256'), g2: key('gd-root-g2', 'p256'), gdInter: key('gd-inter-g2', 'p256'),
    vendorLeaf: key('vendor-leaf', 'p256'), dsa: key('leaf-dsa2048', 'dsa2048'), dh: key('leaf-dh', 'dh'), x25519: key('leaf-x25519', 'x25519'),
    x448: key('leaf-x448', 'x448'), ed448: key('leaf-ed448', 'ed448'), k1: key('leaf-secp256k1', 'k1'), bp256: key('leaf-brainpool', 'bp256'),
    p192: key('leaf-p192', 'p192'), sm2Enc: key('leaf-sm2-enc', 'sm2'),
  };
}

export const MORE_SECTIONS = (leafWith) => ({
  www: leafWith('DNS:www.example.com,DNS:example.com'),
  deep: leafWith('DNS:deep.example.com'),
  keyType: leafWith('DNS:keytype.example.com'),
  agree: ['basicConstraints = critical,CA:FALSE', 'keyUsage = critical,keyAgreement', 'subjectAltName = DNS:keytype.example.com', 'authorityKeyIdentifier = keyid:always'],
  idn: leafWith('DNS:münchen.example,DNS:www.münchen.example'),
  punycode: leafWith('DNS:xn--bcher-kva.example.com,DNS:*.xn--bcher-kva.example.com'),
  // The encryption half of an SM2 (GB/T 38636) dual certificate: for key exchange only, never for signing.
  sm2Enc: ['basicConstraints = critical,CA:FALSE', 'keyUsage = critical,keyEncipherment,dataEncipherment,keyAgreement', 'subjectAltName = DNS:sm2.example.com', 'authorityKeyIdentifier = keyid:always'],
});

/** Everything this part writes; `h` holds the main generator's helpers and certificates. */
export function generateMore(h) {
  const { P, openssl, read, write, cert, cat, pfx, C, K, IR, rootRsa, interRsa, leaves, PASS } = h;
  const days = '36500';
  let serial = 5000;

  // ---- chains SCM refuses, and CAs signed with SHA-1 ----------------------------------------------------------
  // root R1 -> I1 -> I2 -> I3 -> leaf: given without I2, the chain has a hole in the middle.
  const i1 = cert('pki/deep-i1.crt', K.i1, '/O=scm fixtures/CN=SCM Deep Intermediate 1', 'interMid', { ca: [rootRsa, K.rootRsa] });
  const i2 = cert('pki/deep-i2.crt', K.i2, '/O=scm fixtures/CN=SCM Deep Intermediate 2', 'interMid', { ca: [i1, K.i1] });
  const i3 = cert('pki/deep-i3.crt', K.i3, '/O=scm fixtures/CN=SCM Deep Intermediate 3', 'inter', { ca: [i2, K.i2] });
  const deep = cert(C('deep-leaf.crt'), K.deepLeaf, '/CN=deep.example.com', 'deep', { ca: [i3, K.i3] });
  write(C('deep-leaf.key'), read(K.deepLeaf));
  write(C('deep-chain-full.pem'), cat(i3, i2, i1));
  write(C('deep-chain-gap.pem'), cat(i3, i1));
  write(C('deep-chain-gap-root.pem'), cat(i3, i1, rootRsa));
  // A root really signed with SHA-1 (its self-signature does not count), and an intermediate signed with SHA-1.
  const sha1Root = cert('pki/sha1-root.crt', K.sha1Root, '/O=scm fixtures/CN=SCM SHA-1 Root', 'root', { md: '-sha1' });
  const sha256UnderSha1Root = cert('pki/inter-under-sha1-root.crt', K.sha1Inter, '/O=scm fixtures/CN=SCM Intermediate under SHA-1 Root', 'inter', { ca: [sha1Root, K.sha1Root] });
  const sha1Inter = cert('pki/sha1-inter.crt', K.sha1Inter, '/O=scm fixtures/CN=SCM SHA-1 Intermediate', 'inter', { ca: [rootRsa, K.rootRsa], md: '-sha1' });
  cert(C('under-sha1-root.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ca: [sha256UnderSha1Root, K.sha1Inter] });
  write(C('sha1-root-chain.pem'), cat(sha256UnderSha1Root, sha1Root));
  cert(C('under-sha1-inter.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ca: [sha1Inter, K.sha1Inter] });
  write(C('sha1-inter-chain.pem'), read(sha1Inter));
  // Certificates that are not on the path break SCM's issuer-then-subject rule when sent as given.
  write(C('rsa-chain-root-plus-unrelated.pem'), cat(interRsa, rootRsa, 'pki/inter-b.crt'));
  write(C('rsa-chain-plus-sibling.pem'), cat(interRsa, 'pki/inter-short.crt'));
  const weakInter = cert('pki/weak-inter.crt', K.weakInter, '/O=scm fixtures/CN=SCM Weak Intermediate', 'inter', { ca: [rootRsa, K.rootRsa] });
  cert(C('under-weak-inter.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ca: [weakInter, K.weakInter] });
  write(C('weak-inter-chain.pem'), read(weakInter));

  // A leaf that expires 500 days before its intermediate: expiry tests then concern the leaf alone.
  const shortLeaf = cert(C('short-leaf.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ...IR, days: '36000' });
  write(C('short-fullchain.pem'), cat(shortLeaf, interRsa));

  // ---- key types TLS and SCM's targets cannot use ------------------------------------------------------------
  for (const [name, k] of [['dsa', K.dsa], ['ed448', K.ed448], ['secp256k1', K.k1], ['brainpool', K.bp256], ['p192', K.p192]]) {
    cert(C(`keytype-${name}.crt`), k, '/CN=keytype.example.com', 'keyType', IR);
    write(C(`keytype-${name}.key`), read(k));
  }
  // An EC P-256 key with its curve written out (`openssl ecparam -param_enc explicit`, as old how-tos made them): the
  // certificate's key then carries the parameters too, which RFC 5480 forbids.
  openssl('ec', '-in', K.ec256, '-param_enc', 'explicit', '-out', C('keytype-explicit.key'));
  cert(C('keytype-explicit.crt'), C('keytype-explicit.key'), '/CN=keytype.example.com', 'keyType', IR);
  // Keys that cannot sign cannot make their own request: the CA puts the public key in (x509 -force_pubkey).
  for (const [name, k] of [['x25519', K.x25519], ['x448', K.x448], ['dh', K.dh]]) {
    openssl('pkey', '-in', k, '-pubout', '-out', `tmp/${name}.pub`);
    openssl('x509', '-new', '-subj', '/CN=keytype.example.com', '-force_pubkey', `tmp/${name}.pub`, '-CA', interRsa, '-CAkey', K.interRsa,
      '-extfile', 'tmp/openssl.cnf', '-extensions', 'agree', '-days', days, '-set_serial', String(serial++), '-out', C(`keytype-${name}.crt`));
    write(C(`keytype-${name}.key`), read(k));
  }

  // ---- names -------------------------------------------------------------------------------------------------
  cert(C('idn-san.crt'), K.leafRsa, '/CN=münchen.example', 'idn', { ...IR, extra: ['-utf8'] });
  cert(C('idn-punycode.crt'), K.leafRsa, '/CN=xn--bcher-kva.example.com', 'punycode', IR);
  const www = cert(C('www.crt'), K.vendorLeaf, '/CN=www.example.com', 'www', IR);
  write(C('www.key'), read(K.vendorLeaf));

  // ---- GoDaddy's cross-signed G2 bundle ----------------------------------------------------------------------
  // Class 2 (old root) -> Root G2 (cross-signed, same key as the G2 root) -> Secure CA G2 -> leaf.
  const class2 = cert('pki/gd-class2.crt', K.class2, '/O=Go Daddy Fixtures/CN=Go Daddy Class 2 Fixture Authority', 'root');
  const g2Cross = cert('pki/gd-root-g2-cross.crt', K.g2, '/O=Go Daddy Fixtures/CN=Go Daddy Root Fixture Authority - G2', 'interMid', { ca: [class2, K.class2] });
  const g2Self = cert('pki/gd-root-g2.crt', K.g2, '/O=Go Daddy Fixtures/CN=Go Daddy Root Fixture Authority - G2', 'root');
  const gdInter = cert('pki/gd-inter-g2.crt', K.gdInter, '/O=Go Daddy Fixtures/CN=Go Daddy Secure Fixture Authority - G2', 'inter', { ca: [g2Self, K.g2] });
  const gdLeaf = cert(C('gd-leaf.crt'), K.vendorLeaf, '/CN=www.example.com', 'www', { ca: [gdInter, K.gdInter] });

  // ---- text that went through Windows, web forms, JSON and openssl -trustout --------------------------------
  const fullchain = read(C('rsa-fullchain.pem'));
  const utf16 = (s, order) => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    return order === 'le' ? le : Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]));
  };
  write(C('variants/fullchain-utf16le.pem'), utf16(fullchain, 'le'));
  write(C('variants/fullchain-utf16be.pem'), utf16(fullchain, 'be'));
  write(C('variants/key-utf16le.key'), utf16(read(C('rsa.key')), 'le'));
  write(C('variants/fullchain-spaces.pem'), fullchain.replace(/\n/g, ' '));
  write(C('variants/fullchain-escaped.pem'), JSON.stringify(fullchain).slice(1, -1));
  write(C('variants/key-escaped.key'), JSON.stringify(read(C('rsa.key'))).slice(1, -1));
  openssl('x509', '-in', leaves.rsa, '-trustout', '-addtrust', 'serverAuth', '-out', C('variants/rsa-trusted.pem'));
  write(C('variants/fullchain-trusted.pem'), read(C('variants/rsa-trusted.pem')) + read(interRsa));
  const der = h.readBytes(C('rsa.der'));
  write(C('variants/rsa-truncated.der'), der.subarray(0, Math.floor(der.length / 2)));
  // The leaf's block is broken, the intermediate after it is fine: the intermediate must not become the leaf.
  write(C('variants/fullchain-bad-first.pem'), `-----BEGIN CERTIFICATE-----\nMIIBroken=\n-----END CERTIFICATE-----\n${read(interRsa)}`);
  // Kubernetes and Traefik keep base64 of the PEM text: without `base64 -d`, wrapped in armor lines, or whole.
  const b64 = (s) => Buffer.from(s).toString('base64');
  const rsaKey = read(C('rsa.key'));
  write(C('variants/fullchain.crt.b64'), b64(fullchain));
  write(C('variants/rsa.key.b64'), b64(rsaKey));
  write(C('variants/nested-pem.crt'), `-----BEGIN CERTIFICATE-----\n${b64(fullchain).replace(/.{64}/g, '$&\n').trim()}\n-----END CERTIFICATE-----\n`);
  write(C('variants/nested-pem.key'), `-----BEGIN PRIVATE KEY-----\n${b64(rsaKey).replace(/.{64}/g, '$&\n').trim()}\n-----END PRIVATE KEY-----\n`);
  write(C('k8s-nested/tls.crt'), read(C('variants/nested-pem.crt')));
  write(C('k8s-nested/tls.key'), rsaKey);
  write(C('variants/k8s-secret.yaml'), `apiVersion: v1\ndata:\n  tls.crt: ${b64(fullchain)}\n  tls.key: ${b64(rsaKey)}\nkind: Secret\nmetadata:\n  name: example-com-tls\n  namespace: default\ntype: kubernetes.io/tls\n`);
  write(C('variants/k8s-secret.json'), `${JSON.stringify({ apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/tls', metadata: { name: 'example-com-tls' }, data: { 'tls.crt': b64(fullchain), 'tls.key': b64(rsaKey) } }, null, 2)}\n`);
  write(C('traefik/acme.json'), `${JSON.stringify({ letsencrypt: { Account: { Email: 'a@example.com', KeyType: '4096' }, Certificates: [{ domain: { main: 'rsa.example.com' }, certificate: b64(fullchain), key: b64(rsaKey), Store: 'default' }] } }, null, 2)}\n`);
  openssl('req', '-new', '-key', K.leafRsa, '-subj', '/CN=rsa.example.com', '-out', C('variants/rsa.csr'));
  execFileSync('ssh-keygen', ['-t', 'ecdsa', '-N', '', '-q', '-C', 'fixture', '-f', P('tmp/ssh-key')]);
  write(C('variants/openssh.key'), read('tmp/ssh-key'));

  // ---- PKCS#12 as OpenSSL 3, Windows and others write it ------------------------------------------------------
  const unicode = 'pässwörd-密码';
  pfx('unicode-password.pfx', leaves.rsa, K.leafRsa, { chain: C('rsa-chain-with-root.pem'), pass: unicode });
  write('pfx/unicode-password.txt', `${unicode}\n`);
  pfx('no-mac.pfx', leaves.rsa, K.leafRsa, { chain: C('rsa-chain.pem'), extra: ['-nomac'] });
  // Root first, leaf last: openssl always writes the leaf first, so node-forge builds this one.
  const forge = createRequire(import.meta.url)('node-forge');
  const pemCerts = [rootRsa, interRsa, leaves.rsa].map((rel) => forge.pki.certificateFromPem(read(rel)));
  const p12 = forge.pkcs12.toPkcs12Asn1(forge.pki.privateKeyFromPem(read(K.leafRsa)), pemCerts, PASS, { algorithm: '3des' });
  write('pfx/root-first.pfx', Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));

  // ---- bundle folders as vendors and tools lay them out ------------------------------------------------------
  const L = (dir, files) => {
    for (const [name, content] of Object.entries(files)) write(`bundles/layouts/${dir}/${name}`, content);
  };
  const leafPem = read(leaves.rsa);
  const keyPem = read(K.leafRsa);
  const inter = read(interRsa);
  const root = read(rootRsa);
  L('cert-chain-key', { 'cert.pem': leafPem, 'chain.pem': inter, 'key.pem': keyPem });
  L('fullchain-key', { 'fullchain.pem': leafPem + inter, 'key.pem': keyPem });
  L('cert-privkey-ca', { 'cert.pem': leafPem, 'privkey.pem': keyPem, 'ca.pem': inter });
  L('cert-privkey-intermediate', { 'cert.pem': leafPem, 'privkey.pem': keyPem, 'intermediate.pem': inter });
  L('cert-privkey-ca-bundle', { 'cert.pem': leafPem, 'privkey.pem': keyPem, 'ca-bundle.crt': inter });
  L('sectigo', { 'www_example_com.crt': read(www), 'www_example_com.ca-bundle': inter + root, 'www_example_com.key': read(K.vendorLeaf) });
  L('godaddy', { '1a2b3c4d5e6f.crt': read(gdLeaf), 'gd_bundle-g2-g1.crt': cat(gdInter, g2Cross, class2), 'generated-private-key.txt': read(K.vendorLeaf) });
  L('digicert', { 'www_example_com.crt': read(www), 'DigiCertCA.crt': inter, 'TrustedRoot.crt': root, 'www_example_com.key': read(K.vendorLeaf) });
  const tencent = read(www) + inter;
  L('tencent-nginx', { 'www.example.com_bundle.crt': tencent, 'www.example.com_bundle.pem': tencent, 'www.example.com.key': read(K.vendorLeaf) });
  openssl('req', '-new', '-key', K.vendorLeaf, '-subj', '/CN=www.example.com', '-out', 'bundles/layouts/tencent-nginx/www.example.com.csr');
  L('leaf-int-root', { 'leaf.pem': leafPem, 'int.pem': inter, 'root.pem': root, 'leaf.key': keyPem });
  L('der-key', { 'server.crt': leafPem, 'chain.crt': inter, 'server-key.der': h.readBytes(C('rsa.key.der')) });
  L('misordered-fullchain', { 'fullchain.pem': cat(leaves.rsa, rootRsa, interRsa), 'privkey.pem': keyPem });
  L('reversed-fullchain', { 'fullchain.pem': cat(rootRsa, interRsa, leaves.rsa), 'privkey.pem': keyPem });
  L('no-key-notes', { 'cert.pem': leafPem, 'chain.pem': inter, 'notes.txt': 'Renewed by hand; the key is on the old server.\n' });
  L('stale-key', { 'cert.pem': leafPem, 'chain.pem': inter, 'privkey.pem': keyPem, 'old-privkey.pem': read(K.otherRsa) });
  L('old-intermediate', { 'fullchain.pem': leafPem + inter, 'privkey.pem': keyPem, 'old-chain.pem': read('pki/inter-short.crt') });
  L('missing-middle', { 'cert.pem': read(deep), 'chain.pem': cat(i3, i1), 'privkey.pem': read(K.deepLeaf) });
  L('garbage-cert', { 'cert.pem': 'not a certificate\n', 'chain.pem': inter, 'privkey.pem': keyPem });
  L('utf16', { 'fullchain.pem': utf16(leafPem + inter, 'le'), 'privkey.pem': keyPem });
  L('pfx-and-password', { 'site.pfx': h.readBytes('pfx/rsa.pfx'), 'keystorePass.txt': `${PASS}\n` });
  L('root-first-pfx', { 'site.p12': h.readBytes('pfx/root-first.pfx') });
  // A PKCS#7 chain (.p7b, as Windows and IIS export it) next to a PEM certificate and key.
  openssl('crl2pkcs7', '-nocrl', '-certfile', C('rsa-chain-with-root.pem'), '-outform', 'DER', '-out', C('rsa-chain.p7b'));
  L('p7b-chain', { 'site.cer': leafPem, 'chain.p7b': h.readBytes(C('rsa-chain.p7b')), 'site.key': keyPem });
  // The same set in Base64 under the other labels: PKCS #7 SIGNED DATA (OpenSSL reads it as PKCS7), and CERTIFICATE,
  // as Windows AD CS web enrollment writes certnew.p7b ("Base 64 encoded", "certificate chain").
  openssl('crl2pkcs7', '-nocrl', '-certfile', C('rsa-fullchain.pem'), '-out', C('rsa-fullchain-p7.pem'));
  const p7pem = read(C('rsa-fullchain-p7.pem'));
  L('p7b-signed-data-label', { 'site.p7b': p7pem.replace(/PKCS7-----/g, 'PKCS #7 SIGNED DATA-----'), 'site.key': keyPem });
  L('adcs-certnew', { 'certnew.p7b': p7pem.replace(/PKCS7-----/g, 'CERTIFICATE-----').replace(/\n/g, '\r\n'), 'server.key': keyPem });
  // Other tools' layouts (hunt7). A leaf signed directly by a root, as Cloudflare Origin CA and step-ca without an
  // intermediate issue it: the root is its whole chain.
  const direct = cert(C('root-signed-leaf.crt'), K.vendorLeaf, '/CN=www.example.com', 'www', { ca: [rootRsa, K.rootRsa] });
  L('origin-ca', { 'cert.pem': read(direct), 'key.pem': read(K.vendorLeaf), 'origin_ca_rsa_root.pem': root });
  L('origin-ca-no-root', { 'cert.pem': read(direct), 'key.pem': read(K.vendorLeaf) });
  // cert-manager's Secret mounted as files: tls.crt = leaf + intermediate, ca.crt = the root.
  L('cert-manager-mount', { 'tls.crt': leafPem + inter, 'tls.key': keyPem, 'ca.crt': root });
  // A PKCS#12 file holding certificates only (exported with -nokeys).
  openssl('pkcs12', '-export', '-nokeys', '-in', C('rsa-fullchain.pem'), '-passout', `pass:${PASS}`, '-out', 'pfx/no-key.pfx');
  // ... and one holding the private key only (exported with -nocerts).
  openssl('pkcs12', '-export', '-nocerts', '-inkey', K.leafRsa, '-passout', `pass:${PASS}`, '-out', 'pfx/key-only.pfx');
  // Caddy's data folder: the bundles sit three levels down, beside Caddy's own .json/.uuid files and its ACME account.
  const caddy = 'bundles/layouts/caddy-data';
  write(`${caddy}/instance.uuid`, '3f1c2b9e-0000-4000-8000-000000000000\n');
  write(`${caddy}/last_clean.json`, '{"tidy":{"timestamp":"2026-01-01T00:00:00Z"}}\n');
  write(`${caddy}/acme/acme-v02.api.letsencrypt.org-directory/users/a@example.com/a.json`, '{"status":"valid"}\n');
  write(`${caddy}/acme/acme-v02.api.letsencrypt.org-directory/users/a@example.com/a.key`, read(K.otherRsa));
  const site = `${caddy}/certificates/acme-v02.api.letsencrypt.org-directory/rsa.example.com`;
  write(`${site}/rsa.example.com.crt`, leafPem + inter);
  write(`${site}/rsa.example.com.key`, keyPem);
  write(`${site}/rsa.example.com.json`, '{"sans":["rsa.example.com"]}\n');
  // Nginx Proxy Manager's certbot tree: etc/letsencrypt with live/npm-1 (and archive/, renewal/ beside it).
  const npm = 'bundles/layouts/npm-letsencrypt';
  write(`${npm}/live/README`, 'This directory contains your keys and certificates.\n');
  write(`${npm}/live/npm-1/fullchain.pem`, leafPem + inter);
  write(`${npm}/live/npm-1/privkey.pem`, keyPem);
  write(`${npm}/archive/npm-1/fullchain1.pem`, leafPem + inter);
  write(`${npm}/archive/npm-1/privkey1.pem`, keyPem);
  write(`${npm}/renewal/npm-1.conf`, 'archive_dir = /etc/letsencrypt/archive/npm-1\n');
  // certbot's archive/: every generation side by side. The newest is the leaf; a second later than the old one.
  const old = cert(C('archive-old.crt'), K.otherRsa, '/CN=rsa.example.com', 'rsa', IR);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100);
  const renewed = cert(C('archive-new.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', IR);
  L('certbot-archive', {
    'cert1.pem': read(old), 'chain1.pem': inter, 'fullchain1.pem': read(old) + inter, 'privkey1.pem': read(K.otherRsa),
    'cert2.pem': read(renewed), 'chain2.pem': inter, 'fullchain2.pem': read(renewed) + inter, 'privkey2.pem': keyPem,
  });
}
