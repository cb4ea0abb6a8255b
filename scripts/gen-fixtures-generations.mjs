// Part of scripts/gen-fixtures.mjs (its stamp covers this file too): inputs `scm validate` once
// mishandled. Certificates whose start date matters, made with `openssl ca -startdate` (OpenSSL 3.0's req and x509
// cannot set one): certbot's archive/ after a renewal that changed the key type (certbot 2.x renews as ECDSA by
// default), and RSA+ECDSA pairs renewed together. An intermediate with an RSA-PSS key. Two pairs given as --cert
// (and --key), an IP address written as a DNS name, an X9.42 DH parameters block.

/** Everything this part writes; `h` holds the main generator's helpers and certificates. */
export function generateGenerations(h) {
  const { openssl, read, write, cert, pfx, C, K, interRsa, rootRsa } = h;
  write('tmp/dated/index.txt', '');
  write('tmp/dated/ca.cnf', ['[ca]', 'default_ca = d', '[d]', 'database = tmp/dated/index.txt', 'new_certs_dir = tmp/dated',
    'serial = tmp/dated/serial', 'default_md = sha256', 'policy = p', 'unique_subject = no', '[p]', 'commonName = supplied'].join('\n') + '\n');
  /** A leaf of the RSA intermediate valid from `start` (YYYYMMDD, at `time` HHMMSS) for a century, with the names of `section`. */
  const dated = (out, keyRel, subj, section, start, time = '000000') => {
    openssl('req', '-new', '-key', keyRel, '-subj', subj, '-config', 'tmp/openssl.cnf', '-out', 'tmp/dated/req.csr');
    openssl('ca', '-config', 'tmp/dated/ca.cnf', '-batch', '-notext', '-create_serial', '-startdate', `${start}${time}Z`,
      '-enddate', `21${start.slice(2)}${time}Z`, '-cert', interRsa, '-keyfile', K.interRsa,
      '-in', 'tmp/dated/req.csr', '-out', out, '-extfile', 'tmp/openssl.cnf', '-extensions', section);
    return read(out);
  };
  const inter = read(interRsa);
  const L = (dir, files) => {
    for (const [name, content] of Object.entries(files)) write(`bundles/layouts/${dir}/${name}`, content);
  };
  const generation = (n, pem, keyRel) => ({ [`cert${n}.pem`]: pem, [`chain${n}.pem`]: inter, [`fullchain${n}.pem`]: pem + inter, [`privkey${n}.pem`]: read(keyRel) });

  // certbot archive/: two RSA generations, then the renewal as ECDSA; the same names throughout.
  const subj = '/CN=rsa.example.com';
  const g1 = dated(C('gen1-rsa.crt'), K.otherRsa, subj, 'rsa', '20250101');
  const g2 = dated(C('gen2-rsa.crt'), K.leafRsa, subj, 'rsa', '20250301');
  const g3 = dated(C('gen3-ec.crt'), K.ec256, subj, 'rsa', '20250501');
  L('certbot-archive-ecdsa', { ...generation(1, g1, K.otherRsa), ...generation(2, g2, K.leafRsa), ...generation(3, g3, K.ec256) });
  // certbot archive/ after `certbot renew --force-renewal` run minutes apart (ECDSA, RSA, ECDSA again): the
  // numbered files say which is newest; the older generations are not other leaves.
  const m1 = dated(C('min1-ec.crt'), K.otherEc, subj, 'rsa', '20250401', '054217');
  const m2 = dated(C('min2-rsa.crt'), K.otherRsa, subj, 'rsa', '20250401', '060212');
  const m3 = dated(C('min3-ec.crt'), K.ec256, subj, 'rsa', '20250401', '064446');
  L('certbot-archive-minutes', { ...generation(1, m1, K.otherEc), ...generation(2, m2, K.otherRsa), ...generation(3, m3, K.ec256) });
  // The same with the dates against the numbers (generation 2 issued 20 minutes before generation 1: a clock
  // stepped back): live/ points to the highest number, so that is the leaf.
  L('certbot-archive-stepped', { ...generation(1, m2, K.otherRsa), ...generation(2, m1, K.otherEc) });
  // An RSA and an ECDSA certificate for the same names, both renewed: the newer pair is still two pairs.
  const old = [dated(C('dual1-rsa.crt'), K.otherRsa, subj, 'rsa', '20250101'), dated(C('dual1-ec.crt'), K.otherEc, subj, 'rsa', '20250101')];
  const now = [dated(C('dual2-rsa.crt'), K.leafRsa, subj, 'rsa', '20250601'), dated(C('dual2-ec.crt'), K.ec256, subj, 'rsa', '20250601')];
  L('dual-renewed', { 'old-rsa.crt': old[0], 'old-rsa.key': read(K.otherRsa), 'old-ecc.crt': old[1], 'old-ecc.key': read(K.otherEc),
    'rsa.crt': now[0], 'rsa.key': read(K.leafRsa), 'ecc.crt': now[1], 'ecc.key': read(K.ec256), 'ca.crt': inter });

  // An intermediate whose key is RSA-PSS (id-RSASSA-PSS): Chrome's BoringSSL refuses it anywhere on the path.
  const pssInter = cert('pki/inter-pss.crt', K.pss, '/O=scm fixtures/CN=SCM PSS Intermediate', 'inter', { ca: [rootRsa, K.rootRsa] });
  const underPss = cert(C('under-pss-inter.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ca: [pssInter, K.pss] });
  write(C('under-pss-inter-fullchain.pem'), read(underPss) + read(pssInter));

  // PKCS#12 with the old ciphers OpenSSL 3 writes and reads only with -legacy, and ARIA: scm runs none of them.
  for (const cipher of ['DES-CBC', 'PBE-SHA1-RC2-64', 'BF-CBC', 'PBE-MD5-DES', 'ARIA-256-CBC']) {
    pfx(`cipher-${cipher.toLowerCase()}.pfx`, C('rsa.crt'), K.leafRsa, { extra: ['-legacy', '-certpbe', cipher, '-keypbe', cipher] });
  }

  // A root that expires 500 days before the leaf it is sent with: the root's own advice, not an intermediate's.
  const shortRoot = cert('pki/root-short.crt', K.rootB, '/O=scm fixtures/CN=SCM Short-lived Root', 'root', { days: '36000' });
  const underShortRoot = cert('pki/inter-under-short-root.crt', K.interB, '/O=scm fixtures/CN=SCM Intermediate Under Short Root', 'inter', { ca: [shortRoot, K.rootB] });
  const leaf = cert(C('under-short-root.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ca: [underShortRoot, K.interB] });
  write(C('under-short-root-fullchain.pem'), read(leaf) + read(underShortRoot) + read(shortRoot));

  // Two pairs given as --cert: the RSA and the ECDSA certificate with their keys in one file, or the two
  // certificates in one file and the two keys in another.
  const rsaPem = read(C('rsa.crt'));
  const ecPem = read(C('dual-ec.crt'));
  write(C('dual-certs.pem'), rsaPem + ecPem + inter);
  write(C('dual-keys.pem'), read(K.leafRsa) + read(K.ec256));

  // An IP address written as a DNS name (DNS:192.0.2.9): browsers match IP addresses only against IP SANs.
  cert(C('ip-as-dns.crt'), K.leafRsa, '/CN=ip-as-dns.example.com', 'leafBase',
    { ca: [interRsa, K.interRsa], extra: ['-addext', 'subjectAltName = DNS:ip-as-dns.example.com,DNS:192.0.2.9'] });

  // 'openssl dhparam -dsaparam' writes "X9.42 DH PARAMETERS": a foreign block like "DH PARAMETERS".
  openssl('dhparam', '-dsaparam', '-out', 'tmp/x942.pem', '1024');
  write(C('x942-dh.pem'), read('tmp/x942.pem'));
  write(C('rsa-x942.pem'), rsaPem + inter + read('tmp/x942.pem'));
}
