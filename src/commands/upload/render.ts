// Human text and JSON for `scm upload`: the result line, the --dry-run request (key material redacted), and
// the "--no-validate" notice. Renderers return strings; commands write them.
import type { PushOutcome } from '../../api/push.js';
import type { AcmeInputs } from '../../core/acme/sources.js';
import type { Finding } from '../../core/rules/types.js';
import type { CertificateSummary } from '../../core/validate/types.js';
import type { Style } from '../../io/style.js';
import { pushOutcomeJson, renderPushOutcome } from '../push/render.js';

export interface UploadResult {
  certificate_id: string;
  name: string;
  /** False when --if-changed found the same certificate already in SCM. */
  changed: boolean;
  /** True when the id was found by fingerprint after an import whose answer was lost. */
  recovered: boolean;
  requestId?: string;
  endpoint: string;
  certificate?: CertificateSummary;
  findings: Finding[];
  validated: boolean;
  push: PushOutcome[];
  /** The ACME client whose hook environment named the files (--from), else null. */
  from: string | null;
}

export function renderUploadResult(r: UploadResult, style: Style): string {
  const head = r.changed
    ? `${style.green('uploaded')} ${r.name} as ${style.bold(r.certificate_id)}${r.recovered ? ' (found in SCM after the answer was lost; imported once)' : ''}\n`
    : `${style.green('unchanged:')} the same certificate is already in SCM as ${style.bold(r.certificate_id)}; nothing uploaded\n`;
  return head + r.push.map((p) => renderPushOutcome(p, style)).join('');
}

export function uploadJson(r: UploadResult): Record<string, unknown> {
  return {
    certificate_id: r.certificate_id,
    name: r.name,
    changed: r.changed,
    recovered: r.recovered,
    request_id: r.requestId ?? null,
    endpoint: r.endpoint,
    validated: r.validated,
    certificate: r.certificate ?? null,
    findings: r.findings,
    push: r.push.map(pushOutcomeJson),
    from: r.from,
  };
}

/** What --no-validate skips, said loudly (stderr). */
export function renderNoValidate(errors: Finding[], style: Style): string {
  const list = errors.length === 0 ? 'no rule found an error' : `ignoring ${errors.length} error finding(s): ${errors.map((f) => `${f.rule}${f.code ? ` (${f.code})` : ''}`).join(', ')}`;
  return `${style.yellow('warning: --no-validate:')} the offline checks do not stop this upload; ${list}. SCM may reject it.\n`;
}

export function refusalMessage(errors: number): string {
  return `upload refused: ${errors} error${errors === 1 ? '' : 's'} found offline; nothing was sent`;
}

/** For the hook's log (stderr): which files --from took, and where the name came from. */
export function renderAcmeSource(acme: AcmeInputs & { derivedName: boolean }, name: string): string {
  const naming = acme.derivedName ? `; name ${name} (from ${acme.domains[0]} and today's date)` : '';
  return `from ${acme.client}: ${acme.used.join(', ')}${naming}\n`;
}
