// Human text and JSON for `scm upload`: the result line, the "--no-validate" notice and the --from log line.
// Renderers return strings; commands write them.
import type { PushOutcome } from '../../api/push.js';
import type { UploadOutcome } from '../../api/upload.js';
import type { AcmeInputs } from '../../core/acme/sources.js';
import { listOf, t, type Lang } from '../../core/i18n.js';
import type { Finding } from '../../core/rules/types.js';
import type { CertificateSummary } from '../../core/validate/types.js';
import type { Style } from '../../io/style.js';
import { pushOutcomeJson, renderPushOutcome } from '../push/render.js';
import { U } from './messages.js';

export interface UploadResult {
  certificate_id: string;
  name: string;
  /** The name SCM already holds the certificate under (--if-changed found it). */
  existingName?: string;
  /** False when --if-changed found the same certificate already in SCM. */
  changed: boolean;
  /** True when the id was found by fingerprint after an import whose answer was lost. */
  recovered: boolean;
  /** Other copies of this certificate in SCM (a late first attempt, earlier uploads), and what was done about them. */
  copies: Pick<UploadOutcome, 'otherCopies' | 'deleted' | 'keptDeployed' | 'unverified' | 'mayStillLand'>;
  requestId?: string;
  endpoint: string;
  certificate?: CertificateSummary;
  findings: Finding[];
  validated: boolean;
  push: PushOutcome[];
  /** The ACME client whose hook environment named the files (--from), else null. */
  from: string | null;
}

export function renderUploadResult(r: UploadResult, style: Style, lang: Lang): string {
  const head = r.changed
    ? t(lang, U.uploaded, { label: style.green(t(lang, U.uploadedLabel)), name: r.name, id: style.bold(r.certificate_id), note: r.recovered ? t(lang, r.copies.mayStillLand ? U.recoveredMayLand : U.recoveredNote) : '' })
    : r.existingName !== undefined && r.existingName !== r.name
      ? t(lang, U.unchangedNamed, { label: style.green(t(lang, U.unchangedLabel)), id: style.bold(r.certificate_id), existing: r.existingName, name: r.name })
      : t(lang, U.unchanged, { label: style.green(t(lang, U.unchangedLabel)), id: style.bold(r.certificate_id) });
  return `${head}\n${r.push.map((p) => renderPushOutcome(p, style, lang)).join('')}`;
}


export function uploadJson(r: UploadResult): Record<string, unknown> {
  return {
    certificate_id: r.certificate_id,
    name: r.name,
    existing_name: r.existingName ?? null,
    changed: r.changed,
    recovered: r.recovered,
    other_copies: r.copies.otherCopies,
    deleted_copies: r.copies.deleted,
    copies_checked: r.copies.unverified === undefined,
    // The first attempt timed out and may still be stored: a second copy may appear after this run.
    late_copy_possible: r.copies.mayStillLand === true,
    request_id: r.requestId ?? null,
    endpoint: r.endpoint,
    validated: r.validated,
    certificate: r.certificate ?? null,
    findings: r.findings,
    push: r.push.map((o) => pushOutcomeJson(o)),
    from: r.from,
  };
}

/** What --no-validate skips, said loudly (stderr): the text of the warning. */
export function noValidateText(errors: Finding[], lang: Lang): string {
  const list = listOf(lang, errors.map((f) => (f.code ? t(lang, U.ruleCode, { rule: f.rule, code: f.code }) : f.rule)));
  return t(lang, U.noValidate, { ignored: errors.length === 0 ? t(lang, U.noErrors) : t(lang, U.ignoring, { count: errors.length, list }) });
}

/** For the hook's log (stderr): which files --from took, and where the name came from. */
export function renderAcmeSource(acme: AcmeInputs & { derivedName: boolean }, name: string, lang: Lang): string {
  const naming = acme.derivedName ? t(lang, U.hookName, { name, domain: acme.domains[0] ?? '' }) : '';
  return `${t(lang, U.fromHook, { client: acme.client, used: listOf(lang, acme.used) })}${naming}\n`;
}
