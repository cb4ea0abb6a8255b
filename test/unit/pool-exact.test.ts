// pool.ts and scan.ts read directly (issue #15, their mutation survivors): what a scan of one file holds (forms,
// labels, positions, flags), what readFile puts into the pool (certificates with their positions, faults with
// the position and label a finding will name, keys and key problems) and how --cert/--chain/--key replace a
// role (the leaf, the certificates kept, an empty --chain). Exact values, whole objects.
import { expect, it } from 'vitest';
import { Findings } from '../../src/core/validate/findings.js';
import type { Cert } from '../../src/core/validate/model.js';
import { applySlots, readFile, type Pool } from '../../src/core/validate/pool.js';
import { scanInput, type CertSlot, type Scanned } from '../../src/core/validate/scan.js';
import type { BundleInput, RawInput } from '../../src/core/validate/types.js';
import { describeFixtures } from '../helpers/fixtures.js';
import { int, octet, oid, seq, tlv } from '../helpers/der-build.js';
import { bytes, lines, readTogether } from '../helpers/named-files.js';

const raw = (source: string, data: string | Buffer): RawInput => ({ source, data: typeof data === 'string' && !data.includes('\n') ? bytes(data) : Buffer.from(data) });
const fv = (f: Findings): string[] => f.sorted().map((x) => `${x.rule} ${x.severity} ${x.code}: ${x.message}`);
const cv = (c?: Cert): string | undefined => c && `${c.name} ${c.source}#${c.position}`;
const sv = (s: CertSlot) => ({ ...s, cert: cv(s.cert) });
const scanView = (s: Scanned) => ({ ...s, certs: s.certs.map(sv), trusted: s.trusted.map(sv), keyBlocks: s.keyBlocks.map((b) => b.label), der: s.der?.length });
const poolView = (p: Pool) => ({ certs: p.certs.map(cv), faults: p.faults.map((x) => ({ ...x, slot: sv(x.slot) })), keys: p.keys.map((k) => `${k.source} ${k.info.type ?? ''}`), keyProblems: fv(p.keyProblems) });
const newPool = (lang: 'en' | 'zh' = 'en'): Pool => ({ certs: [], faults: [], keys: [], keyProblems: new Findings(lang) });
const scan = (source: string, data: Buffer | string, file = false) => scanView(scanInput(raw(source, file || Buffer.isBuffer(data) ? data : Buffer.from(data)), new Map()));

async function read(files: RawInput[], input: Partial<BundleInput> = {}, lang: 'en' | 'zh' = 'en') {
  const pool = newPool(lang);
  const seen = new Map<string, Cert>();
  const f = new Findings(lang);
  const whole = { files, ...input } as BundleInput;
  for (const r of files) await readFile(scanInput(r, seen), whole, pool, seen, f);
  const over = applySlots(whole, pool, seen, f);
  return { pool: poolView(pool), findings: fv(f), over: { ...over, leaf: cv(over.leaf) } };
}

const LEAF = bytes('rsa.crt').toString();
const INTER = bytes('pki/inter-rsa.crt').toString();
const ROOT = bytes('pki/root-rsa.crt').toString();
const body = (pem: string): string => pem.split('\n').filter((l) => l !== '' && !l.startsWith('-----')).join('\n');
const cutBegin = (pem: string): string => pem.split('\n').filter((l) => !l.startsWith('-----BEGIN')).join('\n');
const P7_PEM = `-----BEGIN PKCS7-----\n${bytes('rsa-chain.p7b').toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END PKCS7-----\n`;
const EMPTY_CERT = '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n';
const FLAGS = { utf16: false, repaired: false, keyBlocks: [], trusted: [], otherLabels: [], orphanEnds: [], bareBase64: false, bareCert: false, bareNested: false, bareP7: 0 };
const INTER_AT = (src: string, n: number) => `CN=SCM Test Intermediate R2 ${src}#${n}`;
const ROOT_AT = (src: string, n: number) => `CN=SCM Test Root R1 ${src}#${n}`;

