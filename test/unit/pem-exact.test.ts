// The PEM reader and writer pinned to exact values (issue #15, mutation testing): what each forgiving step
// keeps and drops, at its boundaries, so that a change which accepts a damaged file, refuses a good one or
// alters the PEM we send makes a test fail. Pure functions on hand-made text; no fixtures needed.
import { describe, expect, it } from 'vitest';
import { t, type Message, type Params } from '../../src/core/i18n.js';
import { describeLabel, isCertLabel, isKeyLabel, isSshKeyLabel } from '../../src/core/validate/block-labels.js';
import { armor, decodeText, fromUtf16, looksLikeBareBase64, repairPem, scanPem, toText, utf16Order } from '../../src/core/validate/pem.js';

const B64 = 'MAMCAQE='; // 30 03 02 01 01
const DER = Buffer.from('3003020101', 'hex');
const PEM = `-----BEGIN CERTIFICATE-----\n${B64}\n-----END CERTIFICATE-----\n`;
const hex = (b: Buffer | null): string | null => b && b.toString('hex');
/** A block as plain data, to compare whole. */
const plain = (text: string) => scanPem(text).blocks.map((b) => ({ label: b.label, headers: b.headers, der: hex(b.der), bodyLength: b.bodyLength, complete: b.complete }));

describe('toText and fromUtf16', () => {
  it('drop one byte-order mark and nothing else', () => {
    expect(toText(Buffer.from('\ufeffabc'))).toBe('abc');
    expect(toText(Buffer.from('abc'))).toBe('abc');
    expect(toText(Buffer.from('\ufeff\ufeffabc'))).toBe('\ufeffabc');
    expect(fromUtf16(Buffer.from('\ufeffabc', 'utf16le'), 'le')).toBe('abc');
    expect(fromUtf16(Buffer.from('abc', 'utf16le'), 'le')).toBe('abc');
    expect(fromUtf16(Buffer.from('\ufeffabc', 'utf16le').swap16(), 'be')).toBe('abc');
  });
});

describe('utf16Order', () => {
  it('needs at least two characters, an even length, and a mark or zeros on one side only', () => {
    expect(utf16Order(Buffer.from('fffe', 'hex'))).toBeUndefined();
    expect(utf16Order(Buffer.from('fffe41', 'hex'))).toBeUndefined();
    expect(utf16Order(Buffer.from('fffe4100', 'hex'))).toBe('le');
    expect(utf16Order(Buffer.from('feff0041', 'hex'))).toBe('be');
    expect(utf16Order(Buffer.from('fffe410042', 'hex'))).toBeUndefined();
    // Half a mark is no mark.
    expect(utf16Order(Buffer.from('ff414243', 'hex'))).toBeUndefined();
    expect(utf16Order(Buffer.from('41fe4243', 'hex'))).toBeUndefined();
    expect(utf16Order(Buffer.from('fe414243', 'hex'))).toBeUndefined();
    expect(utf16Order(Buffer.from('41ff4243', 'hex'))).toBeUndefined();
    // Without a mark: every other byte zero, and only those.
    expect(utf16Order(Buffer.from('AB', 'utf16le'))).toBe('le');
    expect(utf16Order(Buffer.from('AB', 'utf16le').swap16())).toBe('be');
    expect(utf16Order(Buffer.from('ABCD'))).toBeUndefined();
    expect(utf16Order(Buffer.from('41004243', 'hex'))).toBeUndefined();
    expect(utf16Order(Buffer.from('00414243', 'hex'))).toBeUndefined();
    expect(utf16Order(Buffer.from('00000000', 'hex'))).toBeUndefined();
  });

  it('looks at the first 64 bytes only', () => {
    const le = Buffer.from('x'.repeat(32), 'utf16le');
    expect(utf16Order(Buffer.concat([le, Buffer.from('yz')]))).toBe('le');
    expect(utf16Order(Buffer.concat([le.subarray(0, 62), Buffer.from('yz')]))).toBeUndefined();
  });
});

