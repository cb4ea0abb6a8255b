// `scm list`: every page of ListCertificates (src/api/list.ts), then the names, expiry and order decided
// here (src/core/inventory). What the offset cap hides is said on stderr; nothing matching is exit 0.
import { listSearched } from '../../api/list-ends.js';
import type { CertificateListItem, ListQuery } from '../../api/types.js';
import type { Ctx } from '../../context.js';
import { listOf, t } from '../../core/i18n.js';
import { selectRows, sortRows, toRow, windowRead, type SortKey } from '../../core/inventory/index.js';
import { ExitCode } from '../../errors.js';
import { warningLine, widthOf } from '../../render/diagnostics.js';
import { jsonDocument, jsonWarningLine } from '../../render/json.js';
import { openSession, type SessionOptions } from '../shared/session.js';
import { M } from './messages.js';
import { listJson, renderTable } from './render.js';

interface ListOptions extends SessionOptions {
  search?: string;
  domain?: string;
  status?: string;
  expiring?: number;
  enterpriseProjectId?: string;
  sort?: SortKey;
  asc?: boolean;
}

const SORT_KEYS = { expiry: 'certExpiredTime', updated: 'certUpdateTime', status: 'certStatus' } as const;

export async function run({ opts }: { args: string[]; opts: ListOptions }, ctx: Ctx): Promise<number> {
  const lang = ctx.lang;
  // --expiring alone means "soonest first"; an explicit --sort wins.
  const key: SortKey = opts.sort ?? (opts.expiring !== undefined ? 'expiry' : 'updated');
  const asc = opts.asc === true || (opts.sort === undefined && opts.expiring !== undefined);
  // With --expiring SCM is asked for its expiry order whatever order is shown (sorted here, except `updated`,
  // which is SCM's own): past the offset cap, a read that went past the window has read all it holds.
  const byExpiry = opts.expiring !== undefined && key !== 'updated';
  const query: Omit<ListQuery, 'offset' | 'limit'> = {
    sort_key: byExpiry ? SORT_KEYS.expiry : SORT_KEYS[key],
    sort_dir: asc ? 'ASC' : 'DESC',
    ...(opts.search ? { content: opts.search } : {}),
    ...(opts.status && opts.status !== 'ALL' ? { status: opts.status } : {}),
    ...(opts.enterpriseProjectId ? { enterprise_project_id: opts.enterpriseProjectId } : {}),
  };

  const s = await openSession(opts, ctx, M.phase);
  const now = ctx.now();
  const days = opts.expiring;
  const covered = byExpiry && days !== undefined
    ? (a: readonly CertificateListItem[], d: readonly CertificateListItem[]): boolean => windowRead(a.map(toRow), d.map(toRow), now, days)
    : undefined;
  const listing = await s.step(t(lang, M.reading), () => listSearched(s.client, query, covered ? { covered } : {}));
  const rows = sortRows(selectRows(listing.items.map(toRow), { ...(opts.domain ? { domain: opts.domain } : {}), ...(opts.status ? { status: opts.status } : {}), ...(opts.expiring !== undefined ? { expiringDays: opts.expiring } : {}) }, now), key, asc);

  const warn = (text: string): void => ctx.stderr.write(opts.json ? jsonWarningLine(text) : warningLine(ctx.errStyle, lang, text, widthOf(ctx.stderr)));
  // Kept by --expiring because their expiry cannot be judged: said, so that a monitor looks at them.
  const undated = opts.expiring !== undefined ? rows.filter((r) => !r.notAfter) : [];
  if (undated.length > 0) warn(t(lang, M.undated, { count: undated.length, ids: listOf(lang, undated.map((r) => r.id)) }));
  if (listing.incomplete) warn(listing.incomplete.reason === 'offset-cap' ? `${listing.incomplete.message}${lang === 'zh' ? '；' : '; '}${t(lang, M.narrow)}` : listing.incomplete.message);

  if (opts.json) {
    const incomplete = listing.incomplete ? { incomplete: { reason: listing.incomplete.reason, reachable: listing.incomplete.reachable, listed: listing.counted === false ? null : listing.total } } : {};
    ctx.stdout.write(jsonDocument(listJson(rows, now, { complete: listing.complete, ...incomplete })));
  } else if (opts.quiet) {
    // An entry SCM listed without an id has none to print: an empty line would reach `scm show ""` in a script.
    ctx.stdout.write(rows.filter((r) => r.id !== '').map((r) => `${r.id}\n`).join(''));
  } else if (rows.length > 0) {
    const width = ctx.stdout.isTTY ? (ctx.stdout.columns ?? 0) : 0;
    ctx.stdout.write(renderTable(rows, { now, style: ctx.style, lang, width, window: opts.expiring ?? 30 }));
  }
  if (rows.length === 0) {
    const none = listing.complete ? t(lang, M.none) : t(lang, M.noneRead, { count: listing.items.length });
    if (opts.json) ctx.stderr.write(jsonWarningLine(none));
    else ctx.stderr.write(`${none}\n`);
  }
  return ExitCode.OK;
}
