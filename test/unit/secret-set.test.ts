// Writing a set of secret files all or nothing (src/io/secret-set.ts, used by `scm export`): a disk that fills
// up on the second file, or a move into place that fails part-way, leaves the earlier set as it was (byte for
// byte, no temporary or backup name left) and says so; only a file that cannot be put back is named.
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openPrivate } from '../../src/io/secret-file.js';
import { writeSecretSet, type SetFs } from '../../src/io/secret-set.js';
import { writeAll } from '../../src/commands/export/files.js';

const root = mkdtempSync(join(tmpdir(), 'scm-secret-set-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir: string;
let n = 0;
const NAMES = ['cert.pem', 'chain.pem', 'fullchain.pem', 'privkey.pem'];
beforeEach(() => {
  dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  for (const name of NAMES) writeFileSync(join(dir, name), `old ${name}\n`, { mode: 0o600 });
});
const files = () => NAMES.map((name) => ({ path: join(dir, name), data: `new ${name}\n` }));
const contents = () => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
const OLD = () => Object.fromEntries(NAMES.slice().sort().map((name) => [name, `old ${name}\n`]));

/** The real file system, but the `nth` call of `op` fails with `code`. */
function failing(op: 'writeSync' | 'renameSync', nth: number | number[], code: string): SetFs {
  let calls = 0;
  const at = new Set([nth].flat());
  const boom = (): never => {
    throw Object.assign(new Error(code), { code });
  };
  return {
    openPrivate,
    writeSync: (fd, data, offset, length) => (op === 'writeSync' && at.has(++calls) ? boom() : fs.writeSync(fd, data, offset, length, null)),
    fsyncSync: fs.fsyncSync,
    closeSync: fs.closeSync,
    renameSync: (a, b) => (op === 'renameSync' && at.has(++calls) ? boom() : fs.renameSync(a, b)),
    linkSync: fs.linkSync,
    unlinkSync: fs.unlinkSync,
  };
}

const failure = (f: () => void): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
};

describe('writeSecretSet', () => {
  it('replaces the whole set when every file is written', () => {
    writeSecretSet(files(), { overwrite: true });
    expect(contents()).toEqual(Object.fromEntries(NAMES.slice().sort().map((name) => [name, `new ${name}\n`])));
    for (const name of NAMES) expect(fs.statSync(join(dir, name)).mode & 0o777).toBe(0o600);
  });

  it('a disk full on the second file: the earlier set untouched, nothing left behind, said (both languages)', () => {
    const e = failure(() => writeSecretSet(files(), { overwrite: true, fs: failing('writeSync', 2, 'ENOSPC') }));
    expect(e.message).toBe(`cannot write ${join(dir, 'chain.pem')}: no space left on the device; nothing was replaced: the files already there are as they were`);
    expect(contents()).toEqual(OLD());
    const zh = failure(() => writeSecretSet(files(), { overwrite: true, lang: 'zh', fs: failing('writeSync', 3, 'ENOSPC') }));
    expect(zh.message).toBe(`无法写入 ${join(dir, 'fullchain.pem')}：磁盘空间不足；没有替换任何文件：已有的文件保持原样`);
    expect(contents()).toEqual(OLD());
  });

  it('a move into place that fails part-way: the ones already moved are put back', () => {
    const e = failure(() => writeSecretSet(files(), { overwrite: true, fs: failing('renameSync', 3, 'EIO') }));
    expect(e.message).toBe(`cannot write ${join(dir, 'fullchain.pem')}: input/output error; nothing was replaced: the files already there are as they were`);
    expect(contents()).toEqual(OLD());
  });

  it('a file that cannot be put back is named: it holds the new export, the others the earlier one', () => {
    // Renames 1 and 2 place cert.pem and chain.pem, 3 (fullchain.pem) fails, 4 (chain.pem back) fails too.
    const e = failure(() => writeSecretSet(files(), { overwrite: true, fs: failing('renameSync', [3, 4], 'EIO') }));
    expect(e.message).toBe(`cannot write ${join(dir, 'fullchain.pem')}: input/output error; the earlier files could not all be put back, and these now hold the new export, which does not belong with the files beside them: ${join(dir, 'chain.pem')}`);
    expect(readFileSync(join(dir, 'cert.pem'), 'utf8')).toBe('old cert.pem\n');
    expect(readFileSync(join(dir, 'chain.pem'), 'utf8')).toBe('new chain.pem\n');
  });

  it('a new set in an empty folder that fails part-way leaves the folder empty', () => {
    for (const name of NAMES) rmSync(join(dir, name));
    const e = failure(() => writeSecretSet(files(), { fs: failing('writeSync', 4, 'EDQUOT') }));
    expect(readdirSync(dir)).toEqual([]);
    // No earlier file to speak of: not 'the files already there are as they were'.
    expect(e.message).toMatch(/; nothing was written$/);
    const zh = failure(() => writeSecretSet(files(), { lang: 'zh', fs: failing('writeSync', 2, 'ENOSPC') }));
    expect(zh.message).toMatch(/；没有写入任何文件$/);
  });

  it('export writes through it: ENOSPC on the second file leaves the earlier export whole', () => {
    const exportFiles = NAMES.map((name) => ({ kind: name.replace('.pem', '') as 'cert', path: join(dir, name), content: `new ${name}\n` }));
    const e = failure(() => writeAll(exportFiles, true, 'en', failing('writeSync', 2, 'ENOSPC')));
    expect(e.message).toMatch(/no space left on the device; nothing was replaced/);
    expect(contents()).toEqual(OLD());
  });
});
