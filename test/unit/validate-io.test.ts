// Reading inputs: which files of a bundle folder are the certificate, chain and key; what counts as
// unreadable input (exit 2); the size limit; standard input.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { isDirectory, readBundleDir } from '../../src/io/bundle-files.js';
import { INPUT_LIMIT, readInput, readPasswordFile } from '../../src/io/read-input.js';
import type { BundleInput } from '../../src/core/validate/types.js';
import { describeFixtures, FIXTURES } from '../helpers/fixtures.js';

const ctx = (stdin = ''): { cwd: string; stdin: NodeJS.ReadableStream } => ({ cwd: FIXTURES, stdin: Readable.from([Buffer.from(stdin)]) });
const files = (input: BundleInput): Record<string, string> =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => typeof v === 'object').map(([k, v]) => [k, basename((v as { source: string }).source)]));

const tmp = mkdtempSync(join(tmpdir(), 'scm-validate-io-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describeFixtures('bundle folders', () => {
  it.each([
    ['rsa-ok', { cert: 'fullchain.pem', key: 'privkey.pem' }],
    ['certbot-split', { cert: 'cert.pem', chain: 'chain.pem', key: 'privkey.pem' }],
    ['no-key', { cert: 'fullchain.pem' }],
    ['generic', { cert: 'site.crt', chain: 'ca-bundle.crt', key: 'site.key' }],
    ['combined', { cert: 'bundle.pem' }],
    ['der', { cert: 'server.cer', chain: 'intermediate.crt', key: 'server.key' }],
    ['pfx', { pfx: 'site.pfx' }],
  ])('%s', async (dir, expected) => {
    expect(files(await readBundleDir(`bundles/${dir}`, ctx()))).toEqual(expected);
  });

  it('follows symbolic links, as in /etc/letsencrypt/live', async () => {
    const live = join(tmp, 'live');
    mkdirSync(live);
    for (const name of ['fullchain.pem', 'privkey.pem']) symlinkSync(join(FIXTURES, 'bundles/rsa-ok', name), join(live, name));
    expect(files(await readBundleDir(live, ctx()))).toEqual({ cert: 'fullchain.pem', key: 'privkey.pem' });
  });

  it.each([
    ['bundles/ambiguous', /cannot tell which certificate to use in bundles\/ambiguous: a\.crt, b\.crt/],
    ['bundles/empty-dir', /holds no certificate/],
    ['bundles/rsa-ok/README', /is not a directory/],
    ['bundles/missing', /cannot read bundles\/missing: no such directory/],
  ])('%s is unreadable input', async (dir, message) => {
    const e = await readBundleDir(dir, ctx()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).exitCode).toBe(2);
    expect((e as InputError).message).toMatch(message);
  });

  it('isDirectory tells folders from files', async () => {
    expect(await isDirectory('bundles/rsa-ok', ctx())).toBe(true);
    expect(await isDirectory('bundles/rsa-ok/README', ctx())).toBe(false);
    expect(await isDirectory('nowhere', ctx())).toBe(false);
  });
});

describeFixtures('input files', () => {
  it('reads a file relative to the working directory, keeping the path as given', async () => {
    const r = await readInput('cases/rsa.crt', ctx());
    expect(r.source).toBe('cases/rsa.crt');
    expect(r.data.toString()).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  it('reads - from standard input', async () => {
    expect(await readInput('-', ctx('hello'))).toEqual({ source: '-', data: Buffer.from('hello') });
  });

  it.each([
    ['cases/missing.pem', /cannot read cases\/missing\.pem: no such file/],
    ['cases', /cases is a directory/],
  ])('%s is unreadable input', async (path, message) => {
    await expect(readInput(path, ctx())).rejects.toThrow(message);
    await expect(readInput(path, ctx())).rejects.toBeInstanceOf(InputError);
  });

  it(`refuses files over ${INPUT_LIMIT} bytes`, async () => {
    const big = join(tmp, 'big.pem');
    writeFileSync(big, Buffer.alloc(INPUT_LIMIT + 1, 65));
    await expect(readInput(big, ctx())).rejects.toThrow(/is 1048577 bytes; a certificate, key or PKCS#12 file is at most 1048576 bytes/);
    await expect(readInput('-', { cwd: tmp, stdin: Readable.from([Buffer.alloc(INPUT_LIMIT + 1)]) })).rejects.toThrow(/standard input is larger/);
  });

  it('takes the first line of a password file', async () => {
    const pw = join(tmp, 'pw.txt');
    writeFileSync(pw, 's3cret pass\r\nsecond line\n');
    expect(await readPasswordFile(pw, ctx())).toBe('s3cret pass');
  });
});
