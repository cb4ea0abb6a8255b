// Human text and JSON for `scm deploy`: a heading line, then a row per resource (RESOURCE RESULT MESSAGE);
// renderers return strings. The JSON result is the contract's enum: deployed, failed, unchanged, skipped
// (and interrupted: the request on its way when Ctrl-C or SIGTERM came).
import type { DeployOutcome, DeployRow, DeployState } from '../../api/deploy.js';
import { failureText } from '../../core/deploy/failures.js';
import type { DeployPlan } from '../../core/deploy/checks.js';
import { t, type Lang } from '../../core/i18n.js';
import type { Style } from '../../io/style.js';
import { table } from '../../render/text.js';
import { H, M, RESULT } from './messages.js';

/** The contract's result for a row. */
export const resultOf = (s: DeployState): 'deployed' | 'failed' | 'unchanged' | 'skipped' | 'interrupted' =>
  s === 'recovered' ? 'deployed' : s === 'not-sent' ? 'skipped' : s;

export const rowOk = (r: DeployRow): boolean => r.state === 'deployed' || r.state === 'recovered' || r.state === 'unchanged';

/** The row's message: what the service said (with the fix when scm knows one), or what scm did. */
export function rowMessage(r: DeployRow, lang: Lang): string {
  if (r.state === 'failed') return failureText(r.detail, lang);
  if (r.state === 'recovered') return t(lang, M.rowRecovered);
  if (r.state === 'unchanged') return r.detail || t(lang, M.rowUnchanged);
  return r.detail;
}

export function renderDeploy(plan: DeployPlan, o: DeployOutcome, style: Style, lang: Lang): string {
  const ok = o.rows.filter(rowOk).length;
  const head = t(lang, M.head, { id: plan.id, service: plan.service, project: plan.project, ok, count: o.rows.length });
  const paint = (r: DeployRow, text: string): string => (r.state === 'failed' ? style.red(text) : r.state === 'not-sent' || r.state === 'interrupted' ? style.yellow(text) : style.green(text));
  const rows = [[H.resource, H.result, H.message].map((h) => style.bold(t(lang, h))), ...o.rows.map((r) => [r.target.resource, paint(r, t(lang, RESULT[r.state])), rowMessage(r, lang)])];
  return `${head}\n${table(rows)}`;
}

/** `interrupted`: Ctrl-C or SIGTERM stopped it (DeployInterrupted); the exit status is then 130 or 143. */
export function deployJson(plan: DeployPlan, o: DeployOutcome, lang: Lang, interrupted = false): Record<string, unknown> {
  return {
    ...(interrupted ? { interrupted: true } : {}),
    certificateId: plan.id,
    service: plan.service,
    project: plan.project || null,
    ok: o.rows.every(rowOk),
    results: o.rows.map((r) => ({ resource: r.target.resource, result: resultOf(r.state), message: rowMessage(r, lang), ...(r.state === 'recovered' ? { recovered: true } : {}) })),
    requestIds: o.requestIds,
    error: o.error ? o.error.toJSON() : null,
  };
}
