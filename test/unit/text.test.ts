// Text layout shared by the renderers: display width (East Asian wide characters take two columns), line
// breaking for English and Chinese, and the clause form of a sentence used inside diagnostics.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n.js';
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
    ['Optional: drop the root.', 'optional: drop the root'],
    ['SCM, CDN and WAF agree.', 'SCM, CDN and WAF agree'],
  ])('%s', (sentence, clause) => expect(asClause(sentence)).toBe(clause));

  it('in Chinese only the final full stop goes (a Latin first word stays as it is)', () => {
    expect(asClause('SCM 不接受过期证书。', 'zh')).toBe('SCM 不接受过期证书');
    expect(asClause('Use a name.', 'zh')).toBe('Use a name.');
  });
});

describe('t() in Chinese: the space beside a parameter is for English neighbours', () => {
  const m = { en: '{source} holds {what}', zh: '{source} 中是 {what} 文件' };
  it('stays beside a path or a name, goes where the value is Chinese on that side', () => {
    expect(t('zh', m, { source: '/tmp/a.pem', what: 'PEM' })).toBe('/tmp/a.pem 中是 PEM 文件');
    expect(t('zh', m, { source: '标准输入', what: '私钥' })).toBe('标准输入中是私钥文件');
    expect(t('zh', m, { source: '标准输入', what: 'EC 私钥' })).toBe('标准输入中是 EC 私钥文件');
    expect(t('zh', { en: '', zh: '（{x}）' }, { x: '推送失败' })).toBe('（推送失败）');
    // Chinese quotation marks are Chinese punctuation: no space beside them either.
    expect(t('zh', { en: '', zh: '已忽略：{by} 优先' }, { by: '/p/.scmrc 中的“authToken”' })).toBe('已忽略：/p/.scmrc 中的“authToken”优先');
    expect(t('en', m, { source: 'standard input', what: 'a key' })).toBe('standard input holds a key');
  });
});

// displayWidth and breakLines work on character codes for speed (`scm --help --lang zh` measures a few
// thousand ideographs). The straightforward versions below, one regular expression per character, are the
// oracle: on mixed text (ideographs, punctuation, combining marks, astral characters, colour codes, the
// ideographic space) both must answer the same.
describe('the character-code versions answer as the straightforward ones', () => {
  const ZERO = /[\u0300-\u036f\u200b-\u200f\u2060\ufe00-\ufe0f]/;
  const width = (s: string): number => {
    let w = 0;
    for (const ch of s.replace(/\x1b\[[0-9;]*m/g, '')) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x7f) w += cp >= 0x20 ? 1 : 0;
      else if (!ZERO.test(ch)) w += cp >= 0x1100 && /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{20000}-\u{2fffd}]/u.test(ch) ? 2 : 1;
    }
    return w;
  };
  const CLOSING = /^[\uff0c\u3002\u3001\uff1b\uff1a\uff01\uff1f\uff09\u300b\u300d\u300f\u3011\u3009\u201d\u2019%\u2026\u2014\u00b7,.;:!?)\]}]/;
  const OPENING = /[\uff08\u300a\u300c\u300e\u3010\u3008\u201c\u2018([{]$/;
  const tokens = (text: string): string[] => {
    const out: string[] = [];
    for (const token of text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? []) {
      const last = out[out.length - 1];
      if (last !== undefined && token.trim() !== '' && last.trim() !== '' && (CLOSING.test(token) || OPENING.test(last))) out[out.length - 1] = last + token;
      else out.push(token);
    }
    return out;
  };
  const lines = (text: string, room: number): string[] => {
    const out: string[] = [];
    let line = '';
    for (const token of tokens(text)) {
      if (token.trim() === '') {
        if (line !== '' && !line.endsWith(' ')) line += ' ';
        continue;
      }
      const joined = line === '' ? token : line + token;
      if (line.trim() !== '' && displayWidth(joined.trimEnd()) > room) {
        out.push(line.trimEnd());
        line = token;
      } else line = joined;
    }
    if (line.trim() !== '') out.push(line.trimEnd());
    return out.length > 0 ? out : [''];
  };
  // A seeded generator, so a failure names its input and repeats.
  let seed = 20261130;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const PARTS = ['one', ' two', ' three ', 'Pass --cert', ' fits', '证', '书', '私', '钥', '，', '。', '（', '）', '“', '”', 'PEM', 'key', ' ', '  ', '\u3000', 'e\u0301', '\u200b', '\u{1f512}', '\u{20001}', '\x1b[1m', '\x1b[22m', '-', '/etc/ssl', 'a'.repeat(14), '\ufe0f', '·', '…', 'ｘ'];
  const ASCII = PARTS.filter((p) => /^[\x20-\x7e]+$/.test(p));
  const corpus = [
    ...Array.from({ length: 400 }, () => Array.from({ length: 1 + next(40) }, () => PARTS[next(PARTS.length)]).join('')),
    // Printable ASCII alone takes a path of its own (--help, English).
    ...Array.from({ length: 200 }, () => Array.from({ length: 1 + next(30) }, () => ASCII[next(ASCII.length)]).join('')),
  ];

  it('displayWidth', () => {
    for (const s of corpus) expect([s, displayWidth(s)]).toEqual([s, width(s)]);
  });

  it('breakLines (no word wider than the line)', () => {
    let compared = 0;
    for (const s of corpus) {
      const room = 16 + next(30);
      if (tokens(s).some((token) => displayWidth(token) > room)) continue; // cut, not broken: tested above
      expect([s, room, breakLines(s, room)]).toEqual([s, room, lines(s, room)]);
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });
});
