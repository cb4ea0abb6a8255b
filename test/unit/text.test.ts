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
