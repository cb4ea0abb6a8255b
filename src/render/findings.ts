// Findings as every command lays them out (validate's report, upload's refusal and notes, push's offline
// checks), in the user's language: severity, rule, code; then the message, and the fix under its label.
import { asClause, t, type Lang } from '../core/i18n.js';
import type { Finding } from '../core/rules/types.js';
import type { Style } from '../io/style.js';
import { widthOf } from './diagnostics.js';
import { D } from './messages.js';
import { displayWidth, padEnd, wrap } from './text.js';

export interface FindingLayout {
  style: Style;
  /** Wrap width; 0 = no wrapping (piped output keeps one line per field). */
  width: number;
  lang: Lang;
}

/** The layout of findings written to stderr: its style, its width on a terminal, the user's language. */
export const errLayout = (ctx: { errStyle: Style; stderr: { isTTY: boolean; columns?: number | undefined }; lang: Lang }): FindingLayout =>
  ({ style: ctx.errStyle, width: widthOf(ctx.stderr), lang: ctx.lang });

/** The severity column: the widest word of either language ("warning"), so rules line up. */
export const SEVERITY_WIDTH = 7;

/** "fix: text" / "解决方法：文字" at `indent`: a full-width colon needs no space after it; wrapped under the text. */
export function labelled(name: string, text: string, o: FindingLayout, indent: number): string {
  const gap = name.endsWith('：') ? '' : ' ';
  return `${o.style.dim(name)}${gap}${wrap(text, o.width, indent + displayWidth(name) + gap.length)}`;
}

const SEVERITY = { error: D.error, warning: D.warningSeverity, info: D.info, unreadable: D.unreadable };

/** The severity word, coloured by severity and padded to the column. */
export function severityWord(severity: Finding['severity'] | 'unreadable', o: FindingLayout): string {
  const s = o.style;
  const word = padEnd(t(o.lang, SEVERITY[severity]), SEVERITY_WIDTH);
  return severity === 'warning' ? s.yellow(word) : severity === 'info' ? s.cyan(word) : s.red(word);
}

export function renderFinding(f: Finding, o: FindingLayout): string {
  const head = `  ${severityWord(f.severity, o)}  ${o.style.bold(f.rule)}${f.code ? `  ${f.code}` : ''}\n`;
  // The rule table's fix is reference prose (`scm explain`); in a finding it is a clause, like the message.
  return `${head}    ${wrap(f.message, o.width, 4)}\n    ${labelled(t(o.lang, D.fix), asClause(f.fix, o.lang), o, 4)}\n`;
}

export function renderFindings(findings: readonly Finding[], o: FindingLayout): string {
  return findings.map((f) => renderFinding(f, o)).join('');
}