describeFixtures('scanInput, whole results', () => {
  it('a DER certificate and a DER PKCS#7: the form, each certificate\'s position and label, every flag false', () => {
    expect(scan('c.der', 'rsa.der', true)).toEqual({ ...FLAGS, source: 'c.der', form: 'der', certs: [{ position: 1, label: 'CERTIFICATE', cert: 'CN=rsa.example.com c.der#1' }], startsWithBegin: false, size: 894, der: 894 });
    expect(scan('c.p7b', 'rsa-chain.p7b', true)).toEqual({
      ...FLAGS, source: 'c.p7b', form: 'der', startsWithBegin: false, size: 1707, der: 1707,
      certs: [{ position: 1, label: 'PKCS7', cert: INTER_AT('c.p7b', 1) }, { position: 2, label: 'PKCS7', cert: ROOT_AT('c.p7b', 2) }],
    });
  });

  it('a truncated DER certificate: the length announced and the length there, no flag set', () => {
    expect(scan('t.der', bytes('rsa.der').subarray(0, 300))).toEqual({ ...FLAGS, source: 't.der', form: 'truncated', certs: [], startsWithBegin: false, size: 300, expected: 894 });
  });

  it('a PEM PKCS7 block: its certificates numbered from 1 with label PKCS7; the key after it is a key block', () => {
    const text = P7_PEM + bytes('rsa.key').toString();
    expect(scan('p.pem', text)).toEqual({
      ...FLAGS, source: 'p.pem', form: 'text', startsWithBegin: true, size: Buffer.byteLength(text), keyBlocks: ['PRIVATE KEY'],
      certs: [{ position: 1, label: 'PKCS7', cert: INTER_AT('p.pem', 1) }, { position: 2, label: 'PKCS7', cert: ROOT_AT('p.pem', 2) }],
    });
    // after a certificate block, the PKCS7 certificates go on counting
    expect(scan('q.pem', LEAF + P7_PEM).certs).toEqual([
      { position: 1, label: 'CERTIFICATE', cert: 'CN=rsa.example.com q.pem#1' },
      { position: 2, label: 'PKCS7', cert: INTER_AT('q.pem', 2) },
      { position: 3, label: 'PKCS7', cert: ROOT_AT('q.pem', 3) },
    ]);
  });

  it('a PKCS7 block that holds no certificates (here a certificate\'s DER) is another label', () => {
    const text = `-----BEGIN PKCS7-----\n${bytes('rsa.der').toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END PKCS7-----\n`;
    expect(scan('n.p7', text)).toEqual({ ...FLAGS, source: 'n.p7', form: 'text', certs: [], startsWithBegin: true, size: Buffer.byteLength(text), otherLabels: ['PKCS7'] });
  });

  it('a PKCS7 block whose body is not base64 is another label too', () => {
    const text = '-----BEGIN PKCS7-----\n!!!! not base64 !!!!\n-----END PKCS7-----\n';
    expect(scan('n.p7', text)).toEqual({ ...FLAGS, source: 'n.p7', form: 'text', certs: [], startsWithBegin: true, size: Buffer.byteLength(text), otherLabels: ['PKCS7'] });
  });

  it('a PUBLIC KEY block is another label, not a PKCS7 nor a key', () => {
    const text = LEAF + bytes('rsa.pub.pem').toString();
    expect(scan('k.pem', text)).toEqual({
      ...FLAGS, source: 'k.pem', form: 'text', startsWithBegin: true, size: Buffer.byteLength(text), otherLabels: ['PUBLIC KEY'],
      certs: [{ position: 1, label: 'CERTIFICATE', cert: 'CN=rsa.example.com k.pem#1' }],
    });
  });

  it('white space before the first BEGIN line still starts with BEGIN', () => {
    const text = '\n  \n' + LEAF;
    expect(scan('w.pem', text)).toEqual({ ...FLAGS, source: 'w.pem', form: 'text', startsWithBegin: true, size: Buffer.byteLength(text), certs: [{ position: 1, label: 'CERTIFICATE', cert: 'CN=rsa.example.com w.pem#1' }] });
    expect(scan('x.pem', 'x\n' + LEAF).startsWithBegin).toBe(false);
  });

  it('the body of a certificate without its armor lines is bare base64 of a certificate; a PEM file is not bare', () => {
    const text = body(LEAF);
    expect(scan('b.txt', text)).toEqual({ ...FLAGS, source: 'b.txt', form: 'text', certs: [], bareBase64: true, bareCert: true, startsWithBegin: false, size: Buffer.byteLength(text) });
    expect(scan('c.pem', LEAF)).toMatchObject({ bareBase64: false, bareCert: false });
  });

  it('base64 of a certificate after a PEM block is not bare base64: the file has armor, its loose text is not the certificate', () => {
    const text = LEAF + body(INTER) + '\n';
    expect(scan('m.pem', text)).toEqual({ ...FLAGS, source: 'm.pem', form: 'text', startsWithBegin: true, size: Buffer.byteLength(text), certs: [{ position: 1, label: 'CERTIFICATE', cert: 'CN=rsa.example.com m.pem#1' }] });
  });

  it('certificates in a block of another label (CMS) are not read as PKCS7: only a PKCS7 label is', () => {
    const text = P7_PEM.replace(/PKCS7/g, 'CMS');
    expect(scan('c.pem', text)).toEqual({ ...FLAGS, source: 'c.pem', form: 'text', certs: [], startsWithBegin: true, size: Buffer.byteLength(text), otherLabels: ['CMS'] });
  });
});