describe('repairPem', () => {
  it('puts line breaks back where spaces replaced them, keeping the text around', () => {
    expect(repairPem(`Bag Attributes\n-----BEGIN CERTIFICATE----- ${B64} -----END CERTIFICATE-----\n`))
      .toBe(`Bag Attributes\n\n-----BEGIN CERTIFICATE-----\n ${B64} \n-----END CERTIFICATE-----\n\n`);
  });

  it('turns literal \\n, \\r\\n and \\r into line breaks, and only those', () => {
    expect(repairPem(`-----BEGIN CERTIFICATE-----\\n${B64}\\n-----END CERTIFICATE-----\\n`)).toBe(PEM);
    expect(repairPem(`-----BEGIN CERTIFICATE-----\\r\\n${B64}\\r\\n-----END CERTIFICATE-----\\r\\n`)).toBe(PEM);
    expect(repairPem(`-----BEGIN CERTIFICATE-----\\r${B64}\\r-----END CERTIFICATE-----\\r`)).toBe(PEM);
    expect(repairPem(`x\\ty\\n-----BEGIN CERTIFICATE-----\\n${B64}\\n-----END CERTIFICATE-----`)).toBe(`x\\ty\n-----BEGIN CERTIFICATE-----\n${B64}\n-----END CERTIFICATE-----`);
  });

  it('leaves backslashes alone when no armor line is glued to one', () => {
    const glued = `friendlyName: C:\\new\n-----BEGIN CERTIFICATE----- ${B64} -----END CERTIFICATE-----`;
    expect(repairPem(glued)).toBe(`friendlyName: C:\\new\n\n-----BEGIN CERTIFICATE-----\n ${B64} \n-----END CERTIFICATE-----\n`);
  });

  it('says nothing needed repair when the text is left as it was', () => {
    expect(repairPem(PEM)).toBeUndefined();
    // Glued to text, but not a marker this reader would take (the label starts with a space): nothing to cut.
    expect(repairPem('x-----BEGIN  CERT-----')).toBeUndefined();
  });
});

describe('scanPem', () => {
  it('reads a block exactly: label, headers, body, length and completeness', () => {
    expect(plain(PEM)).toEqual([{ label: 'CERTIFICATE', headers: {}, der: '3003020101', bodyLength: 8, complete: true }]);
    expect(scanPem(PEM)).toMatchObject({ orphanEnds: [], outside: '' });
  });

  it('closes a block that a new BEGIN interrupts as incomplete, and keeps both', () => {
    expect(plain(`-----BEGIN CERTIFICATE-----\n${B64}\n${PEM}`)).toEqual([
      { label: 'CERTIFICATE', headers: {}, der: '3003020101', bodyLength: 8, complete: false },
      { label: 'CERTIFICATE', headers: {}, der: '3003020101', bodyLength: 8, complete: true },
    ]);
  });

  it('counts END lines without a BEGIN, and keeps the text outside blocks without its blanks', () => {
    const scan = scanPem(`a b\t c\n-----END CERTIFICATE-----\n${PEM}-----END X-----\n  d e  \n`);
    expect(scan.orphanEnds).toEqual(['CERTIFICATE', 'X']);
    expect(scanPem(PEM).orphanEnds).toEqual([]);
    expect(scan.outside).toBe('abcde');
    expect(scan.blocks).toHaveLength(1);
  });

  it('takes headers only before the body, after blank lines too', () => {
    expect(plain('-----BEGIN RSA PRIVATE KEY-----\n\nProc-Type: 4,ENCRYPTED\nDEK-Info:AES-128-CBC,01\n\nMAMC\nAQE=\n-----END RSA PRIVATE KEY-----')).toEqual([
      { label: 'RSA PRIVATE KEY', headers: { 'Proc-Type': '4,ENCRYPTED', 'DEK-Info': 'AES-128-CBC,01' }, der: '3003020101', bodyLength: 8, complete: true },
    ]);
    // A "Name: value" line after the body has started is body, and spoils it.
    expect(plain('-----BEGIN CERTIFICATE-----\nMAMC\nNote: x\n-----END CERTIFICATE-----')).toEqual([
      { label: 'CERTIFICATE', headers: {}, der: null, bodyLength: 10, complete: true },
    ]);
  });

  it('removes blanks inside body lines', () => {
    expect(plain('-----BEGIN CERTIFICATE-----\nMA MC\tAQ  E=\n-----END CERTIFICATE-----')[0]!.der).toBe('3003020101');
  });

  it('refuses an empty body and base64 whose length is not a multiple of four', () => {
    expect(plain('-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----')).toEqual([{ label: 'CERTIFICATE', headers: {}, der: null, bodyLength: 0, complete: true }]);
    expect(plain('-----BEGIN CERTIFICATE-----\nMAMCAQE\n-----END CERTIFICATE-----')[0]!.der).toBeNull();
    expect(plain('-----BEGIN CERTIFICATE-----\nMAMCAQE==\n-----END CERTIFICATE-----')[0]!.der).toBeNull();
    expect(plain('-----BEGIN CERTIFICATE-----\nMAMCAQ==\n-----END CERTIFICATE-----')[0]!.der).toBe('30030201');
  });

  it('splits lines on CRLF, CR and LF alike', () => {
    for (const eol of ['\r\n', '\r', '\n']) expect(plain(PEM.replace(/\n/g, eol))[0], JSON.stringify(eol)).toMatchObject({ der: '3003020101', complete: true });
  });
});

