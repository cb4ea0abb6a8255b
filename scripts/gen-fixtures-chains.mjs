// Part of scripts/gen-fixtures.mjs (its stamp covers this file too): chains whose shape a field test of
// `scm validate` found mishandled. A chain 24 CAs deep with two copies of each CA (same subject and key, other
// serial and dates): every path through it is a path, 2^24 of them. Intermediates whose CN is the same and whose
// names are not (another O and C, or the same RDNs in another order). An intermediate cross-signed by a second
// root, both roots in the folder, the cross-signed copy expiring first. Leaves issued by certificates that are no
// CA: one with basicConstraints CA:FALSE, one with CA:TRUE and a keyUsage without keyCertSign, three without
// basicConstraints (version 1; key ids only; keyCertSign alone); a version 1 root, a trust anchor, above a sound CA.
// A CA with pathlen:0 above another CA (the path longer than it allows), one with pathlen:1 above one CA (within)
// and above two (one too many).

const DEPTH = 24;

/** The keys this part needs (one per CA level of the deep chain, and its leaf), cached like the others. */
export function chainKeys(key) {
  const out = { deepTop: key(`dup-chain-${DEPTH}`, 'p256'), dupLeaf: key('dup-chain-leaf', 'p256') };
  for (let i = 0; i < DEPTH; i++) out[`dup${i}`] = key(`dup-chain-${i}`, 'p256');
  return out;
}

