// Human rendering of validation reports: the certificate summary, then each finding with its SCM code,
// message and fix, then a verdict. Takes a Style (colour only on a TTY); never writes.
import type { Finding } from '../core/rules/types.js';
import type { ValidationReport } from '../core/validate/types.js';
import type { Style } from '../io/style.js';
import { padEnd, wrap } from './text.js';

export interface RenderOptions {
  style: Style;
  /** Wrap width; 0 = no wrapping (piped output keeps one line per field). */
  width: number;
  strict: boolean;
  quiet: boolean;
}

const LABEL = 10;

/** Does this finding fail the run? */
export const fails = (f: Finding, strict: boolean): boolean => f.severity === 'error' || (strict && f.severity === 'warning');

function summary(r: ValidationReport, o: RenderOptions): string {
  const c = r.certificate;
  if (!c) return '';
  const s = o.style;
  const field = (label: string, value: string): string => `  ${s.dim(padEnd(label, LABEL))} ${wrap(value, o.width, LABEL + 3)}\n`;
  const days = c.daysLeft < 0 ? s.red(`expired ${-c.daysLeft} days ago`) : c.daysLeft < 30 ? s.yellow(`${c.daysLeft} days left`) : `${c.daysLeft} days left`;
  const mismatch = r.findings.some((f) => f.rule === 'key-mismatch');
  const key = r.keyType === undefined ? c.key : mismatch ? `${c.key}; the private key is ${r.keyType} and does not match` : `${c.key}, matches the private key`;
  let out = field('Subject', c.subject);
  out += field('Names', c.names.join(', ') || '(none)');
  out += field('Issuer', c.issuer);
  out += field('Valid', `${c.notBefore.slice(0, 10)} to ${c.notAfter.slice(0, 10)} (${days})`);
  out += field('Key', key);
  if (c.signatureAlgorithm) out += field('Signature', c.signatureAlgorithm);
  out += field('SHA-256', c.sha256);
  out += field('Chain', c.chain.join(`\n${' '.repeat(LABEL + 3)}→ `));
  return out;
}

function finding(f: Finding, o: RenderOptions): string {
  const s = o.style;
  const sev = f.severity === 'error' ? s.red(padEnd('error', 7)) : f.severity === 'warning' ? s.yellow(padEnd('warning', 7)) : s.cyan(padEnd('info', 7));
  const head = `  ${sev}  ${s.bold(f.rule)}${f.code ? `  ${f.code}` : ''}\n`;
  return `${head}    ${wrap(f.message, o.width, 4)}\n    ${s.dim('fix:')} ${wrap(f.fix, o.width, 9)}\n`;
}

function verdict(r: ValidationReport, o: RenderOptions): string {
  const count = (sev: Finding['severity']): number => r.findings.filter((f) => f.severity === sev).length;
  const errors = count('error');
  const warnings = count('warning');
  const tally = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (errors > 0) return `${o.style.red(o.style.bold('FAIL'))}  ${tally}: SCM would refuse this upload\n`;
  if (o.strict && warnings > 0) return `${o.style.yellow(o.style.bold('FAIL'))}  ${tally} (--strict)\n`;
  return `${o.style.green(o.style.bold('OK'))}    ${tally}: SCM would accept this upload\n`;
}

/** One bundle; `title` is printed as a heading when several bundles are reported. */
export function renderReport(r: ValidationReport, o: RenderOptions, title?: string): string {
  const shown = o.quiet ? r.findings.filter((f) => fails(f, o.strict)) : r.findings;
  if (o.quiet && shown.length === 0) return '';
  const head = o.quiet ? '' : summary(r, o);
  let out = (title ? `${o.style.bold(title)}\n` : '') + head;
  if (shown.length > 0) out += `${head ? '\n' : ''}${shown.map((f) => finding(f, o)).join('')}`;
  if (!o.quiet) out += `\n${verdict(r, o)}`;
  return out;
}

export function renderTotals(results: Array<{ ok: boolean }>, o: RenderOptions): string {
  const bad = results.filter((r) => !r.ok).length;
  const line = `${results.length} bundles: ${results.length - bad} passed, ${bad} failed`;
  return `${bad > 0 ? o.style.red(line) : o.style.green(line)}\n`;
}
