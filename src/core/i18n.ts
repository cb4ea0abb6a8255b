// Languages and messages. Everything a person reads exists in English and Chinese: a Message holds both side
// by side, with parameters by name ({name}); wording that depends on a number (English plurals) is a
// function of the parameters instead of a template. Message tables live beside the code that says them
// (src/commands/<name>/messages.ts, ...); test/unit/messages.test.ts walks them all in both languages.
// Every string parameter is made safe for a terminal on the way in (visible.ts): it may come from a certificate,
// a file name or SCM's answer. Pure: the language is decided by the caller (src/cli.ts: --lang, then the locale environment).

import { shown } from './visible.js';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** A fixed text in both languages (rule titles, catalogue entries, help). */
export interface Text {
  en: string;
  zh: string;
}

export type Params = Record<string, string | number>;
type Form = string | ((p: Params) => string);

/** One message: a template ("{count} files in {dir}") or a function of the parameters, per language. */
export interface Message {
  en: Form;
  zh: Form;
}

/** A table of messages, keyed by a stable id (the tests name them by it). */
export type Messages = Record<string, Message>;

/** `{name}` placeholders of a template, in order of appearance. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!);
}

/** Fills a template; a missing parameter stays visible as {name} so that tests catch it. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const CJK = /[\u201c\u201d\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/**
 * Fills a Chinese template. The space a template leaves between Chinese and a parameter is for an English
 * neighbour ("{source} 中", a path); when the value itself is Chinese at that edge ("标准输入"), it goes.
 */
function formatZh(template: string, params: Params): string {
  return template.replace(/( ?)\{([A-Za-z][A-Za-z0-9_]*)\}( ?)/g, (whole, before: string, name: string, after: string, at: number, all: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    const keepBefore = before !== '' && !(CJK.test(value[0] ?? '') && CJK.test(all[at - 1] ?? ''));
    const keepAfter = after !== '' && !(CJK.test(value.at(-1) ?? '') && CJK.test(all[at + whole.length] ?? ''));
    return `${keepBefore ? before : ''}${value}${keepAfter ? after : ''}`;
  });
}

/** The message in `lang`, parameters filled in. */
export function t(lang: Lang, message: Message, args: Params = {}): string {
  const params: Params = {};
  for (const key in args) {
    const v = args[key]!;
    params[key] = typeof v === 'string' ? shown(v) : v;
  }
  const form = message[lang];
  if (typeof form === 'function') return form(params);
  return lang === 'zh' ? formatZh(form, params) : format(form, params);
}

/**
 * Chinese: `text` with a remark in brackets after it, text（remark）. Two brackets never stand side by side
 * (docs/architecture.md): when `text` already ends with one of its own (a request id, an example), the remark
 * goes inside that one, after ；. For a Chinese form that puts a remark after a parameter made at run time.
 */
export function besideZh(text: string | number, remark: string): string {
  const s = String(text);
  return s.endsWith('）') ? `${s.slice(0, -1)}；${remark}）` : `${s}（${remark}）`;
}

/** A Text (or a plain string not yet translated) in `lang`. */
export function pick(lang: Lang, text: Text | string): string {
  return typeof text === 'string' ? text : text[lang];
}

/** Items of a list as each language separates them: "a, b, c" / "a、b、c". */
export function listOf(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

/** Values the user gave, each quoted, as a list: 'a', 'b' / “a”、“b”. */
export function quotedListOf(lang: Lang, items: readonly string[]): string {
  return listOf(lang, items.map((v) => (lang === 'zh' ? `\u201c${v}\u201d` : `'${v}'`)));
}

/**
 * One value as a literal, its escapes visible (a tab, a control character): JSON's "a\tb" in English, “a\tb” in
 * Chinese, whose sentences quote values in “” (docs/architecture.md).
 */
export function literal(lang: Lang, value: string): string {
  const json = JSON.stringify(value);
  return lang === 'zh' ? `\u201c${json.slice(1, -1)}\u201d` : json;
}

/**
 * Names the user writes (setting keys, field names) given as "a, b, c", the Chinese way: “a”、“b”、“c”. For
 * a Chinese template that is a function of a parameter holding such a list.
 */
export const quotedZh = (items: string): string => items.split(', ').map((v) => `\u201c${v}\u201d`).join('\u3001');

/** English count with its noun: "1 error", "2 errors" (Chinese needs no plural: "1 个错误"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A sentence of reference prose (a catalogue fix: "Pass the certificate ... key.") as a clause of a
 * diagnostic (render/diagnostics.ts): no final full stop, and in English a lower-case first letter unless the
 * first word is a name (SCM, CDN, IAM, Huawei).
 */
export function asClause(sentence: string, lang: Lang = 'en'): string {
  if (lang === 'zh' || /^\s*[\u2e80-\uffff]/.test(sentence)) return sentence.trim().replace(/\u3002$/, '');
  const text = sentence.trim().replace(/\.$/, '');
  // The first word without its punctuation ("Optional:" is a word, "SCM," a name).
  const first = /^[^\s:;,]+/.exec(text)?.[0] ?? '';
  return /^[A-Z][a-z]*$/.test(first) && !NAMES.has(first) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

const NAMES = new Set(['Huawei', 'Node', 'OpenSSL']);

export const isLang = (value: unknown): value is Lang => value === 'en' || value === 'zh';

/** en or zh in any case (`lang: ZH` in a config file, as `--lang ZH`), else undefined. */
export const langIn = (value: unknown): Lang | undefined => {
  const folded = typeof value === 'string' ? value.toLowerCase() : value;
  return isLang(folded) ? folded : undefined;
};

const ZH = /^zh([_.@-]|$)/i;
const codesetOf = (locale: string): string | undefined => /^[^.@]*\.([^@]*)/.exec(locale)?.[1];
const isUtf8 = (codeset: string): boolean => /^utf-?8$/i.test(codeset);

/**
 * The language of the locale environment (LC_ALL, then LC_MESSAGES, then LANG): zh* is Chinese (the contract),
 * `LANG=zh_CN` included: a locale that names no character set is taken for the UTF-8 terminal it is today,
 * not glibc's legacy GB2312. One exception, where Chinese could only be mojibake: scm writes UTF-8 only, so a
 * character set that is named and is not UTF-8 (zh_CN.GB18030, zh_CN.GBK, zh_TW.Big5; LC_CTYPE's, that is
 * LC_ALL, then LC_CTYPE, then LANG, else the messages locale's own), or LC_CTYPE=C or POSIX (ASCII), gets
 * English; --lang zh or `lang: zh` still choose Chinese. LANGUAGE (GNU gettext's list) is not read. zh_TW and
 * zh_HK get the Simplified Chinese there is.
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (!ZH.test(locale)) return 'en';
  const own = codesetOf(locale);
  if (own !== undefined && !isUtf8(own)) return 'en';
  const ctype = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  const charset = codesetOf(ctype);
  if (charset !== undefined) return isUtf8(charset) ? 'zh' : 'en';
  // C and POSIX name no codeset and are ASCII: a terminal set to them shows UTF-8 Chinese as mojibake.
  return /^(C|POSIX)$/i.test(ctype) ? 'en' : 'zh';
}