/** Everything this part writes; `h` holds the main generator's helpers. */
export function generateChains(h) {
  const { openssl, read, write, cert, K } = h;
  const L = (dir, files) => {
    for (const [name, content] of Object.entries(files)) write(`bundles/layouts/${dir}/${name}`, content);
  };

  // The deep chain: D24 (self-signed, not in the folder) issues two copies of D23, each copy of D(i+1) signs
  // both copies of D(i) (copy 2 valid a day longer: the one the path takes), D0's first copy issues the leaf.
  const files = {};
  let above = [cert(`pki/dup-chain-${DEPTH}.crt`, K.deepTop, `/CN=Dup Chain CA ${DEPTH}`, 'root'), K.deepTop];
  for (let i = DEPTH - 1; i >= 0; i--) {
    const copies = [1, 2].map((j) => cert(`pki/dup-chain-${i}-${j}.crt`, K[`dup${i}`], `/CN=Dup Chain CA ${i}`, 'interMid', { ca: above, days: String(36000 + j) }));
    copies.forEach((c, j) => (files[`ca-${i}-${j + 1}.pem`] = read(c)));
    above = [copies[0], K[`dup${i}`]];
  }
  const leaf = cert('cases/dup-chain-leaf.crt', K.dupLeaf, '/CN=www.example.com', 'www', { ca: above, days: '35000' });
  L('dup-chain-deep', { ...files, 'cert.pem': read(leaf), 'privkey.pem': read(K.dupLeaf) });

  // Demo CA (/C=CN/O=Demo) issued the leaf; the chain holds another CA with the same CN, or the same RDNs reversed.
  const rootB = ['pki/root-b.crt', K.rootB];
  const demo = cert('pki/demo-ca.crt', K.i1, '/C=CN/O=Demo/CN=Demo CA', 'inter', { ca: rootB });
  cert('pki/demo-ca-other.crt', K.i2, '/C=US/O=Other/CN=Demo CA', 'inter', { ca: rootB });
  cert('pki/demo-ca-reversed.crt', K.i3, '/CN=Demo CA/O=Demo/C=CN', 'inter', { ca: rootB });
  cert('cases/demo-leaf.crt', K.dupLeaf, '/CN=www.example.com', 'www', { ca: [demo, K.i1] });

  // Root A issued the intermediate (for 36,000 days), Root B cross-signed the same subject and key (30,000 days):
  // two paths to a root of the folder, alike but for how long they stay valid. The cross-signed copy comes first.
  const rootA = cert('pki/cross-root-a.crt', K.sha1Root, '/O=Cross/CN=Cross Root A', 'root');
  const rootX = cert('pki/cross-root-b.crt', K.class2, '/O=Cross/CN=Cross Root B', 'root');
  const int = cert('pki/cross-int.crt', K.gdInter, '/O=Cross/CN=Cross Intermediate', 'inter', { ca: [rootA, K.sha1Root], days: '36000' });
  const intX = cert('pki/cross-int-x.crt', K.gdInter, '/O=Cross/CN=Cross Intermediate', 'inter', { ca: [rootX, K.class2], days: '30000' });
  const crossLeaf = cert('cases/cross-leaf.crt', K.dupLeaf, '/CN=www.example.com', 'www', { ca: [int, K.gdInter], days: '35000' });
  L('cross-two-roots', { 'cert.pem': read(crossLeaf), 'privkey.pem': read(K.dupLeaf), 'int.pem': read(int), 'int-x.pem': read(intX), 'root-a.pem': read(rootA), 'root-b.pem': read(rootX) });

  // Certificates that issued a leaf though they are no CA: profiles the main configuration does not have.
  write('tmp/chains.cnf', ['[req]', 'distinguished_name = dn', '[dn]',
    '[eeSigner]', 'basicConstraints = critical,CA:FALSE', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always',
    '[caNoCertSign]', 'basicConstraints = critical,CA:TRUE', 'keyUsage = critical,digitalSignature', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always'].join('\n') + '\n');
  const signer = (out, keyRel, subj, section, serial) => {
    openssl('req', '-x509', '-new', '-key', keyRel, '-subj', subj, '-days', '36500', '-set_serial', String(serial), '-sha256',
      '-config', 'tmp/chains.cnf', '-extensions', section, '-CA', rootB[0], '-CAkey', rootB[1], '-out', out);
    return out;
  };
  const ee = signer('pki/not-ca-ee.crt', K.i1, '/O=Not CA/CN=End Entity Signer', 'eeSigner', 9001);
  const noSign = signer('pki/not-ca-usage.crt', K.i2, '/O=Not CA/CN=No CertSign CA', 'caNoCertSign', 9002);
  cert('cases/not-ca-ee-leaf.crt', K.dupLeaf, '/CN=www.example.com', 'www', { ca: [ee, K.i1] });
  cert('cases/not-ca-usage-leaf.crt', K.dupLeaf, '/CN=www.example.com', 'www', { ca: [noSign, K.i2] });

  // Intermediates without basicConstraints (RFC 5280 4.2.1.9: every CA certificate carries it, cA TRUE): a version 1
  // certificate (`x509 -req` without -extfile; OpenSSL 3.2 and later write version 3 with key ids only, still
  // without basicConstraints), one with key ids only, and one whose keyUsage has keyCertSign. OpenSSL 3 refuses
  // each as an intermediate ("invalid CA certificate"). A version 1 self-signed root is another matter: a trust
  // anchor, which OpenSSL accepts; it issues a sound intermediate here, sent with the root.
  write('tmp/no-bc.cnf', ['[req]', 'distinguished_name = dn', '[dn]',
    '[keyIds]', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always',
    '[certSignOnly]', 'keyUsage = critical,keyCertSign,cRLSign', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always',
    // Below a version 1 certificate: no authority key id, as the issuer has no key id to point to.
    '[caBelowV1]', 'basicConstraints = critical,CA:TRUE', 'keyUsage = critical,keyCertSign,cRLSign', 'subjectKeyIdentifier = hash',
    '[leafBelowV1]', 'basicConstraints = critical,CA:FALSE', 'keyUsage = critical,digitalSignature', 'extendedKeyUsage = serverAuth',
    'subjectKeyIdentifier = hash', 'subjectAltName = DNS:www.example.com,DNS:example.com'].join('\n') + '\n');
  const fromCsr = (out, keyRel, subj, serial, { ca, section } = {}) => {
    const csr = `tmp/${out.replace(/\W/g, '-')}.csr`;
    openssl('req', '-new', '-key', keyRel, '-subj', subj, '-config', 'tmp/no-bc.cnf', '-out', csr);
    const signer = ca ? ['-CA', ca[0], '-CAkey', ca[1], '-set_serial', String(serial)] : ['-key', keyRel, '-set_serial', String(serial)];
    const ext = section ? ['-extfile', 'tmp/no-bc.cnf', '-extensions', section] : [];
    openssl('x509', '-req', '-in', csr, ...signer, '-days', '36500', '-sha256', ...ext, '-out', out);
    return out;
  };
  const v1 = fromCsr('pki/not-ca-v1.crt', K.i3, '/O=Not CA/CN=Version 1 Intermediate', 9003, { ca: rootB });
  const keyIds = fromCsr('pki/not-ca-no-bc.crt', K.i1, '/O=Not CA/CN=No Basic Constraints CA', 9004, { ca: rootB, section: 'keyIds' });
  const certSign = fromCsr('pki/not-ca-no-bc-certsign.crt', K.i2, '/O=Not CA/CN=CertSign Without Basic Constraints', 9005, { ca: rootB, section: 'certSignOnly' });
  fromCsr('cases/not-ca-v1-leaf.crt', K.dupLeaf, '/CN=www.example.com', 9007, { ca: [v1, K.i3], section: 'leafBelowV1' });
  cert('cases/not-ca-no-bc-leaf.crt', K.dupLeaf, '/CN=www.example.com', 'www', { ca: [keyIds, K.i1] });
  cert('cases/not-ca-no-bc-certsign-leaf.crt', K.dupLeaf, '/CN=www.example.com', 'www', { ca: [certSign, K.i2] });
  const v1Root = fromCsr('pki/v1-root.crt', K.i2, '/O=Version 1/CN=Version 1 Root', 9006);
  const v1RootInt = fromCsr('pki/v1-root-int.crt', K.i3, '/O=Version 1/CN=Version 1 Root Intermediate', 9008, { ca: [v1Root, K.i2], section: 'caBelowV1' });
  cert('cases/v1-root-leaf.crt', K.dupLeaf, '/CN=www.example.com', 'www', { ca: [v1RootInt, K.i3] });

  // pathLenConstraint: a CA with pathlen:0 may issue end-entity certificates only; here it issued another CA,
  // which issued the leaf, so `openssl verify` refuses the path ("path length constraint exceeded"). Beside it a
  // CA with pathlen:1 over one CA: within its limit. The roots are not in the chain files (as CAs send them).
  write('tmp/pathlen.cnf', ['[req]', 'distinguished_name = dn', '[dn]',
    ...[0, 1].flatMap((n) => [`[pathlen${n}]`, `basicConstraints = critical,CA:TRUE,pathlen:${n}`, 'keyUsage = critical,keyCertSign,cRLSign', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always'])].join('\n') + '\n');
  const limited = (out, n, serial) => {
    openssl('req', '-x509', '-new', '-key', K.i1, '-subj', `/O=Path Length/CN=Pathlen ${n} CA`, '-days', '36500', '-set_serial', String(serial), '-sha256',
      '-config', 'tmp/pathlen.cnf', '-extensions', `pathlen${n}`, '-CA', rootB[0], '-CAkey', rootB[1], '-out', out);
    return out;
  };
  for (const [n, serial] of [[0, 9010], [1, 9012]]) {
    const top = limited(`pki/pathlen${n}-ca.crt`, n, serial);
    const below = cert(`pki/pathlen${n}-below.crt`, K.i2, `/O=Path Length/CN=Below Pathlen ${n}`, 'interMid', { ca: [top, K.i1] });
    cert(`cases/pathlen${n}-leaf.crt`, K.dupLeaf, '/CN=www.example.com', 'www', { ca: [below, K.i2] });
    write(`pki/pathlen${n}-chain.crt`, read(below) + read(top));
  }
  // pathlen:1 above two CAs: one too many.
  const deeper = cert('pki/pathlen1-deeper.crt', K.i3, '/O=Path Length/CN=Deeper Below Pathlen 1', 'interMid', { ca: ['pki/pathlen1-below.crt', K.i2] });
  cert('cases/pathlen1-deep-leaf.crt', K.dupLeaf, '/CN=www.example.com', 'www', { ca: [deeper, K.i3] });
  write('pki/pathlen1-deep-chain.crt', read(deeper) + read('pki/pathlen1-below.crt') + read('pki/pathlen1-ca.crt'));
}
