// `scm prune`: the plan as a table (ID NAME EXPIRES PLAN, and RESULT once deletes ran), a row per
// certificate covering the domain, and the JSON document with the same rows (where each is deployed: null for
// a certificate ListDeployedResources was not asked about, since only the candidates are).
import type { DeleteResult } from '../../api/delete.js';
import { t, type Lang } from '../../core/i18n.js';
import { cutSaid } from '../../core/visible.js';
import { daysLeft, deploymentJson, pruneReasonText, scmIso, scmShort, type DeploymentView, type PruneEntry } from '../../core/inventory/index.js';
import type { Style } from '../../io/style.js';
import { outcomeJson, outcomeText } from '../../render/deletions.js';
import { displayWidth, table } from '../../render/text.js';
import { fitColumns } from '../../render/text-fit.js';
import { H } from './messages.js';

export interface PruneRow {
  entry: PruneEntry;
  /** Set for a deletion that ran (or was not attempted after a stop). */
  outcome?: DeleteResult;
}

export interface PruneView {
  lang: Lang;
  style: Style;
  keep: number;
  /** Terminal width, 0 when not a terminal. */
  width: number;
  /** Deletes ran: add the RESULT column. */
  ran: boolean;
}

export function renderPlan(rows: readonly PruneRow[], o: PruneView): string {
  const head = [H.id, H.name, H.expires, H.plan, ...(o.ran ? [H.result] : [])].map((h) => t(o.lang, h));
  const body = rows.map(({ entry: e, outcome }) => {
    const cells = [cutSaid(e.row.id), cutSaid(e.row.name) || '-', e.row.notAfter ? scmShort(e.row.notAfter) : '-', pruneReasonText(e, o.keep, o.lang)];
    if (o.ran) cells.push(outcome ? outcomeText(outcome, o.lang, o.style) : '-');
    return cells;
  });
  // Only the name is shortened, and only as far as leaves the plan 32 columns: the plan's reason is the point
  // of the table, and on a terminal it breaks into lines under itself (table's wrap) rather than being cut.
  const all = [head, ...body];
  const names = fitColumns(all.map((cells) => cells.map((c, i) => (i === 3 ? 'x'.repeat(Math.min(displayWidth(c), 32)) : c))), o.width, [1]);
  const fitted = all.map((cells, r) => cells.map((c, i) => (i === 1 ? names[r]![1]! : c)));
  return table(fitted.map((cells, i) => (i === 0 ? cells.map((c) => o.style.bold(c)) : cells)), { width: o.width, wrap: 3 });
}

/** `asked`: what ListDeployedResources said of each certificate it was asked about (the candidates). */
export function pruneJson(rows: readonly PruneRow[], now: Date, asked: ReadonlyMap<string, DeploymentView>, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    ...extra,
    plan: rows.map(({ entry: e, outcome }) => ({
      id: e.row.id,
      name: e.row.name,
      names: e.row.names,
      notAfter: e.row.notAfter ? scmIso(e.row.notAfter) : null,
      daysLeft: e.row.notAfter ? daysLeft(e.row.notAfter, now) : null,
      status: e.row.status,
      origin: e.row.origin,
      action: e.action,
      reason: e.reason,
      supersededBy: e.supersededBy ?? null,
      ...(asked.has(e.row.id) ? deploymentJson(asked.get(e.row.id)) : { deployedTo: null, deploymentUnknown: null }),
      ...(outcome ? outcomeJson(outcome) : { result: null, error: null, requestId: null }),
    })),
    deleted: rows.filter((r) => r.outcome?.result === 'deleted').map((r) => r.entry.row.id),
  };
}
