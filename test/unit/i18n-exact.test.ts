// The Chinese filling of templates and the clause form of reference prose (src/core/i18n.ts), at their edges:
// a parameter at either end of a template, Chinese on one side only, a missing parameter, and sentences that
// start or end in ways the plain cases in text.test.ts do not.
import { describe, expect, it } from 'vitest';
import { asClause, pick, quotedZh, t } from '../../src/core/i18n.js';

const zh = (template: string, params: Record<string, string | number>): string => t('zh', { en: '', zh: template }, params);

describe('t() in Chinese, at the edges of a parameter', () => {
  it.each([
    // template, value, result
    ['在 {x} 中', '标准输入', '在标准输入中'],
    ['在 {x} 中', 'a.pem', '在 a.pem 中'],
    ['在 {x} 中', 'a 标准', '在 a 标准中'], // Latin first, Chinese last: only the space after goes
    ['在 {x} 中', '标准 a', '在标准 a 中'], // Chinese first, Latin last: only the space before goes
    ['file {x} 中', '标准', 'file 标准中'], // Latin before the space: it stays
    ['在 {x} file', '标准', '在标准 file'], // Latin after the space: it stays
    ['{x} 中', '标准', '标准中'], // at the start: nothing before it
    ['在 {x}', '标准', '在标准'], // at the end: nothing after it
    ['{x} 中', 'a', 'a 中'],
    ['在 {x}', 7, '在 7'],
    ['在 {x}{y} 中', '标准', '在标准{y} 中'], // a missing parameter stays visible, with its space
    ['（{x}）与 {y}', '推送', '（推送）与 {y}'],
    ['在 {x} 中 {x} 里', '标准', '在标准中标准里'],
  ])('%s with %j → %s', (template, x, result) => {
    expect(zh(template, { x })).toBe(result);
  });

  it('full-width and ideographic punctuation count as Chinese on either side', () => {
    expect(zh('结果：{x} 。', { x: '“a”' })).toBe('结果：“a”。');
    expect(zh('（ {x} ）', { x: '、' })).toBe('（、）');
  });

  it('English templates are filled as they are, spaces and all', () => {
    expect(t('en', { en: 'in {x} of', zh: '' }, { x: '标准' })).toBe('in 标准 of');
  });
});

describe('names the Chinese way, and texts', () => {
  it('quotedZh quotes each name and joins them with 、', () => {
    expect(quotedZh('a, b, c')).toBe('\u201ca\u201d\u3001\u201cb\u201d\u3001\u201cc\u201d');
    expect(quotedZh('only')).toBe('\u201conly\u201d');
  });

  it('pick: a Text in its language, a plain string as it is', () => {
    expect([pick('en', { en: 'e', zh: 'z' }), pick('zh', { en: 'e', zh: 'z' }), pick('zh', 'plain')]).toEqual(['e', 'z', 'plain']);
  });
});

describe('asClause at its edges', () => {
  it.each([
    ['  请联系客服。  ', 'en', '请联系客服'], // Chinese after leading spaces is Chinese, whatever the language asked
    ['第一步。第二步。', 'zh', '第一步。第二步'], // only the final full stop goes
    ['Use a.b.', 'en', 'use a.b'], // only the final period goes
    ['Node 20 is required.', 'en', 'Node 20 is required'], // a name
    ['OpenSSL, then retry.', 'en', 'OpenSSL, then retry'],
    ['HTTPS only.', 'en', 'HTTPS only'], // an acronym is no ordinary word
    ['A certificate.', 'en', 'a certificate'],
    ['Retry; then wait.', 'en', 'retry; then wait'],
    ['use it.', 'en', 'use it'],
    ['  Use it.  ', 'en', 'use it'], // spaces around an English sentence go too
    ['Use 中文 names.', 'en', 'use 中文 names'], // Chinese later in an English sentence does not make it Chinese
  ] as const)('%j (%s) → %j', (sentence, lang, clause) => {
    expect(asClause(sentence, lang)).toBe(clause);
  });
});
