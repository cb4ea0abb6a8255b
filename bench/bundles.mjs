// Throw-away certbot-style bundle folders (cert.pem, chain.pem, fullchain.pem, privkey.pem) for the
// benchmarks: every leaf distinct (own serial, name and key), under the fixture intermediates, half RSA 2048
// (RSA intermediate) and half ECDSA P-256 (P-384 intermediate, like Let's Encrypt's E-series). Copies of one
// bundle would flatter scm, which parses each distinct certificate once. The certificates are DER-encoded
// here and signed with node:crypto: openssl would need three processes per bundle.
import { createPrivateKey, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const len = (n) => (n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]));
const tlv = (tag, ...parts) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), len(body.length), body]);
};
const seq = (...parts) => tlv(0x30, ...parts);
const int = (bytes) => tlv(0x02, bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
function oid(dotted) {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >>> 7; v > 0; v >>>= 7) chunk.unshift(0x80 | (v & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}
const utf8 = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
const time = (d) => (d.getUTCFullYear() < 2050
  ? tlv(0x17, Buffer.from(`${d.toISOString().slice(2, 19).replace(/[-T:]/g, '')}Z`))
  : tlv(0x18, Buffer.from(`${d.toISOString().slice(0, 19).replace(/[-T:]/g, '')}Z`)));
const ext = (id, critical, value) => seq(oid(id), ...(critical ? [tlv(0x01, Buffer.from([0xff]))] : []), tlv(0x04, value));
const pem = (label, der) => `-----BEGIN ${label}-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END ${label}-----\n`;

/** The subject Name of a DER certificate, as bytes (it becomes the leaf's issuer). */
function subjectOf(der) {
  const read = (at) => {
    let n = der[at + 1];
    let start = at + 2;
    if (n & 0x80) {
      const k = n & 0x7f;
      n = 0;
      for (let i = 0; i < k; i++) n = n * 256 + der[start + i];
      start += k;
    }
    return { at, start, end: start + n };
  };
  const tbs = read(read(0).start);
  let field = read(tbs.start);
  if (der[field.at] === 0xa0) field = read(field.end); // [0] version
  for (let i = 0; i < 4; i++) field = read(field.end); // serial, signature, issuer, validity -> subject
  return der.subarray(field.at, field.end);
}

const KINDS = {
  rsa: { inter: 'rsa', sigAlg: seq(oid('1.2.840.113549.1.1.11'), tlv(0x05)), hash: 'sha256', usage: 0xa0 }, // digitalSignature, keyEncipherment
  ec: { inter: 'ec', sigAlg: seq(oid('1.2.840.10045.4.3.3')), hash: 'sha384', usage: 0x80 }, // ecdsa-with-SHA384 (P-384 issuer)
};

function leafCert(kind, issuer, publicKey, name, now) {
  const k = KINDS[kind];
  const day = 86_400_000;
  const tbs = seq(
    tlv(0xa0, int(Buffer.from([2]))),
    int(Buffer.concat([Buffer.from([0x10]), randomBytes(15)])),
    k.sigAlg,
    issuer.subject,
    seq(time(new Date(now - day)), time(new Date(now + 89 * day))),
    seq(tlv(0x31, seq(oid('2.5.4.3'), utf8(name)))),
    publicKey.export({ type: 'spki', format: 'der' }),
    tlv(0xa3, seq(
      ext('2.5.29.19', true, seq()),
      ext('2.5.29.15', true, tlv(0x03, Buffer.from([k.usage === 0x80 ? 7 : 5, k.usage]))),
      ext('2.5.29.37', false, seq(oid('1.3.6.1.5.5.7.3.1'))),
      ext('2.5.29.17', false, seq(tlv(0x82, Buffer.from(name)), tlv(0x82, Buffer.from(`www.${name}`)))),
    )),
  );
  const signature = sign(k.hash, tbs, issuer.key);
  return seq(tbs, k.sigAlg, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
}

/**
 * Writes `count` bundle folders under `dir` (site-0 ... site-N) and returns their paths. RSA leaf keys come
 * from a small pool (RSA key generation takes ~0.1 s each; scm caches no keys, so reuse flatters nothing).
 */
export function makeBundles(dir, count, fixtures) {
  const issuers = {};
  for (const kind of ['rsa', 'ec']) {
    const certPem = readFileSync(join(fixtures, `pki/inter-${kind}.crt`), 'utf8');
    const x509 = new X509Certificate(certPem);
    issuers[kind] = { pem: certPem, subject: subjectOf(x509.raw), key: createPrivateKey(readFileSync(join(fixtures, `keys/inter-${kind}.key`))) };
  }
  const rsaKeys = Array.from({ length: 8 }, () => generateKeyPairSync('rsa', { modulusLength: 2048 }));
  const now = Date.now();
  const dirs = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 2 ? 'ec' : 'rsa';
    const pair = kind === 'rsa' ? rsaKeys[(i >> 1) % rsaKeys.length] : generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const leaf = pem('CERTIFICATE', leafCert(kind, issuers[kind], pair.publicKey, `site-${i}.bench.example`, now));
    const d = join(dir, `site-${i}`);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'cert.pem'), leaf);
    writeFileSync(join(d, 'chain.pem'), issuers[kind].pem);
    writeFileSync(join(d, 'fullchain.pem'), leaf + issuers[kind].pem);
    writeFileSync(join(d, 'privkey.pem'), pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    dirs.push(d);
  }
  return dirs;
}
