// Reading inputs: every file of a bundle folder (roles are decided by content in core); what counts as
// unreadable input (exit 2); the size limit; standard input, pipes and FIFOs.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { isDirectory, readBundleDir } from '../../src/io/bundle-files.js';
import { pfxPassword } from '../../src/io/pfx-password.js';
import { INPUT_LIMIT, readInput } from '../../src/io/read-input.js';
import type { BundleInput } from '../../src/core/validate/types.js';
import { describeFixtures, FIXTURES } from '../helpers/fixtures.js';

const ctx = (stdin = ''): { cwd: string; stdin: NodeJS.ReadableStream } => ({ cwd: FIXTURES, stdin: Readable.from([Buffer.from(stdin)]) });

const tmp = mkdtempSync(join(tmpdir(), 'scm-validate-io-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describeFixtures('bundle folders', () => {
  const names = (input: BundleInput): string[] => (input.files ?? []).map((f) => basename(f.source));

  it.each([
    ['rsa-ok', ['README', 'cert.pem', 'chain.pem', 'fullchain.pem', 'privkey.pem']],
    ['layouts/godaddy', ['1a2b3c4d5e6f.crt', 'gd_bundle-g2-g1.crt', 'generated-private-key.txt']],
    ['layouts/tencent-nginx', ['www.example.com.csr', 'www.example.com.key', 'www.example.com_bundle.crt', 'www.example.com_bundle.pem']],
    ['pfx', ['site.pfx']],
  ])('%s: every file is read, whatever its name (the content decides later)', async (dir, expected) => {
    const input = await readBundleDir(`bundles/${dir}`, ctx());
    expect(names(input)).toEqual(expected);
    expect(input.bundle).toBe(`bundles/${dir}`);
    expect(input.files!.every((f) => f.data.length > 0)).toBe(true);
  });

  it('follows symbolic links, as in /etc/letsencrypt/live, and leaves out hidden files, folders and files too big to be a certificate', async () => {
    const live = join(tmp, 'live');
    mkdirSync(live);
    for (const name of ['fullchain.pem', 'privkey.pem']) symlinkSync(join(FIXTURES, 'bundles/rsa-ok', name), join(live, name));
    mkdirSync(join(live, 'archive'));
    writeFileSync(join(live, '.hidden.pem'), 'x');
    writeFileSync(join(live, 'download.zip'), Buffer.alloc(INPUT_LIMIT + 1));
    expect(names(await readBundleDir(live, ctx()))).toEqual(['fullchain.pem', 'privkey.pem']);
  });

  it('a file too big that is named like a certificate or key (a fullchain.pem with a trust store appended) is unreadable input naming it', async () => {
    const big = join(tmp, 'big');
    mkdirSync(big);
    symlinkSync(join(FIXTURES, 'bundles/rsa-ok/privkey.pem'), join(big, 'privkey.pem'));
    writeFileSync(join(big, 'fullchain.pem'), Buffer.alloc(INPUT_LIMIT + 1, 65));
    const e = await readBundleDir(big, ctx()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).exitCode).toBe(2);
    expect((e as InputError).message).toBe(`${join(big, 'fullchain.pem')} is 1048577 bytes; a certificate, key or PKCS#12 file is at most 1048576 bytes here`);
  });

  it.each([
    ['bundles/empty-dir', /bundles\/empty-dir holds no files/],
    ['bundles/rsa-ok/README', /is not a directory/],
    ['bundles/missing', /cannot read bundles\/missing: no such directory/],
  ])('%s is unreadable input', async (dir, message) => {
    const e = await readBundleDir(dir, ctx()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).exitCode).toBe(2);
    expect((e as InputError).message).toMatch(message);
  });

  describe('a symbolic link to nothing in a folder is unreadable input naming it and its target (exit 2)', () => {
    const rsa = (name: string): string => join(FIXTURES, 'bundles/rsa-ok', name);

    it('one link to nothing beside the certificates: named with its target, never a report without the key', async () => {
      const half = join(tmp, 'half');
      mkdirSync(half);
      symlinkSync(rsa('fullchain.pem'), join(half, 'fullchain.pem'));
      symlinkSync('../gone/privkey9.pem', join(half, 'privkey.pem'));
      const e = await readBundleDir(half, ctx()).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).exitCode).toBe(2);
      expect((e as InputError).message).toBe(`cannot read ${join(half, 'privkey.pem')}: it is a symbolic link to ../gone/privkey9.pem, which does not exist`);
      expect((e as InputError).hint).toBe('copy the file itself into the folder, or make the link point to a file that exists');
      const zh = await readBundleDir(half, { ...ctx(), lang: 'zh' }).catch((x: unknown) => x);
      expect((zh as InputError).message).toBe(`无法读取 ${join(half, 'privkey.pem')}：它是指向 ../gone/privkey9.pem 的符号链接，而目标不存在`);
    });

    it("a copy of certbot's live/<name> without archive/: every link named, with the hint to copy what they point to", async () => {
      const backup = join(tmp, 'backup');
      const x = join(backup, 'x');
      mkdirSync(x, { recursive: true });
      for (const f of ['cert', 'chain', 'fullchain', 'privkey']) symlinkSync(`../../archive/x/${f}1.pem`, join(x, `${f}.pem`));
      const e = await readBundleDir(x, ctx()).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).exitCode).toBe(2);
      expect((e as InputError).message).toBe(
        `cannot read 4 files in ${x}: they are symbolic links to files that do not exist: cert.pem -> ../../archive/x/cert1.pem, chain.pem -> ../../archive/x/chain1.pem, fullchain.pem -> ../../archive/x/fullchain1.pem, privkey.pem -> ../../archive/x/privkey1.pem`,
      );
      expect((e as InputError).hint).toMatch(/^certbot's live\/ folders hold links into \.\.\/\.\.\/archive\/, which must be copied with them: .*'cp -rL/);
      const zh = await readBundleDir(x, { ...ctx(), lang: 'zh' }).catch((x: unknown) => x);
      expect((zh as InputError).message).toMatch(/^无法读取 .* 中的 4 个文件：它们是指向不存在的文件的符号链接：cert\.pem -> \.\.\/\.\.\/archive\/x\/cert1\.pem、chain\.pem -> /);
      // The folder above points at the copy, as it does for a folder of links that work.
      const up = await readBundleDir(backup, ctx()).catch((x: unknown) => x);
      expect((up as InputError).hint).toBe(`validate that folder: \`scm validate ${backup}/x\``);
    });
  });

  it('refuses a folder of 65 files (not a bundle folder), in the language asked', async () => {
    const crowd = join(tmp, 'crowd');
    mkdirSync(crowd);
    for (let i = 0; i < 65; i++) writeFileSync(join(crowd, `f${i}.pem`), 'x');
    await expect(readBundleDir(crowd, ctx())).rejects.toThrow(/holds 65 files; a bundle folder holds a few/);
    await expect(readBundleDir(crowd, { ...ctx(), lang: 'zh' })).rejects.toThrow(/中有 65 个文件/);
  });

  it('isDirectory tells folders from files', async () => {
    expect(isDirectory('bundles/rsa-ok', ctx())).toBe(true);
    expect(isDirectory('bundles/rsa-ok/README', ctx())).toBe(false);
    expect(isDirectory('nowhere', ctx())).toBe(false);
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
    ['/dev/zero', /\/dev\/zero is not a regular file, a pipe or standard input/],
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

  it('reads a FIFO as it is written (a writer that comes a moment later included), with the same limit as standard input', async () => {
    const fifo = join(tmp, 'cert.fifo');
    execFileSync('mkfifo', [fifo]);
    const pem = readFileSync(join(FIXTURES, 'cases/rsa.crt'));
    const writer = spawn('sh', ['-c', `sleep 0.05; cat "${join(FIXTURES, 'cases/rsa.crt')}" > "${fifo}"`]);
    // Listen before reading: the writer may be gone (its 'close' event past) by the time the read returns.
    const written = new Promise((done) => writer.on('close', done));
    expect((await readInput(fifo, ctx())).data.equals(pem)).toBe(true);
    await written;
    const flood = spawn('sh', ['-c', `head -c ${INPUT_LIMIT + 10} /dev/zero > "${fifo}"`]);
    await expect(readInput(fifo, ctx())).rejects.toThrow(/is more than 1048576 bytes/);
    flood.kill();
    // No writer at all: after a short grace, unreadable input naming the pipe (exit 2), never a hang, never
    // an empty certificate (a finding on the wrong cause).
    const silent = await readInput(fifo, ctx()).catch((e: unknown) => e);
    expect(silent).toBeInstanceOf(InputError);
    expect((silent as InputError).message).toBe(`nothing was written to ${fifo} (a named pipe) within 2s`);
    expect((silent as InputError).exitCode).toBe(2);
  });

  it('a pipe whose writer is there but silent is unreadable input after 10 s (by the clock, not by end-of-file reads)', async () => {
    const fifo = join(tmp, 'held.fifo');
    execFileSync('mkfifo', [fifo]);
    // `1<>` opens without waiting for a reader: the writer is attached before the read starts, and writes nothing.
    const held = spawn('sh', ['-c', 'exec sleep 30 1<>"$0"', fifo], { stdio: 'ignore' });
    try {
      const e = await readInput(fifo, ctx()).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toBe(`nothing was written to ${fifo} (a named pipe) within 10s`);
      expect((e as InputError).hint).toMatch(/has printed nothing yet: save its output to a file first/);
    } finally {
      held.kill('SIGKILL');
    }
    // '-' from a pipe that stays open with nothing in it: the same, about standard input.
    const stdin = new Readable({ read() {} });
    const e = await readInput('-', { cwd: tmp, stdin }).catch((x: unknown) => x);
    expect((e as InputError).message).toBe('nothing was written to standard input within 10s');
    expect((e as InputError).exitCode).toBe(2);
    expect(stdin.destroyed).toBe(true);
  }, 40_000);

  it('takes the first line of a password file', async () => {
    const pw = join(tmp, 'pw.txt');
    writeFileSync(pw, 's3cret pass\r\nsecond line\n');
    expect(await pfxPassword(pw, 'from the environment', ctx())).toBe('s3cret pass');
  });
});
