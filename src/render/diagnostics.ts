// How errors, warnings and hints look on stderr, in every command and both languages: `scm: <message>`,
// `warning: <message>`, `hint: <advice>` (Chinese: 警告：, 提示：), one line each, message lower case and
// without a final full stop; on a terminal, wrapped like findings are, continuation lines under the text.
// The convention is written down in docs/architecture.md ("Diagnostics").
import { t, type Lang } from '../core/i18n.js';
import type { Style } from '../io/style.js';
import { D } from './messages.js';
import { displayWidth, wrap } from './text.js';

/** The wrap width for a stream: its columns (at most 100) on a terminal, else 0 (no wrapping: grep-friendly). */
export const widthOf = (out: { isTTY: boolean; columns?: number | undefined }): number => (out.isTTY ? Math.min(out.columns || 80, 100) : 0);

/** "  why: ", "  原因：" (a full-width colon, written as an escape: the build keeps dist/ ASCII). */
const LABEL = /^ *[^:\uff1a\s][^:\uff1a]{0,30}(?:: |\uff1a)/;

/**
 * A message of one or more lines, the first starting at column `indent`. Later lines that start with a label
 * ("  why: ...", "  原因：...") wrap under the label's text.
 */
export function wrapMessage(message: string, width: number, indent: number): string {
  if (width <= 0) return message;
  return message.split('\n').map((line, i) => {
    if (i === 0) return wrap(line, width, indent);
    const label = LABEL.exec(line)?.[0] ?? /^ */.exec(line)![0];
    return label + wrap(line.slice(label.length), width, displayWidth(label));
  }).join('\n');
}

export const errorLine = (style: Style, message: string, width = 0): string => `${style.red('scm:')} ${wrapMessage(message, width, 5)}\n`;

/** A label and its text: "hint: text", but "提示：text" (the full-width colon carries its own space). */
function labelled(paint: (s: string) => string, label: string, text: string, width: number): string {
  const gap = label.endsWith('\uff1a') ? '' : ' ';
  return `${paint(label)}${gap}${wrapMessage(text, width, displayWidth(label) + gap.length)}\n`;
}

export const warningLine = (style: Style, lang: Lang, message: string, width = 0): string => labelled(style.yellow, t(lang, D.warning), message, width);

export const hintLine = (style: Style, lang: Lang, hint: string, width = 0): string => labelled(style.dim, t(lang, D.hint), hint, width);

export { asClause } from '../core/i18n.js';
