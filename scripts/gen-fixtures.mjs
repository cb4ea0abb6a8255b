#!/usr/bin/env node
// Writes the real certificates, keys and PKCS#12 files the validate tests use to test/fixtures/generated/
// (gitignored), with the openssl CLI. Far-future validity everywhere: expiry is tested by injecting a clock.
// Idempotent: a stamp holds the hash of this script, so an unchanged script does nothing; keys are cached
// in keys/ across regenerations (RSA key generation is the slow part). `--force` regenerates all but keys.
import { createHash } from 'node:crypto';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMore, MORE_KEY_SPECS, MORE_SECTIONS, moreKeys, prepareKeys } from './gen-fixtures-realworld.mjs';
import { generateKeystores } from './gen-fixtures-keystores.mjs';
import { generateEdges } from './gen-fixtures-edges.mjs';
import { generateGenerations } from './gen-fixtures-generations.mjs';
import { chainKeys, generateChains } from './gen-fixtures-chains.mjs';
import { chainRuleKeys, generateChainRules } from './gen-fixtures-chain-rules.mjs';
import { generatePurposes } from './gen-fixtures-purposes.mjs';
import { generateVendors } from './gen-fixtures-vendors.mjs';
import { generateLifetimes, lifetimeKeys } from './gen-fixtures-lifetimes.mjs';

const OUT = fileURLToPath(new URL('../test/fixtures/generated/', import.meta.url));
const STAMP = join(OUT, '.stamp');
const self = readFileSync(fileURLToPath(import.meta.url));
const more = readFileSync(fileURLToPath(new URL('./gen-fixtures-realworld.mjs', import.meta.url)));
const keystores = readFileSync(fileURLToPath(new URL('./gen-fixtures-keystores.mjs', import.meta.url)));
const edges = readFileSync(fileURLToPath(new URL('./gen-fixtures-edges.mjs', import.meta.url)));
const generations = readFileSync(fileURLToPath(new URL('./gen-fixtures-generations.mjs', import.meta.url)));
const chainShapes = readFileSync(fileURLToPath(new URL('./gen-fixtures-chains.mjs', import.meta.url)));
const chainRules = readFileSync(fileURLToPath(new URL('./gen-fixtures-chain-rules.mjs', import.meta.url)));
const purposes = readFileSync(fileURLToPath(new URL('./gen-fixtures-purposes.mjs', import.meta.url)));
const vendors = readFileSync(fileURLToPath(new URL('./gen-fixtures-vendors.mjs', import.meta.url)));
const lifetimes = readFileSync(fileURLToPath(new URL('./gen-fixtures-lifetimes.mjs', import.meta.url)));
const hash = createHash('sha256').update(self).update(more).update(keystores).update(edges).update(generations).update(chainShapes).update(chainRules).update(purposes).update(vendors).update(lifetimes).digest('hex');

if (!process.argv.includes('--force') && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash) {
  if (!process.argv.includes('--quiet')) console.log('fixtures up to date');
  process.exit(0);
}
const started = Date.now();
mkdirSync(join(OUT, 'keys'), { recursive: true });
for (const entry of readdirSync(OUT)) if (entry !== 'keys') rmSync(join(OUT, entry), { recursive: true, force: true });
for (const dir of ['tmp', 'pki', 'cases', 'pfx', 'bundles']) mkdirSync(join(OUT, dir), { recursive: true });

const P = (...parts) => join(OUT, ...parts);
const openssl = (...args) => execFileSync('openssl', args.flat(), { cwd: OUT, stdio: ['ignore', 'pipe', 'pipe'] });
const read = (rel) => readFileSync(P(rel), 'utf8');
const write = (rel, content) => {
  mkdirSync(dirname(P(rel)), { recursive: true });
  writeFileSync(P(rel), content);
};
const DAYS = '36500';
const PASS = 'secret';
let serial = 1000;

// ---- keys (cached) --------------------------------------------------------------------------------
const KEY_SPECS = {
  rsa2048: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
  rsa4096: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:4096'],
  rsa1024: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024'],
  // A private_key over 4096 characters. Four primes make a 5120-bit key in well under a second.
  rsa5120mp: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:5120', '-pkeyopt', 'rsa_keygen_primes:4'],
  p256: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'],
  p384: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'],
  p521: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521'],
  ed25519: ['-algorithm', 'ed25519'],
  sm2: ['-algorithm', 'SM2'],
  rsapss2048: ['-algorithm', 'RSA-PSS', '-pkeyopt', 'rsa_keygen_bits:2048'],
  rsapss1024: ['-algorithm', 'RSA-PSS', '-pkeyopt', 'rsa_keygen_bits:1024'],
  ...MORE_KEY_SPECS,
};
prepareKeys(P, existsSync);
const missing = [];
function key(name, spec) {
  const rel = `keys/${name}.key`;
  if (!existsSync(P(rel))) missing.push(['genpkey', ...KEY_SPECS[spec], '-out', rel]);
  return rel;
}
// Certificates with no RSA-specific role get EC keys: they generate instantly.
const K = {
  rootRsa: key('root-rsa', 'rsa2048'), interRsa: key('inter-rsa', 'rsa2048'), leafRsa: key('leaf-rsa', 'rsa2048'),
  otherRsa: key('other-rsa', 'rsa2048'), twinRsa: key('twin-rsa', 'rsa2048'), rootB: key('root-b', 'p256'),
  interB: key('inter-b', 'p256'), big1: key('big-inter-1', 'p256'), big2: key('big-inter-2', 'p256'),
  rsa4096: key('leaf-rsa4096', 'rsa4096'), rsa1024: key('weak-rsa1024', 'rsa1024'), rsaHuge: key('huge-rsa5120', 'rsa5120mp'),
  rootEc: key('root-ec', 'p384'), interEc: key('inter-ec', 'p384'), ec256: key('leaf-ec256', 'p256'),
  ec384: key('leaf-ec384', 'p384'), ec521: key('leaf-ec521', 'p521'), otherEc: key('other-ec256', 'p256'),
  ed25519: key('leaf-ed25519', 'ed25519'), pss: key('leaf-rsapss2048', 'rsapss2048'), pssWeak: key('leaf-rsapss1024', 'rsapss1024'), rootSm2: key('root-sm2', 'sm2'), sm2: key('leaf-sm2', 'sm2'), otherSm2: key('other-sm2', 'sm2'),
  ...moreKeys(key),
  ...chainKeys(key),
  ...chainRuleKeys(key),
  ...lifetimeKeys(key),
};
// Prime searches are the slow part (RSA 4096 alone takes 1-5 s): run them side by side, slowest first.
const genpkey = (args) => new Promise((resolve, reject) => {
  execFile('openssl', args, { cwd: OUT }, (e) => (e ? reject(e) : resolve()));
});
await Promise.all(missing.sort((a, b) => (b.join(' ').includes('4096') ? 1 : 0) - (a.join(' ').includes('4096') ? 1 : 0)).map(genpkey));

