// The building blocks: the forgiving PEM scanner, canonical PEM output, DER sniffing, host-name syntax and
// wildcard coverage. Pure functions, no fixtures needed.
import { describe, expect, it } from 'vitest';
import { certSignatureOid, signatureInfo, spkiAlgorithm } from '../../src/core/validate/der-cert.js';
import { isDerSequence, looksLikePkcs12 } from '../../src/core/validate/der-sniff.js';
import { t, type Message, type Params } from '../../src/core/i18n.js';
import { domainArgProblem } from '../../src/core/validate/domain-arg.js';
import { covers, domainForm, hostnameProblem } from '../../src/core/validate/domains.js';
import { armor, decodeText, looksLikeBareBase64, repairPem, scanPem, toText, utf16Order } from '../../src/core/validate/pem.js';

const DER = Buffer.from('3003020101', 'hex');
const block = `-----BEGIN CERTIFICATE-----\n${DER.toString('base64')}\n-----END CERTIFICATE-----\n`;

describe('scanPem', () => {
  it('finds every block, with its label and decoded body', () => {
    const scan = scanPem(`${block}${block.replace(/CERTIFICATE/g, 'PRIVATE KEY')}`);
    expect(scan.blocks.map((b) => [b.label, b.complete, b.der?.toString('hex')])).toEqual([
      ['CERTIFICATE', true, '3003020101'],
      ['PRIVATE KEY', true, '3003020101'],
    ]);
  });

  it('tolerates BOM, CRLF, lone CR, indentation, trailing blanks, blank lines and text outside', () => {
    const messy = `\ufeffBag Attributes\r\n    localKeyID: 01\r\n  ${block.replace(/\n/g, ' \t\r\n')}\r\n\r\nsubject=CN = x\r${block}`;
    const scan = scanPem(toText(Buffer.from(messy)));
    expect(scan.blocks).toHaveLength(2);
    expect(scan.blocks.every((b) => b.complete && b.der?.equals(DER))).toBe(true);
  });

  it('keeps RFC 1421 headers apart from the body', () => {
    const legacy = '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00112233\n\nMAMCAQE=\n-----END RSA PRIVATE KEY-----\n';
    const [b] = scanPem(legacy).blocks;
    expect(b!.headers).toEqual({ 'Proc-Type': '4,ENCRYPTED', 'DEK-Info': 'AES-256-CBC,00112233' });
    expect(b!.der?.toString('hex')).toBe('3003020101');
  });

  it('notices missing armor lines, empty bodies and bad base64', () => {
    expect(scanPem('-----BEGIN CERTIFICATE-----\nMAMCAQE=\n').blocks[0]!.complete).toBe(false);
    expect(scanPem('MAMCAQE=\n-----END CERTIFICATE-----\n').orphanEnds).toHaveLength(1);
    expect(scanPem('-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----').blocks[0]!.bodyLength).toBe(0);
    expect(scanPem('-----BEGIN CERTIFICATE-----\nMAMC!QE=\n-----END CERTIFICATE-----').blocks[0]!.der).toBeNull();
    expect(looksLikeBareBase64(scanPem(`${'A'.repeat(64)}\n${'B'.repeat(40)}==\n`).outside)).toBe(true);
    expect(looksLikeBareBase64(scanPem('just some words in a file that is long enough to be considered').outside)).toBe(false);
  });
});

describe('armor', () => {
  it('writes 64-column base64 with LF line ends', () => {
    const out = armor('CERTIFICATE', Buffer.alloc(100, 7));
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('-----BEGIN CERTIFICATE-----');
    expect(lines[1]).toHaveLength(64);
    expect(lines.at(-1)).toBe('-----END CERTIFICATE-----');
    expect(out.endsWith('-----\n')).toBe(true);
    expect(out).not.toContain('\r');
  });
});

describe('DER helpers', () => {
  it('tells a complete DER sequence and a PKCS#12 header apart from text', () => {
    expect(isDerSequence(DER)).toBe(true);
    expect(isDerSequence(Buffer.concat([DER, Buffer.from([0])]))).toBe(false);
    expect(isDerSequence(Buffer.from('0123 not der'))).toBe(false);
    expect(looksLikePkcs12(Buffer.from('3003020103', 'hex'))).toBe(true);
    expect(looksLikePkcs12(DER)).toBe(false);
  });

  it('reads OIDs without trusting lengths', () => {
    expect(certSignatureOid(Buffer.from('30820000', 'hex'))).toBeUndefined();
    expect(spkiAlgorithm(Buffer.from('300b300906072a8648ce3d0201', 'hex'))).toEqual({ algorithm: '1.2.840.10045.2.1' });
    expect(signatureInfo('1.2.840.113549.1.1.5')).toEqual({ name: 'sha1WithRSAEncryption', weak: 'SHA-1' });
    expect(signatureInfo('1.2.156.10197.1.501')).toEqual({ name: 'SM2-with-SM3' });
  });
});

