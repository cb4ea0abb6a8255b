// validate/pem-layout.ts: the layouts OpenSSL's PEM reader refuses (each case checked against `openssl x509` and
// Node's X509Certificate, both OpenSSL 3, with a real certificate's body), and those it reads, though they look as odd.
import { describe, expect, it } from 'vitest';
import { layoutFault } from '../../src/core/validate/pem-layout.js';

const B64 = 'A'.repeat(64);
const block = (...lines: string[]): string => ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n');

describe('layoutFault', () => {
  it.each([
    ['an indented BEGIN line', ` ${block(B64, 'AAAA')}`, 'indented'],
    ['an indented END line', block(B64, 'AAAA').replace('-----END', '\t-----END'), 'indented'],
    ['a blank line between base64 lines', block(B64, '', 'AAAA'), 'blank-line'],
    ['a blank line (of spaces) before END', block(B64, 'AAAA', '   '), 'blank-line'],
    ['after a blank line just after BEGIN: a 76-character line', block('', 'A'.repeat(76), 'AAAA'), 'after-blank'],
    ['after it: 64 characters counting the indentation', block('', `  ${B64}`, 'AAAA'), 'after-blank'],
    ['after it: a short line before the last', block('', 'AAAA', B64, 'AAAA'), 'after-blank'],
    ['after it: another blank line', block('', '', B64, 'AAAA'), 'after-blank'],
    ['a remark after the BEGIN line', block(B64, 'AAAA').replace('CERTIFICATE-----\n', 'CERTIFICATE----- leaf\n'), 'begin-text'],
    ['a remark before the BEGIN line', block(B64, 'AAAA').replace('-----BEGIN', 'leaf: -----BEGIN'), 'begin-text'],
    ['a terminal\'s % after the END line, no newline', block(B64, 'AAAA').trimEnd() + '%', 'end-text'],
    ['a remark after the END line', block(B64, 'AAAA').replace('END CERTIFICATE-----', 'END CERTIFICATE----- # leaf'), 'end-text'],
    ['line ends that are a lone CR', block(B64, 'AAAA').replace(/\n/g, '\r'), 'cr'],
    ['a BOM before a BEGIN line after a blank line (files saved with one, joined)', `${block(B64)}\n\ufeff${block('AAAA')}`, 'bom'],
    ['a BOM before a BEGIN line after other text', `${block(B64)}leaf\n\ufeff${block('AAAA')}`, 'bom'],
    ['after an encrypted key\'s headers and their blank line: a 76-character line', block('Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,00', '', 'A'.repeat(76)), 'after-blank'],
  ])('%s: %s', (_, text, fault) => {
    expect(layoutFault(text)).toBe(fault);
  });

  it.each([
    ['a plain block', block(B64, B64, 'AAAA')],
    ['a BOM before a BEGIN line just after an END line (cat of two files saved with one)', `${block(B64)}\ufeff${block('AAAA')}`],
    ['76-character lines, no blank line', block('A'.repeat(76), 'AAAA')],
    ['indented base64 and trailing blanks', block(`  ${B64}   `, '\tAAAA')],
    ['a blank line just after BEGIN, then 64-character lines, the last shorter', block('', B64, B64, 'AAAA')],
    ['a blank line after headers, then 64-character lines', block('Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,00', '', B64, 'AAAA')],
    ['a lone CR at the very end, blanks after an END line', `${block(B64, 'AAAA').trimEnd()} \t\r`],
    ['CR CR LF line ends (a CRLF file converted again), a blank line just after BEGIN then 64-character lines', block('', B64, B64, 'AAAA').replace(/\n/g, '\r\r\n')],
    ['blank lines and text around the blocks, CRLF', `notes\r\n\r\n${block(B64).replace(/\n/g, '\r\n')}\r\n\r\n${block(B64)}`],
    ['trailing blanks on the armor lines', block(B64).replace(/-----\n/g, '-----  \n')],
    ['a PGP block (its armor is not PEM\'s: a blank line, then a checksum line), indented too', `  -----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQENBF1234\n=abcd\n-----END PGP PUBLIC KEY BLOCK-----\n${block(B64)}`],
  ])('%s: nothing', (_, text) => {
    expect(layoutFault(text)).toBeUndefined();
  });
});
