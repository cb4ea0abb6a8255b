// The table of `scm list` (ID NAME DOMAIN EXPIRES DAYS STATUS, fitted to the terminal, expired rows red and
// soon-expiring ones yellow) and its JSON document.
import { t, type Lang } from '../../core/i18n.js';
import { cutSaid } from '../../core/visible.js';
import { daysLeft, expiryClass, rowJson, scmShort, statusText, type CertRow } from '../../core/inventory/index.js';
import type { Style } from '../../io/style.js';
import { table } from '../../render/text.js';
import { fitColumns } from '../../render/text-fit.js';
import { H, M } from './messages.js';

export interface TableOptions {
  now: Date;
  style: Style;
  lang: Lang;
  /** Terminal width; 0 when stdout is not a terminal (nothing is cut). */
  width: number;
  /** Rows expiring within this many days are yellow. */
  window: number;
}

/** The domain, and how many more names the certificate binds. */
function domainCell(row: CertRow, lang: Lang): string {
  const more = row.names.filter((n) => n !== row.domain.toLowerCase()).length;
  return more > 0 ? `${cutSaid(row.domain)} ${t(lang, M.more, { n: more })}` : cutSaid(row.domain) || '-';
}

export function renderTable(rows: readonly CertRow[], o: TableOptions): string {
  const head = [H.id, H.name, H.domain, H.expires, H.days, H.status].map((h) => t(o.lang, h));
  // Names and domains as SCM sent them, cut as the server's words are everywhere (--json keeps them whole).
  const body = rows.map((r) => [cutSaid(r.id), cutSaid(r.name) || '-', domainCell(r, o.lang), r.notAfter ? scmShort(r.notAfter) : '-', r.notAfter ? String(daysLeft(r.notAfter, o.now)) : '-', statusText(o.lang, r.status)]);
  const fitted = fitColumns([head, ...body], o.width, [1, 2]);
  // Colour after fitting: the widths are measured on the plain text.
  const paint = { expired: o.style.red, expiring: o.style.yellow, ok: (s: string) => s, unknown: (s: string) => s };
  return table(fitted.map((cells, i) => {
    if (i === 0) return cells.map((c) => o.style.bold(c));
    const colour = paint[expiryClass(rows[i - 1]!, o.now, o.window)];
    return cells.map((c, j) => (j === 3 || j === 4 ? colour(c) : c));
  }));
}

export function listJson(rows: readonly CertRow[], now: Date, extra: Record<string, unknown>): Record<string, unknown> {
  return { certificates: rows.map((r) => rowJson(r, now)), total: rows.length, ...extra };
}