describeFixtures('readFile into the pool, whole results', () => {
  it('PKCS#12: each certificate keeps its position in the file (1, 2, 3), the key is read, the conversion said', async () => {
    expect(await read([raw('x.pfx', 'pfx/rsa.pfx')], { pfxPassword: 'secret' })).toEqual({
      pool: { certs: ['CN=rsa.example.com x.pfx#1', INTER_AT('x.pfx', 2), ROOT_AT('x.pfx', 3)], faults: [], keys: ['x.pfx RSA'], keyProblems: [] },
      findings: ['input-converted info null: x.pfx is PKCS#12; its 3 certificates and private key will be sent as PEM'],
      over: { keyGiven: false, forcedLeaf: false },
    });
  });

  it('a truncated DER file and bare base64 are certificate faults at position 1, label CERTIFICATE', async () => {
    expect(await read([raw('t.der', bytes('rsa.der').subarray(0, 300)), raw('b.txt', body(LEAF))])).toEqual({
      pool: {
        certs: [], keys: [], keyProblems: [],
        faults: [
          { slot: { position: 1, label: 'CERTIFICATE', fault: 'truncated', expected: 894, size: 300 }, source: 't.der' },
          { slot: { position: 1, label: 'CERTIFICATE', fault: 'bare' }, source: 'b.txt' },
        ],
      },
      findings: [],
      over: { keyGiven: false, forcedLeaf: false },
    });
  });

  it('a DER file without a certificate is tried as a key (a DER certificate and an empty file are not)', async () => {
    expect(await read([raw('k.der', 'rsa.key.der'), raw('c.der', 'rsa.der'), raw('e.txt', '\n')])).toEqual({
      pool: { certs: ['CN=rsa.example.com c.der#1'], faults: [], keys: ['k.der RSA'], keyProblems: ['input-converted info null: k.der is a DER private key; it will be sent as PEM'] },
      findings: ['input-converted info null: k.der is a DER private key; it will be sent as PEM', 'input-converted info null: c.der is DER; its certificate will be sent as PEM'],
      over: { keyGiven: false, forcedLeaf: false },
    });
    expect(await read([raw('c.der', 'rsa.der')])).toEqual({
      pool: { certs: ['CN=rsa.example.com c.der#1'], faults: [], keys: [], keyProblems: [] },
      findings: ['input-converted info null: c.der is DER; its certificate will be sent as PEM'],
      over: { keyGiven: false, forcedLeaf: false },
    });
  });

  it('an orphan END line of a certificate after one certificate: a fault at position 2, label CERTIFICATE', async () => {
    for (const lang of ['en', 'zh'] as const) {
      expect(await read([raw('o.pem', LEAF + cutBegin(INTER))], {}, lang)).toEqual({
        pool: { certs: ['CN=rsa.example.com o.pem#1'], faults: [{ slot: { position: 2, label: 'CERTIFICATE', fault: 'no-begin' }, source: 'o.pem' }], keys: [], keyProblems: [] },
        findings: [],
        over: { keyGiven: false, forcedLeaf: false },
      });
    }
  });
});

