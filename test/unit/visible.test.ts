// The one rule for text from outside scm on a terminal (src/core/visible.ts), and the two places that apply it:
// t() for every message parameter, table() for every cell; scm's own colours survive both.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n.js';
import { visible } from '../../src/core/visible.js';
import { makeStyle } from '../../src/io/style.js';
import { table } from '../../src/render/text.js';

describe('visible', () => {
  it('shows C0, DEL and C1 controls as \\XX, the form Node gives a subject (CN=a\\1B[2J)', () => {
    expect(visible('a\x1b[31mb')).toBe('a\\1B[31mb');
    expect(visible('le\x1b[2Jaf\nFAKE.pem')).toBe('le\\1B[2Jaf\\0AFAKE.pem');
    expect(visible('\x00\t\r\x7f\x85\x9b\x9f')).toBe('\\00\\09\\0D\\7F\\85\\9B\\9F');
  });
  it('shows bidi embeddings, overrides and isolates as \\uXXXX', () => {
    expect(visible('www\u202egnp.exe')).toBe('www\\u202Egnp.exe');
    expect(visible('\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069')).toBe('\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069');
  });
  it('leaves every other character alone: CJK, accents, emoji, the marks around the controls, backslashes', () => {
    for (const s of ['商城证书', 'münchen.example.com', 'a"b\\c', '\u00a0\u00ff', '\u2029\u202f\u2065\u206a', '😀', '']) expect(visible(s)).toBe(s);
  });
});

describe('where it is applied', () => {
  it('t() escapes every string parameter, in both languages, and leaves the template and numbers alone', () => {
    const m = { en: 'the name "{name}" ({n})\nnext', zh: '名称“{name}”（{n}）\n下一行' };
    expect(t('en', m, { name: 'a\x1b[31m', n: 2 })).toBe('the name "a\\1B[31m" (2)\nnext');
    expect(t('zh', m, { name: '证书\u202e', n: 2 })).toBe('名称“证书\\u202E”（2）\n下一行');
  });
  it("table() escapes cells; a cell or parameter scm's own style made keeps its colour", async () => {
    const style = await makeStyle(1);
    const bold = style.bold('ID');
    const out = table([[bold, 'NAME'], ['1', 'x\x1b[2Jy']]);
    expect(out).toContain(bold);
    expect(out).toContain('x\\1B[2Jy');
    expect(t('en', { en: '{id} done', zh: '{id} 完成' }, { id: style.green('abc') })).toBe(`${style.green('abc')} done`);
  });
  it('a style given outside text with its own controls is not taken as scm\'s: escaped, colour and all', async () => {
    const style = await makeStyle(1);
    // Exactly: a parameter dropped or emptied would pass a test that only says the control is gone.
    expect(t('en', { en: '{id}', zh: '{id}' }, { id: style.bold('a\x1b[2J') })).toBe('\\1B[1ma\\1B[2J\\1B[22m');
    expect(t('en', { en: '{id}', zh: '{id}' }, { id: style.bold('a\nb') })).toBe('\\1B[1ma\\1B[22m\\0A\\1B[1mb\\1B[22m');
  });
});