// ---- openssl config: one section per certificate profile ----------------------------------------
const many = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join(',');
const SECTIONS = {
  root: ['basicConstraints = critical,CA:TRUE', 'keyUsage = critical,keyCertSign,cRLSign', 'subjectKeyIdentifier = hash'],
  inter: ['basicConstraints = critical,CA:TRUE,pathlen:0', 'keyUsage = critical,keyCertSign,cRLSign', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always'],
  interMid: ['basicConstraints = critical,CA:TRUE', 'keyUsage = critical,keyCertSign,cRLSign', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always'],
  leafBase: ['basicConstraints = critical,CA:FALSE', 'keyUsage = critical,digitalSignature,keyEncipherment', 'extendedKeyUsage = serverAuth', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always'],
};
const leafWith = (san) => [...SECTIONS.leafBase, ...(san ? [`subjectAltName = ${san}`] : [])];
Object.assign(SECTIONS, {
  rsa: leafWith('DNS:rsa.example.com,DNS:www.rsa.example.com'),
  rsa4096: leafWith('DNS:rsa4096.example.com'),
  weak: leafWith('DNS:weak.example.com'),
  ec: leafWith('DNS:ec.example.com,DNS:www.ec.example.com'),
  ed25519: leafWith('DNS:ed25519.example.com'),
  pss: leafWith('DNS:pss.example.com'),
  sm2: leafWith('DNS:sm2.example.com'),
  wild: leafWith('DNS:*.wild.example.com,DNS:wild.example.com'),
  cnOnly: leafWith(null),
  ipOnly: leafWith('IP:10.0.0.1'),
  cnNotInSan: leafWith('DNS:san.example.com'),
  badDomains: leafWith(['bad_label.example.com', 'foo*.example.com', '*.*.example.com', `${'a'.repeat(64)}.example.com`,
    `${Array.from({ length: 5 }, () => 'b'.repeat(60)).join('.')}.example.com`, '-hyphen.example.com'].map((d) => `DNS:${d}`).join(',')),
  oversize: leafWith(many(90, (i) => `DNS:host-${String(i).padStart(3, '0')}.oversize-certificate.example.com`)),
  bigInter: [...SECTIONS.interMid, `subjectAltName = ${many(100, (i) => `DNS:ca-${String(i).padStart(3, '0')}.big-chain-intermediate.example.net`)}`],
  noAki: ['basicConstraints = critical,CA:FALSE', 'keyUsage = critical,digitalSignature', 'subjectAltName = DNS:twin.example.com', 'subjectKeyIdentifier = none', 'authorityKeyIdentifier = none'],
  selfLeaf: ['basicConstraints = critical,CA:FALSE', 'keyUsage = critical,digitalSignature,keyEncipherment', 'subjectKeyIdentifier = hash', 'subjectAltName = DNS:self.example.com'],
  // What OpenSSL 3's `req -x509` makes by default (its v3_ca section): a self-signed server certificate with CA:TRUE.
  selfCa: ['basicConstraints = critical,CA:TRUE', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always', 'subjectAltName = DNS:self.example.com'],
  ...MORE_SECTIONS(leafWith),
});
write('tmp/openssl.cnf', ['[req]', 'distinguished_name = dn', '[dn]', ...Object.entries(SECTIONS).flatMap(([name, lines]) => [`[${name}]`, ...lines])].join('\n') + '\n');

/** A certificate for `keyRel`: self-signed without `ca`, else signed by ca = [crt, key]. */
function cert(out, keyRel, subj, section, { ca, md = '-sha256', extra = [], days = DAYS } = {}) {
  const signer = ca ? ['-CA', ca[0], '-CAkey', ca[1]] : [];
  const digest = md === null ? [] : [md];
  openssl('req', '-x509', '-new', '-key', keyRel, '-subj', subj, '-days', days, '-set_serial', String(serial++), ...digest,
    '-config', 'tmp/openssl.cnf', '-extensions', section, ...signer, ...extra, '-out', out);
  return out;
}
const SM2 = ['-sm3', '-sigopt', 'distid:1234567812345678'];
const PSS_SIGN = ['-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:-1'];

// ---- PKI -------------------------------------------------------------------------------------------
const rootRsa = cert('pki/root-rsa.crt', K.rootRsa, '/O=scm fixtures/CN=SCM Test Root R1', 'root');
const interRsa = cert('pki/inter-rsa.crt', K.interRsa, '/O=scm fixtures/CN=SCM Test Intermediate R2', 'inter', { ca: [rootRsa, K.rootRsa] });
const IR = { ca: [interRsa, K.interRsa] };
const rootEc = cert('pki/root-ec.crt', K.rootEc, '/O=scm fixtures/CN=SCM Test Root E1', 'root', { md: '-sha384' });
const interEc = cert('pki/inter-ec.crt', K.interEc, '/O=scm fixtures/CN=SCM Test Intermediate E2', 'inter', { ca: [rootEc, K.rootEc], md: '-sha384' });
const IE = { ca: [interEc, K.interEc], md: '-sha384' };
const rootB = cert('pki/root-b.crt', K.rootB, '/O=other fixtures/CN=Unrelated Root B', 'root');
const interB = cert('pki/inter-b.crt', K.interB, '/O=other fixtures/CN=Unrelated Intermediate B', 'inter', { ca: [rootB, K.rootB] });
// Same name as the real intermediate, different key: a name match whose signature cannot verify.
const twin = cert('pki/inter-twin.crt', K.twinRsa, '/O=scm fixtures/CN=SCM Test Intermediate R2', 'inter', { ca: [rootRsa, K.rootRsa] });
const big1 = cert('pki/big-inter-1.crt', K.big1, '/O=scm fixtures/CN=SCM Big Intermediate 1', 'bigInter', { ca: [rootRsa, K.rootRsa] });
const big2 = cert('pki/big-inter-2.crt', K.big2, '/O=scm fixtures/CN=SCM Big Intermediate 2', 'bigInter', { ca: [big1, K.big1] });
// An intermediate that expires 500 days before its leaf (openssl allows it): an expired chain certificate.
const interShort = cert('pki/inter-short.crt', K.big1, '/O=scm fixtures/CN=SCM Short-lived Intermediate', 'inter', { ca: [rootRsa, K.rootRsa], days: '36000' });
const rootSm2 = cert('pki/root-sm2.crt', K.rootSm2, '/O=scm fixtures/CN=SCM Test Root SM2', 'root', { md: null, extra: SM2 });

// ---- leaves ----------------------------------------------------------------------------------------
const C = (name) => `cases/${name}`;
const leaves = {
  rsa: cert(C('rsa.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', IR),
  rsa4096: cert(C('rsa4096.crt'), K.rsa4096, '/CN=rsa4096.example.com', 'rsa4096', IR),
  ec256: cert(C('ec256.crt'), K.ec256, '/CN=ec.example.com', 'ec', IE),
  ec384: cert(C('ec384.crt'), K.ec384, '/CN=ec.example.com', 'ec', IE),
  ec521: cert(C('ec521-under-rsa.crt'), K.ec521, '/CN=ec.example.com', 'ec', IR),
  ed25519: cert(C('ed25519.crt'), K.ed25519, '/CN=ed25519.example.com', 'ed25519', IR),
  sm2: cert(C('sm2.crt'), K.sm2, '/CN=sm2.example.com', 'sm2', { ca: [rootSm2, K.rootSm2], md: null, extra: SM2 }),
  sm2Self: cert(C('sm2-self-signed.crt'), K.sm2, '/CN=sm2.example.com', 'sm2', { md: null, extra: SM2 }),
  wild: cert(C('wildcard.crt'), K.leafRsa, '/CN=*.wild.example.com', 'wild', IR),
  cnOnly: cert(C('cn-only.crt'), K.leafRsa, '/CN=cnonly.example.com', 'cnOnly', IR),
  noName: cert(C('no-name.crt'), K.leafRsa, '/O=No Name Org', 'cnOnly', IR),
  ipOnly: cert(C('ip-only.crt'), K.leafRsa, '/O=IP Only Org', 'ipOnly', IR),
  cnNotInSan: cert(C('cn-not-in-san.crt'), K.leafRsa, '/CN=other.example.com', 'cnNotInSan', IR),
  badDomains: cert(C('bad-domains.crt'), K.leafRsa, '/CN=bad_label.example.com', 'badDomains', IR),
  idn: cert(C('idn-cn.crt'), K.leafRsa, '/CN=bücher.example.com', 'cnOnly', { ...IR, extra: ['-utf8'] }),
  oversize: cert(C('oversize.crt'), K.leafRsa, '/CN=host-000.oversize-certificate.example.com', 'oversize', IR),
  bigChainLeaf: cert(C('big-chain-leaf.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ca: [big2, K.big2] }),
  sha1: cert(C('sha1.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ...IR, md: '-sha1' }),
  md5: cert(C('md5.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ...IR, md: '-md5' }),
  // RSASSA-PSS signatures (an RSA key signing with PSS padding): the hash is in the algorithm's parameters.
  pssSha1: cert(C('pss-sha1.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ...IR, md: '-sha1', extra: PSS_SIGN }),
  pssSha256: cert(C('pss-sha256.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ...IR, md: '-sha256', extra: PSS_SIGN }),
  weak: cert(C('rsa1024.crt'), K.rsa1024, '/CN=weak.example.com', 'weak', IR),
  huge: cert(C('rsa5120.crt'), K.rsaHuge, '/CN=rsa.example.com', 'rsa', IR),
  shortChainLeaf: cert(C('short-chain-leaf.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ca: [interShort, K.big1] }),
  twinLeaf: cert(C('twin-leaf.crt'), K.leafRsa, '/CN=twin.example.com', 'noAki', IR),
  selfSigned: cert(C('self-signed.crt'), K.leafRsa, '/CN=self.example.com', 'selfLeaf'),
  selfSignedCa: cert(C('self-signed-ca.crt'), K.leafRsa, '/CN=self.example.com', 'selfCa'),
};

// ---- keys in every encoding ------------------------------------------------------------------------
write(C('rsa.key'), read(K.leafRsa));
openssl('pkey', '-in', K.leafRsa, '-traditional', '-out', C('rsa.pkcs1.key'));
openssl('pkey', '-in', K.leafRsa, '-outform', 'DER', '-out', C('rsa.key.der'));
openssl('rsa', '-in', K.leafRsa, '-traditional', '-outform', 'DER', '-out', C('rsa.pkcs1.key.der'));
openssl('pkey', '-in', K.leafRsa, '-pubout', '-out', C('rsa.pub.pem'));
openssl('x509', '-in', leaves.rsa, '-outform', 'DER', '-out', C('rsa.der'));
for (const [name, k] of [['rsa4096', K.rsa4096], ['ec256', K.ec256], ['ec384', K.ec384], ['ec521', K.ec521], ['ed25519', K.ed25519], ['sm2', K.sm2], ['rsa1024', K.rsa1024], ['rsa5120', K.rsaHuge], ['other-rsa', K.otherRsa], ['other-ec256', K.otherEc], ['other-sm2', K.otherSm2], ['inter-rsa', K.interRsa]]) {
  write(C(`${name}.key`), read(k));
}
openssl('ec', '-in', K.ec256, '-out', C('ec256.sec1.key'));
openssl('ec', '-in', K.ec256, '-outform', 'DER', '-out', C('ec256.sec1.key.der'));
write(C('ec256.with-params.key'), openssl('ecparam', '-name', 'prime256v1').toString() + read(C('ec256.sec1.key')));
// certbot-style combined file: the certificate, then that key file as ecparam -genkey writes it.
write(C('ec256.combined-params.pem'), read(C('ec256.crt')) + read(C('ec256.with-params.key')));
// Encrypted keys: PKCS#8 (PEM and DER) and legacy Proc-Type PEM, RSA and EC. The API refuses them all.
openssl('pkcs8', '-topk8', '-v2', 'aes-256-cbc', '-in', K.leafRsa, '-passout', `pass:${PASS}`, '-out', C('rsa.encrypted-pkcs8.key'));
openssl('pkcs8', '-topk8', '-v2', 'aes-256-cbc', '-in', K.leafRsa, '-passout', `pass:${PASS}`, '-outform', 'DER', '-out', C('rsa.encrypted-pkcs8.key.der'));
openssl('rsa', '-in', K.leafRsa, '-aes256', '-traditional', '-passout', `pass:${PASS}`, '-out', C('rsa.encrypted-legacy.key'));
openssl('ec', '-in', K.ec256, '-aes256', '-passout', `pass:${PASS}`, '-out', C('ec256.encrypted-legacy.key'));

// ---- chains ----------------------------------------------------------------------------------------
const cat = (...rels) => rels.map((r) => read(r)).join('');
const chains = {
  'rsa-chain.pem': [interRsa],
  'rsa-chain-with-root.pem': [interRsa, rootRsa],
  'rsa-chain-reversed.pem': [rootRsa, interRsa],
  'rsa-fullchain.pem': [leaves.rsa, interRsa],
  'rsa-fullchain-with-root.pem': [leaves.rsa, interRsa, rootRsa],
  'rsa-fullchain-reversed.pem': [rootRsa, interRsa, leaves.rsa],
  'rsa-fullchain-misordered.pem': [leaves.rsa, rootRsa, interRsa],
  'rsa-fullchain-leaf-twice.pem': [leaves.rsa, leaves.rsa, interRsa],
  'rsa-chain-duplicate.pem': [interRsa, interRsa],
  'rsa-chain-plus-unrelated.pem': [interRsa, interB],
  'unrelated-chain.pem': [interB, rootB],
  'twin-chain.pem': [twin],
  'ec-chain.pem': [interEc],
  'ec-fullchain.pem': [leaves.ec256, interEc],
  'big-chain.pem': [big2, big1],
  'sm2-chain.pem': [rootSm2],
  'ca-as-leaf-fullchain.pem': [interRsa, rootRsa],
  'short-chain.pem': [interShort],
  'big-fullchain-one-intermediate.pem': [leaves.bigChainLeaf, big2],
};
for (const [name, parts] of Object.entries(chains)) write(C(name), cat(...parts));
const chainWithKey = read(interRsa) + read(K.otherRsa);
write(C('chain-with-key.pem'), chainWithKey);

// ---- what editors, Windows and copy-paste do to PEM ------------------------------------------------
const fullchain = read(C('rsa-fullchain.pem'));
const leafPem = read(leaves.rsa);
const keyPem = read(K.leafRsa);
const body = (pem) => pem.split('\n').filter((l) => l && !l.startsWith('-----')).join('\n') + '\n';
const variants = {
  'fullchain-bom.pem': `\ufeff${fullchain}`,
  'fullchain-crlf.pem': fullchain.replace(/\n/g, '\r\n'),
  'fullchain-blank-lines.pem': `\n\n${fullchain.replace(/-----\n-----BEGIN/g, '-----\n\n\n-----BEGIN').replace(/(-----BEGIN CERTIFICATE-----\n)/g, '$1\n')}\n\n`,
  'fullchain-trailing-space.pem': fullchain.replace(/\n/g, '  \t\n'),
  'fullchain-indented.pem': fullchain.replace(/^/gm, '    '),
  'fullchain-text-outside.pem': `Bag Attributes\n    localKeyID: 01 00 00 00\nsubject=CN = rsa.example.com\nissuer=O = scm fixtures, CN = SCM Test Intermediate R2\n${leafPem}\nsubject=O = scm fixtures, CN = SCM Test Intermediate R2\n${read(interRsa)}trailing notes\n`,
  'fullchain-no-final-newline.pem': fullchain.trimEnd(),
  'fullchain-with-key.pem': fullchain + keyPem,
  'key-bom-crlf.key': `\ufeff${keyPem.replace(/\n/g, '\r\n')}`,
  'cert-armor-missing.pem': body(leafPem),
  'cert-no-end.pem': leafPem.replace('-----END CERTIFICATE-----\n', ''),
  'cert-no-begin.pem': leafPem.replace('-----BEGIN CERTIFICATE-----\n', ''),
  'cert-empty-body.pem': '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n',
  'cert-bad-base64.pem': leafPem.replace(/^(MII.{10})/m, '$1!!!!'),
  'cert-not-x509.pem': `-----BEGIN CERTIFICATE-----\n${Buffer.from('this is not a certificate at all, only text.').toString('base64')}\n-----END CERTIFICATE-----\n`,
  'fullchain-bad-second.pem': leafPem + '-----BEGIN CERTIFICATE-----\nMIIBroken=\n-----END CERTIFICATE-----\n',
  'key-armor-missing.key': body(keyPem),
  'key-no-end.key': keyPem.replace(/-----END PRIVATE KEY-----\n/, ''),
  'key-empty-body.key': '-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n',
  'key-corrupt.key': `-----BEGIN PRIVATE KEY-----\n${Buffer.from('garbage key bytes '.repeat(8)).toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END PRIVATE KEY-----\n`,
  'empty.pem': '',
  'whitespace.pem': '\n  \r\n\t\n',
  'garbage.txt': 'This is a README, not a certificate.\nSee https://example.com for details.\n',
};
for (const [name, content] of Object.entries(variants)) write(C(`variants/${name}`), content);

// ---- PKCS#12 ---------------------------------------------------------------------------------------
const pfx = (out, crt, k, { chain, pass = PASS, extra = [] } = {}) =>
  openssl('pkcs12', '-export', '-in', crt, '-inkey', k, ...(chain ? ['-certfile', chain] : []), '-passout', `pass:${pass}`, ...extra, '-out', `pfx/${out}`);
pfx('rsa.pfx', leaves.rsa, K.leafRsa, { chain: C('rsa-chain-with-root.pem') });
pfx('rsa-legacy.pfx', leaves.rsa, K.leafRsa, { chain: C('rsa-chain.pem'), extra: ['-legacy'] });
pfx('rsa-3des.pfx', leaves.rsa, K.leafRsa, { chain: C('rsa-chain.pem'), extra: ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES'] });
pfx('ec.pfx', leaves.ec256, K.ec256, { chain: C('ec-chain.pem') });
pfx('no-password.pfx', leaves.rsa, K.leafRsa, { chain: C('rsa-chain.pem'), pass: '' });
pfx('leaf-only.pfx', leaves.rsa, K.leafRsa);
// A self-signed certificate exported alone (IIS, keytool -genkeypair): no intermediate exists to add.
pfx('self-signed.pfx', leaves.selfSigned, K.leafRsa);
// The same beside a CA certificate, as a keystore holds keytool -genkeypair's placeholder and the CA's root before its reply.
pfx('self-signed-with-ca.pfx', leaves.selfSigned, K.leafRsa, { chain: rootRsa });
pfx('sm2.pfx', leaves.sm2, K.sm2, { chain: C('sm2-chain.pem') });
write('pfx/password.txt', `${PASS}\n`);

// ---- bundle folders (certbot layout and others) ---------------------------------------------------
function certbot(name, leafRel, chainParts, keyRel, extra = {}) {
  const chain = cat(...chainParts);
  write(`bundles/${name}/cert.pem`, read(leafRel));
  write(`bundles/${name}/chain.pem`, chain);
  write(`bundles/${name}/fullchain.pem`, read(leafRel) + chain);
  if (keyRel) write(`bundles/${name}/privkey.pem`, read(keyRel));
  for (const [file, content] of Object.entries(extra)) write(`bundles/${name}/${file}`, content);
}
certbot('rsa-ok', leaves.rsa, [interRsa], K.leafRsa, { README: 'certbot writes a README here too.\n' });
certbot('ec-ok', leaves.ec256, [interEc], K.ec256);
certbot('ed25519-ok', leaves.ed25519, [interRsa], K.ed25519);
certbot('mismatch', leaves.rsa, [interRsa], K.otherRsa);
certbot('no-key', leaves.rsa, [interRsa], null);
certbot('weak', leaves.weak, [interRsa], K.rsa1024);
certbot('leaf-only', leaves.selfSigned, [], K.leafRsa);
write('bundles/misordered/fullchain.pem', cat(leaves.rsa, rootRsa, interRsa));
write('bundles/misordered/privkey.pem', keyPem);
write('bundles/certbot-split/cert.pem', leafPem);
write('bundles/certbot-split/chain.pem', read(interRsa));
write('bundles/certbot-split/privkey.pem', keyPem);
write('bundles/pfx/site.pfx', readFileSync(P('pfx/rsa.pfx')));
write('bundles/generic/site.crt', leafPem);
write('bundles/generic/ca-bundle.crt', read(interRsa));
write('bundles/generic/site.key', keyPem);
write('bundles/combined/bundle.pem', fullchain + keyPem);
write('bundles/der/server.cer', readFileSync(P(C('rsa.der'))));
write('bundles/der/server.key', readFileSync(P(C('rsa.key.der'))));
write('bundles/der/intermediate.crt', read(interRsa));
// Two end-entity certificates and no key to tell them apart.
write('bundles/ambiguous/a.crt', leafPem);
write('bundles/ambiguous/b.crt', read(leaves.ec256));
write('bundles/ambiguous/chain.pem', read(interRsa));
mkdirSync(P('bundles/empty-dir'), { recursive: true });

// ---- certificates that really have the property a test names ----------------------------------------
// RSA-PSS keys (the key itself is RSASSA-PSS, not only the signature), a strong one and a weak one.
cert(C('rsapss.crt'), K.pss, '/CN=pss.example.com', 'pss', IR);
write(C('rsapss.key'), read(K.pss));
cert(C('rsapss1024.crt'), K.pssWeak, '/CN=pss.example.com', 'pss', IR);
write(C('rsapss1024.key'), read(K.pssWeak));
// A subject whose CN is present and empty (openssl drops an empty CN, node-forge writes it): with a SAN, and without.
{
  const forge = createRequire(import.meta.url)('node-forge');
  const ca = forge.pki.certificateFromPem(read(interRsa));
  const caKey = forge.pki.privateKeyFromPem(read(K.interRsa));
  const leafKey = forge.pki.privateKeyFromPem(read(K.leafRsa));
  const emptyCn = (out, altNames) => {
    const c = forge.pki.createCertificate();
    c.publicKey = forge.pki.setRsaPublicKey(leafKey.n, leafKey.e);
    c.serialNumber = String(serial++);
    c.validity.notBefore = new Date();
    c.validity.notAfter = new Date(Date.now() + 36500 * 86_400_000);
    c.setSubject([{ shortName: 'O', value: 'Empty CN Org' }, { shortName: 'CN', value: '' }]);
    c.setIssuer(ca.subject.attributes);
    const ext = [{ name: 'basicConstraints', cA: false, critical: true }, { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true }, { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() }];
    if (altNames) ext.push({ name: 'subjectAltName', altNames: altNames.map((value) => ({ type: 2, value })) });
    c.setExtensions(ext);
    c.sign(caKey, forge.md.sha256.create());
    write(C(out), forge.pki.certificateToPem(c));
  };
  emptyCn('empty-cn.crt', null);
  emptyCn('empty-cn-san.crt', ['emptycn.example.com']);
  // PKCS#12 files holding leaf (L), intermediate (I) and root (R) in every order: a PKCS#12 has no order of its own.
  const byLetter = { L: leaves.rsa, I: interRsa, R: rootRsa };
  for (const order of ['LIR', 'LRI', 'ILR', 'IRL', 'RLI', 'RIL']) {
    const certs = [...order].map((x) => forge.pki.certificateFromPem(read(byLetter[x])));
    const p12 = forge.pkcs12.toPkcs12Asn1(leafKey, certs, PASS, { algorithm: '3des' });
    write(`pfx/order-${order}.pfx`, Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
  }
}

// ---- deploy, rotate and check --------------------------------------------------------------------
function deployRotFixtures() {
  // A self-signed root with the real root's name and another key (the twin's), served after the real
  // intermediate: the path reaches past every intermediate but stops at a certificate that did not sign it.
  const fakeRoot = cert('pki/root-rsa-namesake.crt', K.twinRsa, '/O=scm fixtures/CN=SCM Test Root R1', 'root');
  write(C('rsa-fullchain-namesake-root.pem'), cat(leaves.rsa, interRsa, fakeRoot));
}
deployRotFixtures();

generateMore({ P, openssl, read, readBytes: (rel) => readFileSync(P(rel)), write, cert, cat, pfx, C, K, IR, rootRsa, interRsa, leaves, PASS });
generateKeystores({ openssl, read, readBytes: (rel) => readFileSync(P(rel)), write, pfx, C, K, interRsa });
generateVendors({ openssl, read, readBytes: (rel) => readFileSync(P(rel)), write, pfx, C, K, P, interRsa });
vparseFixtures();

/**
 * PKCS#12 files for the parser tests (test/unit/pkcs12-exact.test.ts): one per algorithm the reader knows and
 * the real files above do not use (2-key 3DES, RC2-128, AES-128/192 and 3DES under PBES2, MACs over SHA-1,
 * SHA-224, SHA-384 and SHA-512), one iteration, a MAC without an iteration count, unencrypted bags, no MAC
 * and no password, and PBES2 without a PRF (node-forge leaves out the default, hmacWithSHA1).
 */
function vparseFixtures() {
  const chain = { chain: C('rsa-chain.pem') };
  pfx('vparse-2des-mac-sha1.pfx', leaves.rsa, K.leafRsa, { ...chain, extra: ['-keypbe', 'PBE-SHA1-2DES', '-certpbe', 'PBE-SHA1-2DES', '-macalg', 'sha1'] });
  pfx('vparse-rc2.pfx', leaves.rsa, K.leafRsa, { ...chain, extra: ['-legacy', '-keypbe', 'PBE-SHA1-RC2-128', '-certpbe', 'PBE-SHA1-RC2-40'] });
  pfx('vparse-aes128-mac-sha512.pfx', leaves.rsa, K.leafRsa, { ...chain, extra: ['-keypbe', 'AES-128-CBC', '-certpbe', 'AES-192-CBC', '-macalg', 'sha512'] });
  pfx('vparse-3des-pbes2-mac-sha384.pfx', leaves.rsa, K.leafRsa, { ...chain, extra: ['-keypbe', 'DES-EDE3-CBC', '-certpbe', 'DES-EDE3-CBC', '-macalg', 'sha384'] });
  pfx('vparse-iter1-mac-sha224.pfx', leaves.rsa, K.leafRsa, { ...chain, extra: ['-iter', '1', '-macalg', 'sha224'] });
  pfx('vparse-plain-nomaciter.pfx', leaves.rsa, K.leafRsa, { ...chain, extra: ['-keypbe', 'NONE', '-certpbe', 'NONE', '-nomaciter'] });
  // A password longer than one hash block once encoded (PKCS#12 KDF: 2 bytes a character, over 64 bytes).
  pfx('vparse-long-password.pfx', leaves.rsa, K.leafRsa, { pass: 'correct horse battery staple, twice over!', extra: ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1'] });
  // No MAC to tell which of the two empty passwords was meant: the reader must try both.
  pfx('vparse-3des-nomac-nopass.pfx', leaves.rsa, K.leafRsa, { pass: '', extra: ['-nomac', '-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES'] });
  const forge = createRequire(import.meta.url)('node-forge');
  const p12 = forge.pkcs12.toPkcs12Asn1(forge.pki.privateKeyFromPem(read(K.leafRsa)), [forge.pki.certificateFromPem(read(leaves.rsa))], PASS, { algorithm: 'aes128' });
  write('pfx/vparse-forge-aes128.pfx', Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
}

// ---- mutation rerun: the certificates that pin what validate says at its edges -----------------------------
// CAs with weak keys of every kind (DSA 1024, EC P-192) above leaves whose own key type is already reported,
// a self-signed leaf signed with SHA-1, a cross-signed copy of the intermediate (same name and key, another
// issuer), a same-name certificate without key identifiers, a leaf with exactly five names, and a key type Node cannot name (SM2 with explicit curve parameters).
function mutationRerunFixtures() {
  const own = (name, args) => {
    const rel = `keys/${name}.key`;
    if (!existsSync(P(rel))) openssl(...args, '-out', rel);
    return rel;
  };
  if (!existsSync(P('keys/dsa1024-params.pem'))) openssl('genpkey', '-genparam', '-algorithm', 'DSA', '-pkeyopt', 'dsa_paramgen_bits:1024', '-out', 'keys/dsa1024-params.pem');
  const dsa1024 = own('inter-dsa1024', ['genpkey', '-paramfile', 'keys/dsa1024-params.pem']);
  const p192 = own('inter-p192', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-192']);
  const sm2Explicit = own('leaf-sm2-explicit', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:SM2', '-pkeyopt', 'ec_param_enc:explicit']);
  const root = [rootRsa, K.rootRsa];
  const dsaInter = cert('pki/inter-dsa1024.crt', dsa1024, '/O=scm fixtures/CN=SCM DSA 1024 Intermediate', 'inter', { ca: root });
  const ecInter = cert('pki/inter-p192.crt', p192, '/O=scm fixtures/CN=SCM P-192 Intermediate', 'inter', { ca: root });
  cert(C('keytype-dsa-under-dsa1024.crt'), K.dsa, '/CN=keytype.example.com', 'keyType', { ca: [dsaInter, dsa1024] });
  cert(C('keytype-p192-under-p192.crt'), K.p192, '/CN=keytype.example.com', 'keyType', { ca: [ecInter, p192] });
  cert(C('self-signed-sha1.crt'), K.leafRsa, '/CN=self.example.com', 'selfLeaf', { md: '-sha1' });
  // The intermediate R2 (same subject, same key) cross-signed by the unrelated root B.
  cert('pki/inter-rsa-cross-b.crt', K.interRsa, '/O=scm fixtures/CN=SCM Test Intermediate R2', 'inter', { ca: ['pki/root-b.crt', K.rootB] });
  // The same cross-signed copy valid for 50 years, not 100: expired under a clock set in between (SCM_NOW).
  cert('pki/inter-rsa-cross-b-50y.crt', K.interRsa, '/O=scm fixtures/CN=SCM Test Intermediate R2', 'inter', { ca: ['pki/root-b.crt', K.rootB], days: '18250' });
  // A certificate that took the intermediate's name, with another key and no key identifiers of its own.
  cert('pki/inter-twin-no-ski.crt', K.twinRsa, '/O=scm fixtures/CN=SCM Test Intermediate R2', 'noAki', { ca: root });
  const five = ['a', 'b', 'c', 'd', 'e'].map((x) => `DNS:${x}.five.example.com`).join(',');
  cert(C('five-names.crt'), K.leafRsa, '/CN=five.example.com', 'leafBase', { ...IR, extra: ['-addext', `subjectAltName = ${five}`] });
  // A key that cannot sign its own request: the CA puts the public key in, as for X25519.
  openssl('pkey', '-in', sm2Explicit, '-pubout', '-out', 'tmp/sm2-explicit.pub');
  openssl('x509', '-new', '-subj', '/CN=keytype.example.com', '-force_pubkey', 'tmp/sm2-explicit.pub', '-CA', interRsa, '-CAkey', K.interRsa,
    '-extfile', 'tmp/openssl.cnf', '-extensions', 'keyType', '-days', DAYS, '-set_serial', String(serial++), '-out', C('keytype-unknown.crt'));
}
mutationRerunFixtures();

// ---- model names: what model.ts makes of the names Node prints ------------------------------------------
// A SAN whose values Node must quote (a comma, a quote and a backslash, UTF-8 bytes only) next to plain ones, a
// name that would read as a JSON number ("1e3", also the CN) and a URI, an email and a directory name that
// hold "DNS:" (no DNS names of their own), and a leaf that took its issuer's name (subject
// = issuer) but is signed by that issuer's key, not its own: self-issued, not self-signed.
function modelNamesFixtures() {
  write('tmp/names.cnf', ['[req]', 'distinguished_name = dn', '[dn]', '[names]', ...SECTIONS.leafBase, 'subjectAltName = @alt', '[alt]', 'URI.1 = https://uri.example/DNS:in-uri.example',
    'email.1 = DNS:in-email@mail.example', 'DNS.1 = a,b.example.com', 'DNS.2 = q\\"uo\\\\te.example.com', 'DNS.3 = 日本', 'IP.1 = 10.0.0.2', 'DNS.4 = 1e3', 'DNS.5 = plain.example.com', 'dirName.1 = dir', '[dir]', 'CN = DNS:in-dirname.example, x'].join('\n') + '\n');
  openssl('req', '-x509', '-new', '-key', K.leafRsa, '-subj', '/CN=1e3', '-days', DAYS, '-set_serial', String(serial++), '-sha256',
    '-config', 'tmp/names.cnf', '-extensions', 'names', '-CA', interRsa, '-CAkey', K.interRsa, '-out', C('names-quoted-san.crt'));
  cert(C('self-issued-not-self-signed.crt'), K.leafRsa, '/O=scm fixtures/CN=SCM Test Intermediate R2', 'leafBase', IR);
}
modelNamesFixtures();

// ---- chain order: PKCS#7 in either order (its certificates are a SET), a root right after the leaf --------
// The reversed files are written root first, as crl2pkcs7 keeps the order of its input; PEM PKCS7 too.
function chainOrderFixtures() {
  const p7 = (out, from, form = 'DER') => openssl('crl2pkcs7', '-nocrl', '-certfile', C(from), '-outform', form, '-out', C(out));
  p7('rsa-fullchain.p7b', 'rsa-fullchain.pem');
  p7('rsa-fullchain-reversed.p7b', 'rsa-fullchain-reversed.pem');
  p7('rsa-fullchain-reversed-p7.pem', 'rsa-fullchain-reversed.pem', 'PEM');
  p7('rsa-chain-reversed.p7b', 'rsa-chain-reversed.pem');
  write(C('rsa-leaf-root.pem'), cat(leaves.rsa, rootRsa));
  // The DER .p7b as base64 without armor lines (a CA portal's text box saved to a file), 64 columns as base64 -w 64.
  const b64 = readFileSync(P(C('rsa-fullchain.p7b'))).toString('base64').replace(/.{64}/g, '$&\n');
  write(C('rsa-fullchain-p7.b64.txt'), `${b64.trimEnd()}\n`);
}
chainOrderFixtures();
// ---- empty names, and a CN beside its SAN ----------------------------------------------------------------
// An empty subject beside a critical SAN (RFC 5280 4.1.2.6; Let's Encrypt's short-lived profile issues these),
// with an IP address SAN alone, without any SAN, self-signed (RSA, and SM2, which Node 20 cannot verify); a root
// with an empty name (RFC 5280 forbids an empty issuer, openssl writes one) above a leaf. Then a CN that is an IP
// address also in the SAN, and a UTF-8 CN whose SAN is its punycode form.
function emptyNameFixtures() {
  const san = (names) => ['-addext', `subjectAltName = ${names}`];
  const emptySubject = cert(C('empty-subject.crt'), K.leafRsa, '/', 'leafBase', { ...IR, extra: san('critical,DNS:empty.example.com,DNS:www.empty.example.com') });
  cert(C('empty-subject-no-san.crt'), K.leafRsa, '/', 'leafBase', IR);
  cert(C('empty-subject-self-signed.crt'), K.leafRsa, '/', 'leafBase', { extra: san('critical,DNS:self-empty.example.com') });
  cert(C('empty-subject-ip.crt'), K.leafRsa, '/', 'leafBase', { ...IR, extra: san('critical,IP:10.0.0.3') });
  // SM2: Node 20 cannot verify it, and two empty names say nothing, so nothing makes it self-signed.
  cert(C('empty-subject-sm2-self-issued.crt'), K.sm2, '/', 'leafBase', { md: null, extra: [...SM2, ...san('critical,DNS:sm2-empty.example.com')] });
  const emptyRoot = cert('pki/empty-name-root.crt', K.rootB, '/', 'root');
  cert(C('empty-issuer.crt'), K.leafRsa, '/CN=emptyissuer.example.com', 'leafBase', { ca: [emptyRoot, K.rootB], extra: san('DNS:emptyissuer.example.com') });
  certbot('empty-subject', emptySubject, [interRsa], K.leafRsa);
  cert(C('ip-cn.crt'), K.leafRsa, '/CN=192.168.1.1', 'leafBase', { ...IR, extra: san('IP:192.168.1.1') });
  // IP SANs for scm check on 127.0.0.1 and ::1; openssl prints IPv6 in full (0:0:0:0:0:0:0:1), people write it short.
  cert(C('ip-sans.crt'), K.leafRsa, '/CN=ip.example.com', 'leafBase', { ...IR, extra: san('DNS:ip.example.com,IP:127.0.0.1,IP:::1,IP:2001:db8::1') });
  cert(C('idn-cn-punycode-san.crt'), K.leafRsa, '/CN=münchen.example', 'leafBase', { ...IR, extra: ['-utf8', ...san('DNS:xn--mnchen-3ya.example')] });
  // A CN a wildcard SAN covers (www under *.example.com), and one two levels down that no wildcard covers.
  cert(C('cn-under-wildcard.crt'), K.leafRsa, '/CN=www.example.com', 'leafBase', { ...IR, extra: san('DNS:*.example.com,DNS:example.com') });
  // An IPv4 address as the CN and no SAN at all: the CN stands in as the name, never 'a DNS SAN'.
  cert(C('ip-cn-only.crt'), K.leafRsa, '/CN=192.0.2.7', 'cnOnly', IR);
  cert(C('cn-below-wildcard.crt'), K.leafRsa, '/CN=a.www.example.com', 'leafBase', { ...IR, extra: san('DNS:*.example.com,DNS:example.com') });
  // The SAN written as an absolute name (www.example.com.), its CN without the dot: one cause (the dot).
  cert(C('san-trailing-dot.crt'), K.leafRsa, '/CN=www.example.com', 'leafBase', { ...IR, extra: san('DNS:www.example.com.') });
  // A host name as CN beside an IP SAN alone: SCM binds the CN, clients see only the address (a SAN is there).
  cert(C('ip-san-cn-host.crt'), K.leafRsa, '/CN=www.example.com', 'leafBase', { ...IR, extra: san('IP:192.0.2.1') });
}
emptyNameFixtures();
generateEdges({ openssl, read, write, cert, cat, pfx, C, K, IR, interRsa, leaves, rootSm2, SM2 });
generateGenerations({ openssl, read, write, cert, pfx, C, K, interRsa, rootRsa });
generateChains({ openssl, read, write, cert, K });
generateChainRules({ openssl, read, write, cert, K, rootRsa, interRsa });
generatePurposes({ openssl, read, write, K, rootRsa });
generateLifetimes({ read, write, K, interRsa, rootRsa });

// ---- an extra CA that is not on the path, and a cross-signed intermediate -----------------------------------
// Read by content, scm sends the path alone: another CA's root or intermediate beside it is left out, not a hole.
// The cross-signed copy of R2 (same subject and key, issued by root B) beside root B: the path through it ends at
// a root of the bundle. The same extras in a PKCS#12 file and a PKCS#7 set, which have no order either.
function extraCaFixtures() {
  const [leafPem, inter, keyPem] = [read(leaves.rsa), read(interRsa), read(K.leafRsa)];
  const L = (dir, files) => {
    for (const [name, content] of Object.entries(files)) write(`bundles/layouts/${dir}/${name}`, content);
  };
  L('extra-root', { 'cert.pem': leafPem, 'chain.pem': inter, 'other-ca.pem': read(rootB), 'privkey.pem': keyPem });
  L('extra-intermediate', { 'cert.pem': leafPem, 'chain.pem': inter, 'other-ca.pem': read(interB), 'privkey.pem': keyPem });
  L('cross-signed', { 'cert.pem': leafPem, 'chain.pem': cat(interRsa, 'pki/inter-rsa-cross-b.crt'), 'root-b.pem': read(rootB), 'privkey.pem': keyPem });
  L('cross-signed-expiring', { 'cert.pem': leafPem, 'chain.pem': cat(interRsa, 'pki/inter-rsa-cross-b-50y.crt'), 'root-b.pem': read(rootB), 'privkey.pem': keyPem });
  write(C('rsa-fullchain-plus-root-b.pem'), cat(leaves.rsa, interRsa, rootB));
  write(C('rsa-chain-plus-root-b.pem'), cat(interRsa, rootB));
  openssl('crl2pkcs7', '-nocrl', '-certfile', C('rsa-fullchain-plus-root-b.pem'), '-outform', 'DER', '-out', C('rsa-fullchain-plus-root-b.p7b'));
  openssl('crl2pkcs7', '-nocrl', '-certfile', C('rsa-chain-plus-root-b.pem'), '-outform', 'DER', '-out', C('rsa-chain-plus-root-b.p7b'));
  pfx('extra-root.pfx', leaves.rsa, K.leafRsa, { chain: C('rsa-chain-plus-root-b.pem') });
  pfx('dup-leaf-extra-root.pfx', leaves.rsa, K.leafRsa, { chain: C('rsa-fullchain-plus-root-b.pem') });
}
extraCaFixtures();
// Keys in the traditional labels OpenSSL writes: `openssl dsa` (DSA PRIVATE KEY), OpenSSL 3's `openssl ec` on an SM2
// key (SM2 PRIVATE KEY, a SEC1 body).
openssl('dsa', '-in', C('keytype-dsa.key'), '-out', C('keytype-dsa.traditional.key'));
openssl('ec', '-in', C('sm2.key'), '-out', C('sm2.openssl3-ec.key'));
// A --key file with two keys (`cat old.key new.key`): the stale one first, and last.
write(C('two-keys-stale-first.pem'), read(C('ec256.key')) + read(C('rsa.key')));
write(C('two-keys-stale-last.pem'), read(C('rsa.key')) + read(C('ec256.key')));

// MD4 needs OpenSSL 3's legacy provider (MD2 is in no default build of OpenSSL 3: none is made); without that
// provider no md4.crt (nor self-signed-md4.crt) is written, and the tests that read them say so.
try {
  const legacy = ['-provider', 'legacy', '-provider', 'default'];
  cert(C('md4.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ...IR, md: '-md4', extra: legacy });
  // Self-signed with MD4: Node cannot verify its own signature, yet it is as self-signed as self-signed.crt.
  cert(C('self-signed-md4.crt'), K.leafRsa, '/CN=self.example.com', 'selfLeaf', { md: '-md4', extra: legacy });
  // A root whose self-signature is MD4, issuing a SHA-256 leaf: a root's own signature is not judged.
  const rootMd4 = cert(C('root-md4.crt'), K.rootRsa, '/O=scm fixtures/CN=SCM Test Root MD4', 'root', { md: '-md4', extra: legacy });
  cert(C('md4-root-leaf.crt'), K.leafRsa, '/CN=rsa.example.com', 'rsa', { ca: [rootMd4, K.rootRsa] });
} catch {
  // no legacy provider
}

rmSync(P('tmp'), { recursive: true, force: true });
writeFileSync(STAMP, `${hash}\n`);
if (!process.argv.includes('--quiet')) console.log(`fixtures written to ${OUT} in ${Date.now() - started} ms`);