describeFixtures('applySlots: --cert, --chain, --key over the files', () => {
  const none = { faults: [], keys: [], keyProblems: [] };
  it('--cert with leaf and intermediate: the leaf is its first certificate, the intermediate kept once', async () => {
    expect(await read([raw('f.pem', 'rsa-fullchain.pem')], { cert: raw('c.pem', LEAF + INTER) })).toEqual({
      pool: { ...none, certs: [INTER_AT('f.pem', 2)] }, findings: [], over: { keyGiven: false, forcedLeaf: true, leaf: 'CN=rsa.example.com f.pem#1' },
    });
  });

  it('--cert whose first certificate is empty: no leaf, its second certificate still joins the pool', async () => {
    expect(await read([raw('f.pem', 'rsa-fullchain.pem')], { cert: raw('c.pem', EMPTY_CERT + INTER) })).toEqual({
      pool: { ...none, certs: [INTER_AT('f.pem', 2)] },
      findings: ['cert-empty-body error SCM.0054: the certificate in c.pem has nothing between its BEGIN and END lines'],
      over: { keyGiven: false, forcedLeaf: true },
    });
    expect(await read([raw('o.pem', LEAF)], { cert: raw('c.pem', EMPTY_CERT + INTER) })).toEqual({
      pool: { ...none, certs: [INTER_AT('c.pem', 2)] },
      findings: ['cert-empty-body error SCM.0054: the certificate in c.pem has nothing between its BEGIN and END lines'],
      over: { keyGiven: false, forcedLeaf: true },
    });
  });

  it('--chain replaces the CA certificates of the files (their root is dropped); a non-empty --chain is not empty', async () => {
    expect(await read([raw('f.pem', 'rsa-fullchain-with-root.pem')], { chain: raw('ch.pem', INTER) })).toEqual({
      pool: { ...none, certs: ['CN=rsa.example.com f.pem#1', INTER_AT('f.pem', 2)] }, findings: [], over: { keyGiven: false, forcedLeaf: false },
    });
  });

  it('--chain holding the --cert leaf too: the leaf is not put among the chain', async () => {
    expect(await read([raw('f.pem', 'rsa-fullchain.pem')], { cert: raw('c.pem', LEAF), chain: raw('ch.pem', LEAF + INTER) })).toEqual({
      pool: { ...none, certs: [INTER_AT('f.pem', 2)] }, findings: [], over: { keyGiven: false, forcedLeaf: true, leaf: 'CN=rsa.example.com f.pem#1' },
    });
  });

  it('--cert naming a CA certificate the files hold: that certificate stays when --chain replaces the others', async () => {
    expect(await read([raw('f.pem', INTER + LEAF)], { cert: raw('c.pem', INTER), chain: raw('ch.pem', ROOT) })).toEqual({
      pool: { ...none, certs: [INTER_AT('f.pem', 1), ROOT_AT('ch.pem', 1)] }, findings: [], over: { keyGiven: false, forcedLeaf: true, leaf: INTER_AT('f.pem', 1) },
    });
  });

  it('an empty --chain: recorded, the chain of the files dropped', async () => {
    expect(await read([raw('f.pem', 'rsa-fullchain.pem')], { chain: raw('ch.pem', Buffer.alloc(0)) })).toEqual({
      pool: { ...none, certs: ['CN=rsa.example.com f.pem#1'] }, findings: [], over: { keyGiven: false, forcedLeaf: false, emptyChain: 'ch.pem' },
    });
  });
});

