// readHiddenLine on a stand-in terminal: what each key does to the password, and raw mode switched back off
// whichever way the reading ends (test/e2e/pfx-password-terminal.test.ts does it on a real pseudo-terminal).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError, InterruptedError } from '../../src/errors.js';
import { readHiddenLine } from '../../src/io/hidden-line.js';

function terminal() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, modes: [] as boolean[] });
  Object.assign(stream, { setRawMode: (mode: boolean) => (stream.modes.push(mode), (stream.isRaw = mode), stream) });
  return stream;
}

const read = (keys: string | Buffer, o: { limit?: number; signal?: AbortSignal } = {}) => {
  const tty = terminal();
  const line = readHiddenLine(tty, { lang: 'en', limit: o.limit ?? 1024, signal: o.signal });
  tty.write(keys);
  return { tty, line };
};

describe('readHiddenLine', () => {
  it.each([
    ['Enter ends it; what follows is not read', 'secret\rmore', 'secret'],
    ['a line feed ends it too', 'secret\n', 'secret'],
    ['Ctrl-D ends it', 'secret\x04', 'secret'],
    ['Backspace (DEL or ^H) removes the last character', 'secrex\x7ft\x08t\r', 'secret'],
    ['Backspace removes a whole UTF-8 character', 'pässwörd密\x7f\r', 'pässwörd'],
    ['Ctrl-U removes everything typed', 'wrong\x15secret\r', 'secret'],
    ['a Ctrl-D typed before raw mode (read as NUL) ends it', 'secret\x00', 'secret'],
  ])('%s', async (_, keys, expected) => {
    const { tty, line } = read(keys);
    expect((await line).toString('utf8')).toBe(expected);
    expect(tty.modes).toEqual([true, false]);
  });

  it('Ctrl-C is an interruption (exit 130), raw mode off again', async () => {
    const { tty, line } = read('half\x03');
    await expect(line).rejects.toBeInstanceOf(InterruptedError);
    expect(tty.modes).toEqual([true, false]);
  });

  it('an abort (SIGTERM, SIGHUP) ends the wait, raw mode off again', async () => {
    const controller = new AbortController();
    const { tty, line } = read('half', { signal: controller.signal });
    controller.abort('SIGTERM');
    await expect(line).rejects.toBeInstanceOf(InterruptedError);
    expect(tty.modes).toEqual([true, false]);
  });

  it('more than the limit is refused, raw mode off again', async () => {
    const { tty, line } = read('x'.repeat(20), { limit: 10 });
    await expect(line).rejects.toBeInstanceOf(InputError);
    expect(tty.modes).toEqual([true, false]);
  });

  it('a read error is an input error, and one after the end is no crash', async () => {
    const tty = terminal();
    const line = readHiddenLine(tty, { lang: 'zh', limit: 1024 });
    tty.emit('error', Object.assign(new Error('read EIO'), { code: 'EIO' }));
    await expect(line).rejects.toThrow(/^无法从终端读取密码：/);
    expect(() => tty.emit('error', Object.assign(new Error('read EIO'), { code: 'EIO' }))).not.toThrow();
    expect(tty.modes).toEqual([true, false]);
  });
});
