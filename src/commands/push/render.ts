// Human text for `scm push` (and the push step of `scm upload --push`): one line for a single target, a
// table with a row per project for several; JSON with the same rows. Renderers return strings.
import type { PushOutcome, PushRow } from '../../api/push.js';
import { t, type Lang } from '../../core/i18n.js';
import type { Style } from '../../io/style.js';
import { table } from '../../render/text.js';
import { H, M, RESULT } from './messages.js';

function labelOf(row: PushRow, style: Style, lang: Lang): string {
  if (row.result === 'present') return style.green(t(lang, M.presentOne));
  if (row.result === 'interrupted') return style.yellow(t(lang, M.interruptedOne));
  if (row.result === 'not-sent') return style.yellow(t(lang, M.notSentOne));
  return row.ok ? style.green(t(lang, M.pushedOne)) : style.red(t(lang, M.failedOne));
}

export function renderPushOutcome(o: PushOutcome, style: Style, lang: Lang): string {
  if (o.mode === 'single') {
    const row = o.rows[0]!;
    const target = row.project ? t(lang, M.targetIn, { service: o.service, project: row.project }) : t(lang, M.target, { service: o.service });
    const note = row.result === 'pushed' ? '' : t(lang, M.note, { text: row.message });
    return `${t(lang, M.one, { label: labelOf(row, style, lang), id: o.id, target, note })}\n`;
  }
  const ok = o.rows.filter((r) => r.ok).length;
  const label = o.rows.some((r) => r.result === 'interrupted' || r.result === 'not-sent') && o.error === undefined ? style.yellow(t(lang, M.interruptedLabel))
    : o.rows.every((r) => r.result === 'present') ? style.green(t(lang, M.presentLabel))
    : ok === o.rows.length ? style.green(t(lang, M.pushedLabel))
      : ok === 0 ? style.red(t(lang, M.failedLabel)) : style.yellow(t(lang, M.partLabel));
  const head = t(lang, M.many, { label, id: o.id, service: o.service, ok, count: o.rows.length });
  const row = (r: PushRow): string[] => {
    const result = t(lang, RESULT[r.result]);
    // "pushed  pushed" says nothing twice: a message that only repeats the result is left out.
    return [r.project, result, r.message && r.message !== result ? r.message : '-', r.certId ?? '-'];
  };
  const rows = [[H.project, H.result, H.message, H.certId].map((h) => t(lang, h)), ...o.rows.map(row)];
  return `${head}\n${table(rows)}`;
}

/** `interrupted`: Ctrl-C or SIGTERM stopped it (PushInterrupted); the exit status is then 130 or 143. */
export function pushOutcomeJson(o: PushOutcome, interrupted = false): Record<string, unknown> {
  return {
    ...(interrupted ? { interrupted: true } : {}),
    certificate_id: o.id,
    service: o.service,
    mode: o.mode,
    ok: o.rows.every((r) => r.ok),
    results: o.rows.map((r) => ({ project: r.project, ok: r.ok, result: r.result, message: r.message, cert_id: r.certId ?? null })),
    request_ids: o.requestIds,
    error: o.error ? o.error.toJSON() : null,
  };
}
