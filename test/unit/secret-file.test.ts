// One secret file written (src/io/secret-set.ts with src/io/secret-file.ts's pieces), as `scm export` and
// anything else that writes a key does: mode 0600 from creation (whatever the umask), no following a link
// planted at the path (dangling or not), no clobbering unless asked, and never a half-written file at the path,
// also when a write fails. secret-set.test.ts: several files as one set.
import { spawn } from 'node:child_process';
import { closeSync, fstatSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { openPrivate } from '../../src/io/secret-file.js';
import { writeSecretSet, type SecretSetOptions } from '../../src/io/secret-set.js';

const writeSecretFile = (path: string, data: string | Uint8Array, o?: SecretSetOptions): void => writeSecretSet([{ path, data }], o);

const KEY = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIE2bE7pWVf8i8oCq6c9C2PqJ0y7pYgXjv9N3s1mQ+n0a\n-----END PRIVATE KEY-----\n';
const root = mkdtempSync(join(tmpdir(), 'scm-secret-'));
let dir: string;
let n = 0;
beforeEach(() => {
  dir = join(root, `case-${++n}`);
  mkdirSync(dir);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const mode = (path: string): number => lstatSync(path).mode & 0o777;
const fail = (f: () => void): InputError => {
  try {
    f();
  } catch (e) {
    return e as InputError;
  }
  throw new Error('expected a failure');
};

describe('mode 0600 from the start', () => {
  let umask: number;
  beforeEach(() => {
    umask = process.umask(0); // nothing masked: any mode left to the default would show as 0666
  });
  afterEach(() => {
    process.umask(umask);
  });

  it('the file is 0600 the moment it exists, before a byte is written', () => {
    const fd = openPrivate(join(dir, 'probe'));
    try {
      expect(fstatSync(fd).mode & 0o777).toBe(0o600);
      expect(fstatSync(fd).size).toBe(0);
    } finally {
      closeSync(fd);
    }
  });

  it('writes the exact bytes, mode 0600, and leaves nothing else in the folder', () => {
    const path = join(dir, 'privkey.pem');
    writeSecretFile(path, KEY);
    expect(readFileSync(path, 'utf8')).toBe(KEY);
    expect(mode(path)).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['privkey.pem']);
  });

  it('a stricter mode is kept; group and other bits are never granted', () => {
    writeSecretFile(join(dir, 'a'), Buffer.from([0, 1, 2]), { mode: 0o400 });
    writeSecretFile(join(dir, 'b'), 'x', { mode: 0o644 });
    expect([mode(join(dir, 'a')), mode(join(dir, 'b'))]).toEqual([0o400, 0o600]);
    expect([...readFileSync(join(dir, 'a'))]).toEqual([0, 1, 2]);
  });
});

describe('a link at the target is never followed', () => {
  it('refuses a link to an existing file, which keeps its content', () => {
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'untouched');
    symlinkSync(victim, join(dir, 'privkey.pem'));
    for (const overwrite of [false, true]) {
      const e = fail(() => writeSecretFile(join(dir, 'privkey.pem'), KEY, { overwrite }));
      expect(e).toBeInstanceOf(InputError);
      expect([e.exitCode, e.message]).toEqual([2, `refusing to write ${join(dir, 'privkey.pem')}: it is a symbolic link`]);
    }
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(readdirSync(dir).sort()).toEqual(['privkey.pem', 'victim']);
  });

  it('refuses a dangling link: the file it names is not created', () => {
    const victim = join(dir, 'would-be-created');
    symlinkSync(victim, join(dir, 'privkey.pem'));
    expect(fail(() => writeSecretFile(join(dir, 'privkey.pem'), KEY)).message).toMatch(/symbolic link/);
    expect(() => statSync(victim)).toThrow(/ENOENT/);
  });

  it('openPrivate itself refuses a link and anything already at the path', () => {
    symlinkSync(join(dir, 'nowhere'), join(dir, 'link'));
    writeFileSync(join(dir, 'file'), '');
    expect(() => openPrivate(join(dir, 'link'))).toThrow(/EEXIST|ELOOP/);
    expect(() => openPrivate(join(dir, 'file'))).toThrow(/EEXIST/);
  });
});

describe('existing files', () => {
  it('refuses to replace a file unless asked, and then replaces it with a new 0600 file', () => {
    const path = join(dir, 'privkey.pem');
    writeFileSync(path, 'old', { mode: 0o644 });
    const e = fail(() => writeSecretFile(path, KEY));
    expect(e.message).toBe(`${path} already exists`);
    expect(readFileSync(path, 'utf8')).toBe('old');
    writeSecretFile(path, KEY, { overwrite: true });
    expect([readFileSync(path, 'utf8'), mode(path)]).toEqual([KEY, 0o600]);
    expect(readdirSync(dir)).toEqual(['privkey.pem']);
  });

  it('refuses a directory at the path, in both languages', () => {
    mkdirSync(join(dir, 'privkey.pem'));
    expect(fail(() => writeSecretFile(join(dir, 'privkey.pem'), KEY, { overwrite: true })).message).toMatch(/is not a regular file$/);
    expect(fail(() => writeSecretFile(join(dir, 'privkey.pem'), KEY, { lang: 'zh' })).message).toBe(`拒绝写入 ${join(dir, 'privkey.pem')}：它不是普通文件`);
  });
});

describe('never half-written', () => {
  it('a write that fails leaves neither the file nor a temporary one', () => {
    const broken = new Uint8Array(16);
    Object.defineProperty(broken, 'length', { get: () => { throw new Error('device error'); } });
    const e = fail(() => writeSecretFile(join(dir, 'privkey.pem'), broken));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/^cannot write .*privkey\.pem: /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a missing folder is named', () => {
    const path = join(dir, 'no', 'such', 'privkey.pem');
    expect(fail(() => writeSecretFile(path, KEY)).message).toBe(`cannot write ${path}: the folder ${join(dir, 'no', 'such')} does not exist; nothing was written`);
  });

  it('another process watching the path sees nothing, then the whole file', async () => {
    const path = join(dir, 'big.pem');
    const size = 64 << 20;
    // The watcher polls until the file has all its bytes, and reports every size it saw.
    const watcher = spawn(process.execPath, ['-e', `
      const fs = require('node:fs'); const seen = new Set(); process.stdout.write('ready\\n');
      for (const stop = Date.now() + 20000; Date.now() < stop;) {
        const st = fs.statSync(${JSON.stringify(path)}, { throwIfNoEntry: false });
        if (st) { seen.add(st.size); if (st.size === ${size}) break; }
      }
      process.stdout.write(JSON.stringify([...seen]));`]);
    let out = '';
    watcher.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    await new Promise<void>((resolve) => watcher.stdout.once('data', () => resolve()));
    writeSecretFile(path, Buffer.alloc(size, 0x41));
    await new Promise((resolve) => watcher.on('close', resolve));
    expect(JSON.parse(out.replace(/^ready\n/, ''))).toEqual([size]);
    expect(mode(path)).toBe(0o600);
  });
});
