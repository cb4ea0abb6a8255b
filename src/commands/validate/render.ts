// Human rendering of validation reports: the certificate summary, then each finding with its SCM code,
// message and fix, then a verdict. Takes a Style (colour only on a TTY); never writes.
import type { Finding } from '../../core/rules/types.js';
import { keyText } from '../../core/validate/key-text.js';
import type { ValidationReport } from '../../core/validate/types.js';
import { listOf, t, type Lang } from '../../core/i18n.js';
import { visible } from '../../core/visible.js';
import type { Style } from '../../io/style.js';
import { labelled, renderFindings, severityWord, SEVERITY_WIDTH } from '../../render/findings.js';
import { D } from '../../render/messages.js';
import { displayWidth, padEnd, wrap } from '../../render/text.js';
import { LABELS, M } from './messages.js';

export interface RenderOptions {
  style: Style;
  /** Wrap width; 0 = no wrapping (piped output keeps one line per field). */
  width: number;
  strict: boolean;
  quiet: boolean;
  lang: Lang;
}

/** Does this finding fail the run? */
export const fails = (f: Finding, strict: boolean): boolean => f.severity === 'error' || (strict && f.severity === 'warning');

function summary(r: ValidationReport, o: RenderOptions): string {
  const c = r.certificate;
  if (!c) return '';
  const s = o.style;
  const L = o.lang;
  const width = Math.max(...Object.values(LABELS).map((l) => displayWidth(l[L]))) + 1;
  const field = (label: keyof typeof LABELS, value: string): string => `  ${s.dim(padEnd(LABELS[label][L], width))} ${wrap(value, o.width, width + 3)}\n`;
  const daysText = c.daysLeft < 0 ? s.red(t(L, M.expiredAgo, { days: -c.daysLeft })) : c.daysLeft < 30 ? s.yellow(t(L, M.daysLeft, { days: c.daysLeft })) : t(L, M.daysLeft, { days: c.daysLeft });
  const mismatch = r.findings.some((f) => f.rule === 'key-mismatch');
  const key = r.keyType === undefined ? keyText(c.key, L) : t(L, mismatch ? M.keyMismatch : M.keyMatches, { key: keyText(c.key, L), keyType: keyText(r.keyType, L) });
  // An empty subject is valid (RFC 5280, beside a critical SAN): say so rather than leave the line blank.
  // The certificate's own text is made safe for the terminal (core/visible.ts); messages already are, by t().
  let out = field('subject', visible(c.subject) || t(L, M.emptyName));
  out += field('names', listOf(L, c.names.map(visible)) || t(L, M.none));
  out += field('issuer', visible(c.issuer) || t(L, M.emptyName));
  out += field('valid', t(L, M.validRange, { from: c.notBefore.slice(0, 10), to: c.notAfter.slice(0, 10), days: daysText }));
  out += field('key', key);
  if (c.signatureAlgorithm) out += field('signature', visible(c.signatureAlgorithm));
  out += field('sha256', c.sha256);
  out += field('chain', (r.chainText ?? c.chain).join(`\n${' '.repeat(width + 3)}→ `));
  return out;
}

/** A bundle that could not be read at all: its own block, so the other bundles' reports still stand. */
export function renderUnreadable(path: string, error: { message: string; hint?: string }, o: RenderOptions): string {
  const head = `${o.style.bold(visible(path))}\n  ${severityWord('unreadable', o)}  ${wrap(error.message, o.width, 2 + SEVERITY_WIDTH + 2)}\n`;
  return error.hint ? `${head}    ${labelled(t(o.lang, D.hint), error.hint, o, 4)}\n` : head;
}

function verdict(r: ValidationReport, o: RenderOptions): string {
  const count = (sev: Finding['severity']): number => r.findings.filter((f) => f.severity === sev).length;
  const errors = count('error');
  const warnings = count('warning');
  const s = o.style;
  const tally = t(o.lang, M.tally, { errors, warnings });
  const head = (text: string): string => `${padEnd(text, 4)}  `;
  if (errors > 0) return `${s.red(s.bold(head(t(o.lang, M.fail))))}${t(o.lang, M.refused, { tally })}\n`;
  if (o.strict && warnings > 0) return `${s.yellow(s.bold(head(t(o.lang, M.fail))))}${t(o.lang, M.strictFail, { tally })}\n`;
  return `${s.green(s.bold(head(t(o.lang, M.ok))))}${t(o.lang, M.accepted, { tally })}\n`;
}

/** One bundle; `title` is printed as a heading when several bundles are reported. */
export function renderReport(r: ValidationReport, o: RenderOptions, title?: string): string {
  const shown = o.quiet ? r.findings.filter((f) => fails(f, o.strict)) : r.findings;
  if (o.quiet && shown.length === 0) return '';
  const head = o.quiet ? '' : summary(r, o);
  let out = (title ? `${o.style.bold(visible(title))}\n` : '') + head;
  if (shown.length > 0) out += `${head ? '\n' : ''}${renderFindings(shown, o)}`;
  if (!o.quiet) out += `\n${verdict(r, o)}`;
  return out;
}

export function renderTotals(results: Array<{ ok: boolean; unreadable?: boolean }>, o: RenderOptions): string {
  const unreadable = results.filter((r) => r.unreadable).length;
  const failed = results.filter((r) => !r.ok && !r.unreadable).length;
  const counts = { count: results.length, passed: results.length - failed - unreadable, failed, unreadable };
  const line = t(o.lang, unreadable > 0 ? M.totalsUnreadable : M.totals, counts);
  return `${failed + unreadable > 0 ? o.style.red(line) : o.style.green(line)}\n`;
}