describeFixtures('what the user sees of those faults (both languages)', () => {
  it('an orphan END line after the leaf is a chain fault; a truncated DER file is the certificate\'s', async () => {
    const orphan = [['o.pem', Buffer.from(LEAF + cutBegin(INTER))], ['k.pem', 'rsa.key']] as Array<[string, string | Buffer]>;
    const cut = [['t.der', bytes('rsa.der').subarray(0, 300)], ['k.pem', 'rsa.key']] as Array<[string, string | Buffer]>;
    expect(lines(await readTogether(orphan))).toEqual(['chain-unparsable error SCM.0013: o.pem has an -----END----- line without its -----BEGIN----- line']);
    expect(lines(await readTogether(orphan, {}, 'zh'))).toEqual(['chain-unparsable error SCM.0013: o.pem 有 -----END----- 行，却没有对应的 -----BEGIN----- 行']);
    expect(lines(await readTogether(cut))).toEqual(['cert-unparsable error SCM.0031: t.der is binary DER data that stops short (it says 894 bytes, the file has 300): it was cut off in transfer']);
    expect(lines(await readTogether(cut, {}, 'zh'))).toEqual(['cert-unparsable error SCM.0031: t.der 是不完整的二进制 DER 数据（声明长度 894 字节，文件只有 300 字节）：文件在传输中被截断了']);
  });
});

// A PKCS#12 built by hand (no MAC, nothing encrypted), as in pkcs12-exact.test.ts: its bags hold what node:crypto refuses.
const P12 = '1.2.840.113549.1.12.10.1';
const bag = (id: string, value: Buffer): Buffer => seq(oid(id), tlv(0xa0, value), tlv(0x31));
const certBag = (der: Buffer): Buffer => bag(`${P12}.3`, seq(oid('1.2.840.113549.1.9.22.1'), tlv(0xa0, octet(der))));
const plainPfx = (...bags: Buffer[]): Buffer => seq(int(3), seq(oid('1.2.840.113549.1.7.1'), tlv(0xa0, octet(seq(seq(oid('1.2.840.113549.1.7.1'), tlv(0xa0, octet(seq(...bags)))))))));

describeFixtures('PKCS#12 bags node:crypto refuses', () => {
  it('a certificate bag that is not a certificate is a fault at its position; a key bag that is not a key a key problem', async () => {
    const der = plainPfx(certBag(bytes('rsa.der')), certBag(seq(int(1), oid('2.5.4.3'))), bag(`${P12}.1`, seq(int(0), oid('2.5.4.3'))));
    expect(await read([raw('x.pfx', der)])).toEqual({
      pool: {
        certs: ['CN=rsa.example.com x.pfx#1'], keys: [],
        faults: [{ slot: { position: 2, label: 'CERTIFICATE', fault: 'x509' }, source: 'x.pfx' }],
        keyProblems: ['key-unparsable error SCM.0012: the private key in x.pfx does not parse'],
      },
      findings: ['input-converted info null: x.pfx is PKCS#12; its 2 certificates will be sent as PEM'],
      over: { keyGiven: false, forcedLeaf: false },
    });
    expect(lines(await readTogether([['x.pfx', plainPfx(certBag(bytes('rsa.der')), certBag(seq(int(1), oid('2.5.4.3'))))], ['k.pem', 'rsa.key']]))).toEqual([
      'chain-unparsable error SCM.0013: certificate 2 in x.pfx does not parse as an X.509 certificate',
      'input-converted info null: x.pfx is PKCS#12; its 2 certificates will be sent as PEM',
    ]);
    expect((await read([raw('x.pfx', der)], {}, 'zh')).pool.keyProblems).toEqual(['key-unparsable error SCM.0012: x.pfx 中的私钥无法解析']);
  });
});
