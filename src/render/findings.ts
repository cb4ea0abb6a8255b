// Findings as every command lays them out (validate's report, upload's refusal, push's offline checks):
// severity, rule, code; then the message and the fix.
import type { Finding } from '../core/rules/types.js';
import type { Style } from '../io/style.js';
import { padEnd, wrap } from './text.js';

/** Findings laid out as `scm validate` lays them out: severity, rule, code; then message and fix. */
export function renderFindings(findings: Finding[], style: Style, width = 0): string {
  return findings.map((f) => {
    const sev = f.severity === 'error' ? style.red(padEnd('error', 7)) : f.severity === 'warning' ? style.yellow(padEnd('warning', 7)) : style.cyan(padEnd('info', 7));
    return `  ${sev}  ${style.bold(f.rule)}${f.code ? `  ${f.code}` : ''}\n    ${wrap(f.message, width, 4)}\n    ${style.dim('fix:')} ${wrap(f.fix, width, 9)}\n`;
  }).join('');
}
