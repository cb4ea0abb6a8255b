// How errors, warnings and hints look on stderr, in every command and both languages: `scm: <message>`,
// `warning: <message>`, `hint: <advice>` (Chinese: 警告：, 提示：), one line each, message lower case and
// without a final full stop. The convention is written down in docs/architecture.md ("Diagnostics").
import { t, type Lang } from '../core/i18n.js';
import type { Style } from '../io/style.js';
import { D } from './messages.js';

export const errorLine = (style: Style, message: string): string => `${style.red('scm:')} ${message}\n`;

/** A label and its text: "hint: text", but "提示：text" (the full-width colon carries its own space). */
const labelled = (paint: (s: string) => string, label: string, text: string): string => `${paint(label)}${label.endsWith('：') ? '' : ' '}${text}\n`;

export const warningLine = (style: Style, lang: Lang, message: string): string => labelled(style.yellow, t(lang, D.warning), message);

export const hintLine = (style: Style, lang: Lang, hint: string): string => labelled(style.dim, t(lang, D.hint), hint);

/**
 * A sentence of reference prose (a catalogue fix: "Pass the certificate ... key.") as a clause of a
 * diagnostic: first letter lower case unless the first word is a name (SCM, CDN, IAM, Huawei), no final full
 * stop. Chinese is returned as it is.
 */
export function asClause(sentence: string): string {
  const text = sentence.trim().replace(/\.$/, '');
  const first = /^\S+/.exec(text)?.[0] ?? '';
  return /^[A-Z][a-z]*$/.test(first) && !NAMES.has(first) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

const NAMES = new Set(['Huawei', 'Node', 'OpenSSL']);
