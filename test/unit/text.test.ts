// Text layout shared by the renderers: display width (East Asian wide characters take two columns), line
// breaking for English and Chinese, and the clause form of a sentence used inside diagnostics.
import { describe, expect, it } from 'vitest';
import { asClause } from '../../src/render/diagnostics.js';
import { breakLines, displayWidth, padEnd, table, wrap } from '../../src/render/text.js';

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['私钥', 4],
    ['证书，私钥。', 12],
    ['（PEM）', 7],
    ['\x1b[1mbold\x1b[22m', 4],
    ['e\u0301', 1], // a combining accent takes no column
    ['“x”', 3], // ambiguous quotes are narrow, as terminals show them
  ])('%j is %i columns', (s, w) => expect(displayWidth(s)).toBe(w));

  it('pads and tables by display width', () => {
    expect(padEnd('私钥', 6)).toBe('私钥  ');
    expect(table([['错误码', 'x'], ['SCM.0014', 'y']])).toBe('错误码    x\nSCM.0014  y\n');
  });
});

describe('breakLines', () => {
  it('breaks English at spaces', () => {
    expect(breakLines('one two three four five', 9)).toEqual(['one two', 'three', 'four five']);
  });

  it('breaks Chinese between ideographs, never before closing or after opening punctuation', () => {
    const lines = breakLines('证书文件（PEM 或 DER；可以包含完整证书链，服务器证书在前）', 12);
    for (const line of lines) {
      expect(displayWidth(line)).toBeLessThanOrEqual(12);
      expect(line).not.toMatch(/^[，。；）]/);
      expect(line).not.toMatch(/（$/);
    }
    const noSpace = (s: string): string => s.replace(/\s/g, '');
    expect(noSpace(lines.join(''))).toBe(noSpace('证书文件（PEM 或 DER；可以包含完整证书链，服务器证书在前）'));
  });

  it('cuts a word wider than a line rather than overflow', () => {
    expect(breakLines('see /etc/letsencrypt/live/example.com now', 12)).toEqual(['see', '/etc/letsenc', 'rypt/live/ex', 'ample.com', 'now']);
  });

  it('keeps width 0 as "do not wrap" in wrap()', () => {
    expect(wrap('a b c', 0, 4)).toBe('a b c');
    expect(wrap('aaa bbb ccc', 28, 20)).toBe('aaa bbb ccc');
    expect(wrap('aaaa bbbb cccc dddd eeee ffff', 24, 2)).toBe('aaaa bbbb cccc dddd\n  eeee ffff');
  });
});

describe('asClause', () => {
  it.each([
    ['Pass the certificate together with its own private key.', 'pass the certificate together with its own private key'],
    ['SM2 certificates cannot be pushed.', 'SM2 certificates cannot be pushed'],
    ['Huawei Cloud customer service can help.', 'Huawei Cloud customer service can help'],
    ['请联系客服处理。', '请联系客服处理'],
  ])('%s', (sentence, clause) => expect(asClause(sentence)).toBe(clause));

  it('in Chinese only the final full stop goes (a Latin first word stays as it is)', () => {
    expect(asClause('SCM 不接受过期证书。', 'zh')).toBe('SCM 不接受过期证书');
    expect(asClause('Use a name.', 'zh')).toBe('Use a name.');
  });
});