describe('looksLikeBareBase64', () => {
  it('needs 64 characters of base64', () => {
    expect(looksLikeBareBase64('A'.repeat(64))).toBe(true);
    expect(looksLikeBareBase64('A'.repeat(63))).toBe(false);
    expect(looksLikeBareBase64(`${'A'.repeat(63)}!`)).toBe(false);
  });
});

describe('labels', () => {
  it('tells private-key labels by their last words', () => {
    for (const label of ['PRIVATE KEY', 'RSA PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'OPENSSH PRIVATE KEY']) expect(isKeyLabel(label), label).toBe(true);
    for (const label of ['PUBLIC KEY', 'XPRIVATE KEY', 'PRIVATE KEY BLOB', 'RSA PRIVATE KEYS', 'CERTIFICATE']) expect(isKeyLabel(label), label).toBe(false);
  });

  it('takes the three certificate labels and no other', () => {
    for (const label of ['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']) expect(isCertLabel(label), label).toBe(true);
    for (const label of ['CERTIFICATE REQUEST', 'PKCS7', 'X509 CRL', '']) expect(isCertLabel(label), label).toBe(false);
  });

  it('knows the SSH key formats TLS servers cannot take', () => {
    for (const label of ['OPENSSH PRIVATE KEY', 'SSH2 ENCRYPTED PRIVATE KEY']) expect(isSshKeyLabel(label), label).toBe(true);
    for (const label of ['PRIVATE KEY', 'RSA PRIVATE KEY', 'SSH2', 'XSSH2 KEY']) expect(isSshKeyLabel(label), label).toBe(false);
  });

  it('names a block in words, never echoing a key label', () => {
    const say = (lang: 'en' | 'zh') => ({ say: (m: Message, p?: Params) => t(lang, m, p) });
    const names = (lang: 'en' | 'zh') =>
      ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'DSA PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST', 'PKCS7']
        .map((label) => describeLabel(label, say(lang)));
    expect(names('en')).toEqual([
      'PKCS#8 private key', 'PKCS#1 RSA private key', 'SEC1 EC private key', 'encrypted PKCS#8 private key', 'DSA private key', 'OPENSSH private key',
      'certificate signing request (CSR)', 'certificate signing request (CSR)', 'PKCS7 block',
    ]);
    expect(names('zh')).toEqual([
      'PKCS#8 私钥', 'PKCS#1 RSA 私钥', 'SEC1 EC 私钥', '加密的 PKCS#8 私钥', 'DSA 私钥', 'OPENSSH 私钥', '证书签名请求（CSR）', '证书签名请求（CSR）', 'PKCS7 块',
    ]);
  });
});

describe('armor', () => {
  it('writes the canonical PEM exactly, with no empty line when the base64 fills its last line', () => {
    expect(armor('CERTIFICATE', DER)).toBe(PEM);
    const b64 = Buffer.alloc(96, 0xfb).toString('base64');
    expect(armor('X', Buffer.alloc(96, 0xfb))).toBe(`-----BEGIN X-----\n${b64.slice(0, 64)}\n${b64.slice(64)}\n-----END X-----\n`);
    expect(armor('X', Buffer.alloc(48, 0xfb))).toBe(`-----BEGIN X-----\n${'+/v7'.repeat(16)}\n-----END X-----\n`);
    expect(armor('X', Buffer.alloc(0))).toBe('-----BEGIN X-----\n-----END X-----\n');
  });
});

describe('decodeText', () => {
  it('says what it did: UTF-16 converted, line breaks put back', () => {
    expect(decodeText(Buffer.from(`\ufeff${PEM}`))).toEqual({ text: PEM, utf16: false, repaired: false });
    expect(decodeText(Buffer.from(PEM.replace(/\n/g, '\\n')))).toEqual({ text: PEM, utf16: false, repaired: true });
    expect(decodeText(Buffer.from(PEM, 'utf16le'))).toEqual({ text: PEM, utf16: true, repaired: false });
    expect(decodeText(Buffer.from(`\ufeff${PEM.replace(/\n/g, '\\n')}`, 'utf16le').swap16())).toEqual({ text: PEM, utf16: true, repaired: true });
  });
});