describe('hostnameProblem', () => {
  it.each(['example.com', 'a-b.example.com', '*.example.com', 'xn--bcher-kva.example', 'localhost', `${'a'.repeat(63)}.com`])('%s is valid', (name) => {
    expect(hostnameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', /empty/],
    ['a..b.com', /empty label/],
    ['example.com.', /ends with a dot/],
    ['under_score.com', /characters other than letters/],
    ['sp ace.com', /spaces/],
    ['foo*.example.com', /not the whole leftmost label/],
    ['a.*.example.com', /not the whole leftmost label/],
    ['*.*.example.com', /more than one wildcard/],
    ['*', /bare wildcard/],
    ['-a.com', /starts or ends with a hyphen/],
    ['a-.com', /starts or ends with a hyphen/],
    [`${'a'.repeat(64)}.com`, /label of 64 characters/],
    [`${'a.'.repeat(127)}com`, /257 characters long/],
    ['bücher.example', /punycode \(xn--bcher-kva\.example\)/],
  ])('%j is invalid', (name, why) => {
    const [message, params] = hostnameProblem(name)!;
    expect(t('en', message, params)).toMatch(why);
    expect(t('zh', message, params)).not.toBe(t('en', message, params));
  });
});

describe('--domain values', () => {
  it.each(['www.example.com', '*.example.com', 'bücher.example.com', '10.0.0.1', '2001:db8::1', 'localhost'])('%s is a domain (or an address)', (value) => {
    expect(domainArgProblem(value)).toBeUndefined();
  });

  it.each([['', /is empty/], ['bad domain', /spaces/], ['*', /bare wildcard/], ['.example.com', /empty label/], ['a..b', /empty label/], ['exa_mple.com', /characters other/]])('%j is not', (value, why) => {
    expect(t('en', ...(domainArgProblem(value)! as [Message, Params?]))).toMatch(why);
  });

  it('compares Unicode names in punycode', () => {
    expect(domainForm('Bücher.Example.com')).toBe('xn--bcher-kva.example.com');
    expect(domainForm('10.0.0.1')).toBe('10.0.0.1');
  });
});

describe('PEM that lost its line breaks', () => {
  const pem = `-----BEGIN CERTIFICATE-----\n${DER.toString('base64')}\n-----END CERTIFICATE-----\n`;

  it('puts them back when spaces or literal \\n replaced them, and leaves good PEM alone', () => {
    expect(repairPem(pem)).toBeUndefined();
    expect(repairPem('Bag Attributes\n  friendlyName: C:\\new\n' + pem)).toBeUndefined();
    for (const broken of [pem.replace(/\n/g, ' '), pem.replace(/\n/g, '\\n'), pem.replace(/\n/g, '\\r\\n')]) {
      const fixed = repairPem(broken)!;
      expect(scanPem(fixed).blocks.map((b) => b.der?.toString('hex'))).toEqual(['3003020101']);
    }
  });

  it('a remark beside an armor line (`-----BEGIN CERTIFICATE----- leaf`, `leaf: -----BEGIN CERTIFICATE-----`, a terminal\'s % after END) is no line break lost: left alone, and the block read without it; base64 run onto the BEGIN line still is one', () => {
    const long = `-----BEGIN CERTIFICATE-----\n${'A'.repeat(64)}\nMAMCAQE=\n-----END CERTIFICATE-----\n`;
    for (const text of [long.replace('CERTIFICATE-----\n', 'CERTIFICATE----- leaf\n'), long.replace('BEGIN CERTIFICATE-----', 'BEGIN CERTIFICATE-----\t# leaf'), `${long.trimEnd()}%`, `leaf: ${long}`, long.replace('END CERTIFICATE-----', 'END CERTIFICATE----- (leaf)')]) {
      expect(repairPem(text)).toBeUndefined();
      expect(scanPem(text).blocks.map((b) => [b.complete, b.bodyLength])).toEqual([[true, 72]]);
    }
    expect(scanPem(repairPem(long.replace('CERTIFICATE-----\n', 'CERTIFICATE-----'))!).blocks.map((b) => [b.complete, b.bodyLength])).toEqual([[true, 72]]);
  });

  it('PEM in a JSON string that also escaped its slashes (\\/, as PHP\'s json_encode writes them): the base64 mended too', () => {
    const slashed = Buffer.from([0xfb, 0xff, 0xbf, 0xfb, 0xff, 0xbf]);
    expect(slashed.toString('base64')).toContain('/');
    const text = `-----BEGIN CERTIFICATE-----\\n${slashed.toString('base64').replace(/\//g, '\\/')}\\n-----END CERTIFICATE-----\\n`;
    expect(scanPem(repairPem(text)!).blocks.map((b) => b.der?.toString('hex'))).toEqual([slashed.toString('hex')]);
    // Without a literal \n there is no JSON string to undo: a backslash elsewhere is left as it is.
    expect(repairPem('friendlyName: a\\/b\n' + pem)).toBeUndefined();
  });

  it('recognises UTF-16 with or without a byte-order mark', () => {
    const le = Buffer.from(pem, 'utf16le');
    expect(utf16Order(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe('le');
    expect(utf16Order(le)).toBe('le');
    expect(utf16Order(Buffer.from(le).swap16())).toBe('be');
    expect(utf16Order(Buffer.from(pem))).toBeUndefined();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]))).toEqual({ text: pem, utf16: true, repaired: false });
  });
});

describe('covers', () => {
  it('is exact or one wildcard level, ignoring case', () => {
    expect(covers('WWW.example.com', 'www.EXAMPLE.com')).toBe(true);
    expect(covers('*.example.com', 'a.example.com')).toBe(true);
    expect(covers('*.example.com', 'example.com')).toBe(false);
    expect(covers('*.example.com', 'a.b.example.com')).toBe(false);
    expect(covers('*.example.com', '*.example.com')).toBe(true);
    expect(covers('a.example.com', '*.example.com')).toBe(false);
  });
});
