// The PKCS#12 password as Windows writes it: a UTF-8 BOM (Notepad), UTF-16LE with a BOM (PowerShell 5's
// `"secret" > pw.txt`), UTF-16 without one, CRLF; from a file, standard input or $SCM_PFX_PASSWORD. Each opens
// the generated PKCS#12 file (password "secret").
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import { envPassword, passwordLine, pfxPassword } from '../../src/io/pfx-password.js';
import { check, describeFixtures, FIXTURES } from '../helpers/fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'scm-pfx-password-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const ctx = (stdin: Buffer = Buffer.alloc(0)) => ({ cwd: FIXTURES, stdin: Readable.from([stdin]) });

const utf16le = (s: string): Buffer => Buffer.from(s, 'utf16le');
const ENCODINGS: [string, Buffer][] = [
  ['UTF-8', Buffer.from('secret\n')],
  ['UTF-8 with CRLF', Buffer.from('secret\r\n')],
  ['UTF-8 with a BOM and CRLF', Buffer.from('\ufeffsecret\r\n')],
  ['UTF-8 without a line end', Buffer.from('secret')],
  ['UTF-8, a lone CR', Buffer.from('secret\rmore')],
  ['UTF-16LE with a BOM and CRLF (PowerShell 5)', utf16le('\ufeffsecret\r\n')],
  ['UTF-16LE without a BOM', utf16le('secret\n')],
  ['UTF-16BE with a BOM', utf16le('\ufeffsecret\n').swap16()],
];

it.each(ENCODINGS)('%s: the first line is "secret"', (_, data) => {
  expect(passwordLine(data)).toBe('secret');
});

it('a non-ASCII password in UTF-16 with a BOM, and the empty password, read as written', () => {
  expect(passwordLine(utf16le('\ufeffpässwörd-密码\r\n'))).toBe('pässwörd-密码');
  expect(passwordLine(Buffer.from('\n'))).toBe('');
  expect(passwordLine(Buffer.alloc(0))).toBe('');
});

it('the environment: a BOM and a line end copied in with the value are dropped; unset stays unset', () => {
  expect(envPassword('\ufeffsecret\r')).toBe('secret');
  expect(envPassword('secret')).toBe('secret');
  expect(envPassword('')).toBe('');
  expect(envPassword(undefined)).toBeUndefined();
});

it.each(ENCODINGS)('%s: from a file and from standard input, the file wins over the environment', async (_, data) => {
  const file = join(tmp, 'pw.txt');
  writeFileSync(file, data);
  expect(await pfxPassword(file, 'not this', ctx())).toBe('secret');
  expect(await pfxPassword('-', 'not this', ctx(data))).toBe('secret');
  expect(await pfxPassword(undefined, '\ufeffsecret', ctx())).toBe('secret');
});

describeFixtures('the password opens the PKCS#12 file', () => {
  it('PowerShell 5\'s UTF-16LE password file opens rsa.pfx', async () => {
    const file = join(tmp, 'pw16.txt');
    writeFileSync(file, utf16le('\ufeffsecret\r\n'));
    const r = await check({ pfx: 'rsa.pfx', pfxPassword: await pfxPassword(file, undefined, ctx()) });
    expect(r.valid).toBe(true);
  });
});
