// A system error said in a sentence (src/io/errno.ts over io/messages.ts's ERRNO table), in both languages:
// the common codes never reach a person bare; one not in the table keeps the system's words (without the path
// node repeats) and the code.
import { describe, expect, it } from 'vitest';
import { errnoText } from '../../src/io/errno.js';

const err = (code: string, message = `${code}: some system words, open '/x/y'`): NodeJS.ErrnoException => Object.assign(new Error(message), { code });

describe('errnoText', () => {
  it.each(['ENOTDIR', 'EEXIST', 'ELOOP', 'ENAMETOOLONG', 'EROFS', 'ENOSPC', 'EACCES', 'EPERM', 'EISDIR', 'EDQUOT', 'EIO', 'ENOENT', 'ENXIO'])('%s is a sentence in both languages, without the code', (code) => {
    for (const lang of ['en', 'zh'] as const) {
      const text = errnoText(err(code), lang);
      expect(text).not.toContain(code);
      expect(text).not.toContain('some system words');
      expect(text.length).toBeGreaterThan(2);
    }
  });

  it('exact words for a few', () => {
    expect(errnoText(err('ENOTDIR'), 'en')).toBe('a part of the path is a file, not a folder');
    expect(errnoText(err('ENAMETOOLONG'), 'zh')).toBe('路径或其中某一级名称过长');
    // A socket path given as an input (or to the emulator's --state): open() fails with ENXIO before any check.
    expect(errnoText(err('ENXIO'), 'zh')).toBe('它是套接字（或背后没有设备的设备文件），不能作为文件读取');
  });

  it("a code not in the table: the system's words without the path, and the code", () => {
    expect(errnoText(err('EXDEV', "EXDEV: cross-device link not permitted, rename '/a' -> '/b'"), 'en')).toBe('cross-device link not permitted (EXDEV)');
    expect(errnoText(err('EWHAT', 'EWHAT: odd'), 'zh')).toBe('odd (EWHAT)');
    expect(errnoText(new Error('plain failure'), 'en')).toBe('plain failure');
  });
});
