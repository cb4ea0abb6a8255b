// The message mechanism itself (src/core/i18n.ts): placeholders found, lists joined as each language does,
// the language read from the locale environment, and what counts as a language.
import { describe, expect, it } from 'vitest';
import { format, isLang, langFromEnv, listOf, placeholders, plural, t } from '../../src/core/i18n.js';

describe('templates', () => {
  it('placeholders: names that start with a letter, in order, repeats kept', () => {
    expect(placeholders('{a} and {b_1} of {Count2}, not {1x}, {} or {a b}; {a} again')).toEqual(['a', 'b_1', 'Count2', 'a']);
    expect(placeholders('no placeholders')).toEqual([]);
  });

  it('format fills what it has and leaves the rest visible', () => {
    expect(format('{n} of {m} in {dir}', { n: 1, dir: '/x' })).toBe('1 of {m} in /x');
    expect(t('zh', { en: '{n} files', zh: (p) => `${p.n} 个文件` }, { n: 3 })).toBe('3 个文件');
  });
});

describe('lists and plurals', () => {
  it('each language separates items its own way', () => {
    expect(listOf('en', ['a', 'b', 'c'])).toBe('a, b, c');
    expect(listOf('zh', ['a', 'b', 'c'])).toBe('a、b、c');
    expect(listOf('zh', ['a'])).toBe('a');
  });

  it('English plurals', () => {
    expect([plural(0, 'error'), plural(1, 'error'), plural(2, 'entry', 'entries')]).toEqual(['0 errors', '1 error', '2 entries']);
  });
});

describe('the language', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'], [{ LANG: 'zh.UTF-8' }, 'zh'], [{ LANG: 'ZH-tw.utf8' }, 'zh'], [{ LANG: 'zh.GBK' }, 'en'],
    [{ LANG: 'zhx' }, 'en'], [{ LANG: 'en_ZH' }, 'en'], [{ LANG: 'C.zh_CN' }, 'en'], [{}, 'en'], [{ LANG: '' }, 'en'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'], [{ LC_ALL: '', LC_MESSAGES: 'zh_CN', LANG: 'en_US.UTF-8' }, 'zh'], [{ LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' }, 'zh'],
  ])('%j → %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });

  // scm writes UTF-8 only: a GB18030/GBK/GB2312/Big5 terminal would show mojibake, so English there.
  it.each([
    [{ LANG: 'zh_CN.GB18030' }, 'en'], [{ LANG: 'zh_CN.GBK' }, 'en'], [{ LANG: 'zh_CN.gb2312' }, 'en'], [{ LC_ALL: 'zh_TW.Big5' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'], [{ LANG: 'zh_CN.utf8' }, 'zh'], [{ LANG: 'zh_CN.UTF-8@stroke' }, 'zh'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh'], [{ LANG: 'zh_HK.UTF-8' }, 'zh'],
    [{ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_CN.GBK' }, 'en'], [{ LC_MESSAGES: 'zh_CN.UTF-8', LC_CTYPE: 'zh_CN.GB18030', LANG: 'en_US.UTF-8' }, 'en'],
    [{ LC_ALL: 'zh_CN.UTF-8', LC_CTYPE: 'zh_CN.GBK' }, 'zh'],
  ])('a zh locale whose charset is not UTF-8: %j → %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });

  // zh* is Chinese (the contract): a zh locale naming no codeset is taken for UTF-8, unless LC_CTYPE (or LC_ALL)
  // names another codeset, or is C or POSIX (ASCII). LANGUAGE is not read.
  it.each([
    [{ LANG: 'zh_CN' }, 'zh'], [{ LANG: 'zh_TW' }, 'zh'], [{ LANG: 'zh_HK' }, 'zh'], [{ LANG: 'zh_SG' }, 'zh'], [{ LANG: 'zh' }, 'zh'], [{ LC_ALL: 'zh_CN' }, 'zh'],
    [{ LANG: 'zh_CN@stroke' }, 'zh'], [{ LC_MESSAGES: 'zh_CN', LANG: 'en_US' }, 'zh'], [{ LC_MESSAGES: 'zh_CN' }, 'zh'],
    [{ LANG: 'zh_CN', LC_CTYPE: 'zh_CN.UTF-8' }, 'zh'], [{ LC_MESSAGES: 'zh_CN', LANG: 'en_US.UTF-8' }, 'zh'], [{ LC_MESSAGES: 'zh_CN', LC_CTYPE: 'C.UTF-8' }, 'zh'],
    [{ LC_MESSAGES: 'zh_CN.UTF-8', LC_CTYPE: 'zh_CN' }, 'zh'], [{ LC_MESSAGES: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_CN', LC_CTYPE: 'zh_CN.GBK' }, 'en'], [{ LC_MESSAGES: 'zh_CN', LANG: 'en_US.ISO-8859-1' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LANGUAGE: 'zh_CN:en' }, 'en'],
    // LC_CTYPE=C or POSIX is ASCII: English, whatever the messages locale says.
    [{ LANG: 'zh_CN.UTF-8', LC_CTYPE: 'C' }, 'en'], [{ LANG: 'zh_CN.UTF-8', LC_CTYPE: 'POSIX' }, 'en'], [{ LC_MESSAGES: 'zh_CN.UTF-8', LC_CTYPE: 'C' }, 'en'],
    [{ LC_MESSAGES: 'zh_CN', LC_CTYPE: 'C' }, 'en'],
  ])('a zh locale without a codeset: %j → %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });

  it('isLang: en and zh only', () => {
    expect(['en', 'zh', 'EN', 'zh_CN', '', undefined, null].map(isLang)).toEqual([true, true, false, false, false, false, false]);
  });
});
