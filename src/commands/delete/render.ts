// `scm delete`: a row per certificate (ID RESULT NOTE) and the JSON document. A certificate SCM does not hold
// has its row (and a line on stderr, run.ts), reason `not-found`: whether it was deployed means nothing then.
import type { DeleteResult } from '../../api/delete.js';
import { t, type Lang } from '../../core/i18n.js';
import { deleteReasonText, deploymentJson, notFound, planDelete, type DeleteDecision } from '../../core/inventory/index.js';
import { O } from '../../core/inventory/messages.js';
import type { Style } from '../../io/style.js';
import { outcomeJson, outcomeText } from '../../render/deletions.js';
import { table } from '../../render/text.js';
import { H } from './messages.js';

export interface DeleteRow {
  decision: DeleteDecision;
  /** Undefined for a refused certificate, and in a dry run. */
  outcome?: DeleteResult;
}

/**
 * The decision a row shows: the one made up front; for an id SCM does not hold, `not-found`; or, for a
 * certificate found deployed when looked at again just before its delete (outcome refused), the one that look
 * makes (its reason and where it is deployed).
 */
function shown({ decision: d, outcome }: DeleteRow): DeleteDecision {
  if (outcome?.result === 'already-deleted') return notFound(d);
  if (outcome?.result !== 'refused') return d;
  return planDelete([d.id], new Map(outcome.deployment ? [[d.id, outcome.deployment]] : []), { force: false })[0]!;
}

/** `width`: the terminal's, 0 when not one (the note is then never broken: one line per certificate for grep). */
export function renderDeletions(rows: readonly DeleteRow[], o: { lang: Lang; style: Style; width?: number }): string {
  if (rows.length === 0) return '';
  const body = rows.map((row) => {
    const { decision: d, outcome } = row;
    const result = d.action === 'refuse' ? o.style.red(t(o.lang, O.refused))
      : outcome ? outcomeText(outcome, o.lang, o.style) : t(o.lang, O['would-delete']);
    return [d.id, result, deleteReasonText(shown(row), o.lang)];
  });
  return table([[H.id, H.result, H.note].map((h) => o.style.bold(t(o.lang, h))), ...body], { width: o.width ?? 0, wrap: 2 });
}

export function deleteJson(rows: readonly DeleteRow[], dryRun: boolean): Record<string, unknown> {
  return {
    dryRun,
    results: rows.map((row) => {
      const { decision: d, outcome } = row;
      const now = shown(row);
      return {
        id: d.id,
        ...(d.action === 'refuse' ? { result: 'refused', error: null, requestId: null } : outcome ? outcomeJson(outcome) : { result: 'would-delete', error: null, requestId: null }),
        reason: now.reason,
        forced: now.forced,
        ...deploymentJson(now.deployment),
      };
    }),
    deleted: rows.filter((r) => r.outcome?.result === 'deleted').map((r) => r.decision.id),
  };
}
