// Human text for `scm push` (and the push step of `scm upload --push`): findings of the offline checks and
// the per-project result table. Renderers return strings; commands write them.
import type { PushOutcome } from '../../api/push.js';
import type { Style } from '../../io/style.js';
import { table } from '../../render/text.js';

export function renderPushOutcome(o: PushOutcome, style: Style): string {
  if (o.mode === 'single') {
    const row = o.rows[0]!;
    return `${style.green('pushed')} ${o.id} to ${o.service}${row.project ? ` in ${row.project}` : ''}\n`;
  }
  const failed = o.rows.filter((r) => !r.ok).length;
  const head = `${failed === 0 ? style.green('pushed') : style.yellow('pushed with failures:')} ${o.id} to ${o.service} in ${o.rows.length - failed} of ${o.rows.length} projects\n`;
  const rows = [['PROJECT', 'RESULT', 'MESSAGE', 'CERT_ID'], ...o.rows.map((r) => [r.project, r.ok ? 'ok' : 'failed', r.message, r.certId ?? '-'])];
  return head + table(rows);
}

export function pushOutcomeJson(o: PushOutcome): Record<string, unknown> {
  return {
    certificate_id: o.id,
    service: o.service,
    mode: o.mode,
    ok: o.rows.every((r) => r.ok),
    results: o.rows.map((r) => ({ project: r.project, ok: r.ok, message: r.message, cert_id: r.certId ?? null })),
    request_ids: o.requestIds,
  };
}
