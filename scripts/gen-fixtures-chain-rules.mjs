// Part of scripts/gen-fixtures.mjs (its stamp covers this file too): chains a tester found validate said nothing
// or the wrong thing about. An intermediate valid only from 2100 (node-forge: OpenSSL 3.0's CLI cannot set a
// notBefore). Intermediates with nameConstraints (DNS and IP, permitted and excluded) and leaves inside and outside
// them. Two routes to one Issuing CA (cross-issued by Mid A under Root A and Mid B under Root B) pasted one after
// the other, as pebble's alternate chains come.
import { createRequire } from 'node:module';

/** The keys this part needs, cached like the others (the not-yet-valid CA's is RSA: node-forge signs with RSA only). */
export function chainRuleKeys(key) {
  return {
    futureInter: key('future-inter', 'rsa2048'), ncOther: key('nc-other', 'p256'), ncMixed: key('nc-mixed', 'p256'),
    routeRootA: key('route-root-a', 'p256'), routeRootB: key('route-root-b', 'p256'), routeMidA: key('route-mid-a', 'p256'),
    routeMidB: key('route-mid-b', 'p256'), routeIssuing: key('route-issuing', 'p256'), routeLeaf: key('route-leaf', 'p256'),
  };
}

const CA = ['basicConstraints = critical,CA:TRUE', 'keyUsage = critical,keyCertSign,cRLSign', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always'];
const LEAF = ['basicConstraints = critical,CA:FALSE', 'keyUsage = critical,digitalSignature', 'extendedKeyUsage = serverAuth', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always'];
const SECTIONS = {
  // The tester's case: a CA for .other.org only.
  ncOther: [...CA, 'nameConstraints = critical,permitted;DNS:.other.org'],
  ncMixed: [...CA, 'nameConstraints = critical,permitted;DNS:example.com,permitted;IP:10.0.0.0/255.0.0.0,permitted;IP:2001:db8::/ffff:ffff::,excluded;DNS:secret.example.com,excluded;IP:10.9.0.0/255.255.0.0'],
  ncLeafInside: [...LEAF, 'subjectAltName = DNS:example.com,DNS:www.example.com,DNS:*.example.com,IP:10.1.2.3,IP:2001:db8::1'],
  ncLeafOutside: [...LEAF, 'subjectAltName = DNS:www.example.com,DNS:www.example.org,DNS:bigexample.com,IP:192.0.2.1'],
  ncLeafExcluded: [...LEAF, 'subjectAltName = DNS:www.example.com,DNS:a.secret.example.com,IP:10.9.8.7'],
  ncLeafA: [...LEAF, 'subjectAltName = DNS:a.example.com'],
  ncLeafCnOnly: LEAF,
  // The other forms: e-mail (a host, hosts below one, one mailbox excluded), URI hosts below one, a directory name.
  ncForms: [...CA, 'nameConstraints = critical,permitted;email:example.com,permitted;email:.example.com,permitted;URI:.example.com,permitted;dirName:ncFormsDir,excluded;email:root@example.com'],
  ncFormsDir: ['O = scm fixtures'],
  ncFormsInside: [...LEAF, 'subjectAltName = DNS:www.example.com,email:ops@example.com,email:a@mail.EXAMPLE.com,URI:https://www.example.com:8443/x,dirName:ncFormsDirLeaf'],
  ncFormsDirLeaf: ['O = scm fixtures', 'OU = web'],
  ncFormsOutside: [...LEAF, 'subjectAltName = DNS:www.example.com,email:ops@sub.example.org,URI:https://example.com/,URI:https://www.example.org/'],
  ncFormsExcluded: [...LEAF, 'subjectAltName = DNS:www.example.com,email:root@example.com'],
  // What OpenSSL refuses to judge: a subtree with a maximum (DNS:example.com, maximum 0: error 49), and a UPN
  // (otherName) subtree over a leaf with a UPN (51). A SmtpUTF8Mailbox is judged by the e-mail subtrees (RFC 8398).
  ncMinMax: [...CA, 'nameConstraints = critical,DER:3014A0123010820B6578616D706C652E636F6D810100'],
  ncUpn: [...CA, 'nameConstraints = critical,permitted;DNS:example.com,permitted;otherName:1.3.6.1.4.1.311.20.2.3;UTF8:example.com'],
  ncLeafUpn: [...LEAF, 'subjectAltName = DNS:www.example.com,otherName:1.3.6.1.4.1.311.20.2.3;UTF8:ops@example.com'],
  ncLeafWww: [...LEAF, 'subjectAltName = DNS:www.example.com'],
  // (In a section of its own: FORMAT:UTF8 keeps the value's UTF-8 as it is; its comma would split a one-line list.)
  ncFormsEaiOutside: [...LEAF, 'subjectAltName = @ncEaiOutsideNames'],
  ncEaiOutsideNames: ['DNS.1 = www.example.com', 'otherName.1 = 1.3.6.1.5.5.7.8.9;FORMAT:UTF8,UTF8:用户@other.org'],
  ncFormsEaiInside: [...LEAF, 'subjectAltName = @ncEaiInsideNames'],
  ncEaiInsideNames: ['DNS.1 = www.example.com', 'otherName.1 = 1.3.6.1.5.5.7.8.9;FORMAT:UTF8,UTF8:用户@example.com'],
  // A CA allowing only O=scm fixtures below it, and an intermediate it issued under another name.
  ncDir: [...CA, 'nameConstraints = critical,permitted;dirName:ncFormsDir'],
  ncLeafOther: [...LEAF, 'subjectAltName = DNS:a.other.org'],
  // Certificates not for TLS servers: a client certificate, and a CA that limits those below it to client and e-mail use.
  ekuClient: ['basicConstraints = critical,CA:FALSE', 'keyUsage = critical,digitalSignature', 'extendedKeyUsage = clientAuth', 'subjectAltName = DNS:www.example.com'],
  ekuCa: [...CA, 'extendedKeyUsage = clientAuth,emailProtection'],
  ekuLeaf: [...LEAF, 'subjectAltName = DNS:www.example.com'],
  // The RSA intermediate reissued (same name, same key) with a subjectKeyIdentifier computed another way.
  kidOther: ['basicConstraints = critical,CA:TRUE,pathlen:0', 'keyUsage = critical,keyCertSign,cRLSign', 'subjectKeyIdentifier = 5CA1AB1E0000000000000000000000000000C0DE', 'authorityKeyIdentifier = keyid:always'],
};

/** Everything this part writes; `h` holds the main generator's helpers. */
export function generateChainRules(h) {
  const { openssl, read, write, cert, K, rootRsa, interRsa } = h;
  const C = (name) => `cases/${name}`;
  write('tmp/chain-rules.cnf', ['[req]', 'distinguished_name = dn', '[dn]', ...Object.entries(SECTIONS).flatMap(([name, lines]) => [`[${name}]`, ...lines])].join('\n') + '\n');
  let serial = 9100;
  const sign = (out, keyRel, subj, section, ca) => {
    openssl('req', '-x509', '-new', '-key', keyRel, '-subj', subj, '-days', '36500', '-set_serial', String(serial++), '-sha256',
      '-config', 'tmp/chain-rules.cnf', '-extensions', section, '-CA', ca[0], '-CAkey', ca[1], '-out', out);
    return out;
  };

  // An intermediate valid from 2100 to 2200 under the RSA root, and a leaf it issued (valid now): openssl verify
  // says "certificate is not yet valid" at depth 1.
  const forge = createRequire(import.meta.url)('node-forge');
  const root = forge.pki.certificateFromPem(read(rootRsa));
  const rootKey = forge.pki.privateKeyFromPem(read(K.rootRsa));
  const key = forge.pki.privateKeyFromPem(read(K.futureInter));
  const c = forge.pki.createCertificate();
  c.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  c.serialNumber = '2100';
  c.validity.notBefore = new Date('2100-01-01T00:00:00Z');
  c.validity.notAfter = new Date('2200-01-01T00:00:00Z');
  c.setSubject([{ shortName: 'O', value: 'scm fixtures' }, { shortName: 'CN', value: 'SCM Future Intermediate' }]);
  c.setIssuer(root.subject.attributes);
  c.setExtensions([{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' }, { name: 'authorityKeyIdentifier', keyIdentifier: root.generateSubjectKeyIdentifier().getBytes() }]);
  c.sign(rootKey, forge.md.sha256.create());
  write('pki/future-inter.crt', forge.pki.certificateToPem(c));
  // A leaf under the RSA intermediate with subjectAltName twice (openssl cannot write that): OpenSSL calls it an
  // "invalid certificate", Node shows the first one's names.
  const inter = forge.pki.certificateFromPem(read(interRsa));
  const leafKey = forge.pki.privateKeyFromPem(read(K.leafRsa));
  const d = forge.pki.createCertificate();
  d.publicKey = forge.pki.setRsaPublicKey(leafKey.n, leafKey.e);
  d.serialNumber = '2101';
  d.validity.notBefore = new Date('2025-01-01T00:00:00Z');
  d.validity.notAfter = new Date('2125-01-01T00:00:00Z');
  d.setSubject([{ shortName: 'CN', value: 'rsa.example.com' }]);
  d.setIssuer(inter.subject.attributes);
  d.setExtensions([{ name: 'basicConstraints', cA: false, critical: true }, { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true }, { name: 'subjectAltName', altNames: [{ type: 2, value: 'rsa.example.com' }] },
    { name: 'subjectAltName', altNames: [{ type: 2, value: 'other.example.org' }] }, { name: 'authorityKeyIdentifier', keyIdentifier: inter.generateSubjectKeyIdentifier().getBytes() }]);
  d.sign(forge.pki.privateKeyFromPem(read(K.interRsa)), forge.md.sha256.create());
  write(C('dup-ext.crt'), forge.pki.certificateToPem(d));
  const futureLeaf = cert(C('future-inter-leaf.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ca: ['pki/future-inter.crt', K.futureInter] });
  write(C('future-inter-fullchain.pem'), read(futureLeaf) + read('pki/future-inter.crt'));

  // Name constraints: the tester's CA for .other.org with a leaf for a.example.com, and a CA for example.com,
  // 10.0.0.0/8 and 2001:db8::/32 except secret.example.com and 10.9.0.0/16, with leaves inside, outside, excluded.
  const ncOther = sign('pki/nc-other.crt', K.ncOther, '/O=scm fixtures/CN=SCM Other.org Only CA', 'ncOther', [rootRsa, K.rootRsa]);
  const ncMixed = sign('pki/nc-mixed.crt', K.ncMixed, '/O=scm fixtures/CN=SCM Example.com Only CA', 'ncMixed', [rootRsa, K.rootRsa]);
  write(C('nc.key'), read(K.routeLeaf));
  // Without a DNS SAN, the CN is the name OpenSSL checks (nc-cn-only: a.example.com, no SAN, under .other.org).
  for (const [name, section, ca, caKey] of [['nc-other-leaf', 'ncLeafA', ncOther, K.ncOther], ['nc-cn-only', 'ncLeafCnOnly', ncOther, K.ncOther],
    ['nc-inside', 'ncLeafInside', ncMixed, K.ncMixed], ['nc-outside', 'ncLeafOutside', ncMixed, K.ncMixed], ['nc-excluded', 'ncLeafExcluded', ncMixed, K.ncMixed]]) {
    const leaf = sign(C(`${name}.crt`), K.routeLeaf, ca === ncOther ? '/CN=a.example.com' : '/CN=www.example.com', section, [ca, caKey]);
    write(C(`${name}-fullchain.pem`), read(leaf) + read(ca));
  }
  // E-mail, URI and directory-name constraints; the subject is a name too (its case and spaces do not count, as
  // OpenSSL compares it), and its emailAddress an e-mail name.
  const ncForms = sign('pki/nc-forms.crt', K.ncOther, '/O=scm fixtures/CN=SCM Forms Only CA', 'ncForms', [rootRsa, K.rootRsa]);
  for (const [name, section, subj] of [['nc-forms-inside', 'ncFormsInside', '/O=SCM  Fixtures/CN=www.example.com/emailAddress=web@example.com'],
    ['nc-forms-outside', 'ncFormsOutside', '/O=Other/CN=www.example.com/emailAddress=web@other.org'], ['nc-forms-excluded', 'ncFormsExcluded', '/O=scm fixtures/CN=www.example.com']]) {
    const leaf = sign(C(`${name}.crt`), K.routeLeaf, subj, section, [ncForms, K.ncOther]);
    write(C(`${name}-fullchain.pem`), read(leaf) + read(ncForms));
  }
  for (const [name, section] of [['nc-forms-eai-outside', 'ncFormsEaiOutside'], ['nc-forms-eai-inside', 'ncFormsEaiInside']]) {
    const leaf = sign(C(`${name}.crt`), K.routeLeaf, '/O=scm fixtures/CN=www.example.com', section, [ncForms, K.ncOther]);
    write(C(`${name}-fullchain.pem`), read(leaf) + read(ncForms));
  }
  const ncMinMax = sign('pki/nc-minmax.crt', K.ncMixed, '/O=scm fixtures/CN=SCM Bounded Subtree CA', 'ncMinMax', [rootRsa, K.rootRsa]);
  const ncUpn = sign('pki/nc-upn.crt', K.ncOther, '/O=scm fixtures/CN=SCM UPN Constrained CA', 'ncUpn', [rootRsa, K.rootRsa]);
  for (const [name, section, ca, caKey] of [['nc-minmax', 'ncLeafWww', ncMinMax, K.ncMixed], ['nc-upn', 'ncLeafUpn', ncUpn, K.ncOther], ['nc-upn-dns-only', 'ncLeafWww', ncUpn, K.ncOther]]) {
    const leaf = sign(C(`${name}.crt`), K.routeLeaf, '/CN=www.example.com', section, [ca, caKey]);
    write(C(`${name}-fullchain.pem`), read(leaf) + read(ca));
  }
  const ncDir = sign('pki/nc-dir.crt', K.ncMixed, '/O=scm fixtures/CN=SCM Fixtures Names Only CA', 'ncDir', [rootRsa, K.rootRsa]);
  const ncDirSub = sign('pki/nc-dir-sub.crt', K.ncOther, '/O=Elsewhere/CN=SCM Elsewhere Sub CA', 'ncOther', [ncDir, K.ncMixed]);
  const ncDirLeaf = sign(C('nc-dir-sub-leaf.crt'), K.routeLeaf, '/O=scm fixtures/CN=a.other.org', 'ncLeafOther', [ncDirSub, K.ncOther]);
  write(C('nc-dir-sub-fullchain.pem'), read(ncDirLeaf) + read(ncDirSub) + read(ncDir));

  const ekuClient = sign(C('eku-client.crt'), K.routeLeaf, '/CN=www.example.com', 'ekuClient', [rootRsa, K.rootRsa]);
  write(C('eku-client-fullchain.pem'), read(ekuClient) + read(rootRsa));
  const ekuCa = sign('pki/eku-ca.crt', K.ncMixed, '/O=scm fixtures/CN=SCM Client and E-mail CA', 'ekuCa', [rootRsa, K.rootRsa]);
  write(C('eku-ca-fullchain.pem'), read(sign(C('eku-ca-leaf.crt'), K.routeLeaf, '/CN=www.example.com', 'ekuLeaf', [ekuCa, K.ncMixed])) + read(ekuCa));

  // Two routes: Root A -> Mid A -> Issuing CA (copy A), Root B -> Mid B -> Issuing CA (copy B, same key).
  const rootA = cert('pki/route-root-a.crt', K.routeRootA, '/CN=Route Root A', 'root');
  const rootB = cert('pki/route-root-b.crt', K.routeRootB, '/CN=Route Root B', 'root');
  const midA = cert('pki/route-mid-a.crt', K.routeMidA, '/CN=Route Mid A', 'interMid', { ca: [rootA, K.routeRootA] });
  const midB = cert('pki/route-mid-b.crt', K.routeMidB, '/CN=Route Mid B', 'interMid', { ca: [rootB, K.routeRootB] });
  const issA = cert('pki/route-issuing-a.crt', K.routeIssuing, '/CN=Route Issuing CA', 'interMid', { ca: [midA, K.routeMidA], days: '36000' });
  const issB = cert('pki/route-issuing-b.crt', K.routeIssuing, '/CN=Route Issuing CA', 'interMid', { ca: [midB, K.routeMidB], days: '35900' });
  const leaf = cert(C('route-leaf.crt'), K.routeLeaf, '/CN=www.example.com', 'www', { ca: [issA, K.routeIssuing], days: '35000' });
  write(C('route-leaf.key'), read(K.routeLeaf));
  const cat = (...rels) => rels.map((r) => read(r)).join('');
  write(C('two-routes.pem'), cat(leaf, issA, midA, issB, midB));
  write(C('two-routes-chain.pem'), cat(issA, midA, issB, midB));
  write(C('two-routes-with-root.pem'), cat(leaf, issA, midA, issB, midB, rootB));
  write(C('two-routes-b-first.pem'), cat(leaf, issB, midB, issA, midA));
  // The two chains interleaved (both Issuing CAs, then both Mids), and so with Root B after them.
  write(C('two-routes-interleaved.pem'), cat(leaf, issA, issB, midA, midB));
  write(C('two-routes-interleaved-chain.pem'), cat(issA, issB, midA, midB));
  write(C('two-routes-interleaved-root.pem'), cat(leaf, issA, issB, midA, midB, rootB));
  // The RSA intermediate reissued with another subjectKeyIdentifier: its key verifies cases/rsa.crt, whose
  // authorityKeyIdentifier names the first one's. openssl verify: "unable to get local issuer certificate" (20).
  const kid = sign('pki/inter-rsa-other-ski.crt', K.interRsa, '/O=scm fixtures/CN=SCM Test Intermediate R2', 'kidOther', [rootRsa, K.rootRsa]);
  write(C('key-id-mismatch-chain.pem'), read(kid));
  write(C('key-id-mismatch-both-chain.pem'), read(kid) + read(interRsa));
  write(C('key-id-mismatch-fullchain.pem'), read(C('rsa.crt')) + read(kid));
  // A leaf issued by a root itself, the root (100 years less 500 days) expiring before the leaf, and the CA's
  // renewal of that root (same name, same key) that still verifies the leaf: the chain is the root alone.
  // Names of their own: pki/root-short.crt is gen-fixtures-generations.mjs's root (another key, other chains below it).
  const shortRoot = cert('pki/issuing-root-short.crt', K.routeRootA, '/O=scm fixtures/CN=SCM Short-lived Issuing Root', 'root', { days: '36000' });
  cert('pki/issuing-root-short-renewed.crt', K.routeRootA, '/O=scm fixtures/CN=SCM Short-lived Issuing Root', 'root');
  const rootLeaf = cert(C('short-root-leaf.crt'), K.routeLeaf, '/CN=www.example.com', 'www', { ca: [shortRoot, K.routeRootA] });
  write(C('short-root-fullchain.pem'), read(rootLeaf) + read(shortRoot));
  const L = (dir, files) => {
    for (const [name, content] of Object.entries(files)) write(`bundles/layouts/${dir}/${name}`, content);
  };
  L('two-routes', { 'cert.pem': read(leaf), 'privkey.pem': read(K.routeLeaf), 'issuing-a.pem': read(issA), 'mid-a.pem': read(midA), 'issuing-b.pem': read(issB), 'mid-b.pem': read(midB) });
}
