// What a reading of SCM's certificate list comes to (listAll in list.ts): every certificate read, and when the
// list could not be read whole, why (the offset cap, an offset the server ignores, a list that changed, pages
// that ran out before total_count), in the client's language; or, when a page failed, ListPageError. Apart from
// list.ts, which pages, because list-ends.ts and the commands read these answers without paging themselves.
import { t } from '../core/i18n.js';
import { ExitCode, ScmCliError, type ExitCodeValue } from '../errors.js';
import type { ScmClient } from './client.js';
import { apiFacts } from './errors.js';
import { L } from './messages.js';
import type { CertificateListItem } from './types.js';

/** Highest `offset` ListCertificates accepts (docs: 0-100). */
export const OFFSET_CAP = 100;
/** Largest page the docs allow. */
export const PAGE_SIZE = 50;

/** How the server reads `offset`: certificates to skip, or pages to skip. */
export type OffsetUnit = 'items' | 'pages';

export interface ListAllResult {
  /** Every certificate read, each once, in the server's order. */
  items: CertificateListItem[];
  /** total_count of the last page read. */
  total: number;
  /** True when every certificate total_count counts was read. */
  complete: boolean;
  /** How offset was read; undefined when one page held everything. */
  unit?: OffsetUnit;
  /** List requests made. */
  pages: number;
  /** Why `complete` is false, in the client's language; `reachable`: how many the offset cap lets anyone read. */
  incomplete?: { reason: 'offset-cap' | 'offset-ignored' | 'changing' | 'short'; message: string; reachable: number };
  /** False when SCM gave no usable total_count: `total` is then what was read (and one more while pages came full). */
  counted?: false;
}

/**
 * A page failed after the client's retries: nothing read so far is complete enough to decide on. It exits as
 * its cause does (a rejection 4, refused credentials 3, the network or a 5xx 5): the page number is context,
 * not a different failure.
 */
export class ListPageError extends ScmCliError {
  readonly page: number;
  readonly readSoFar: number;
  constructor(message: string, o: { page: number; readSoFar: number; cause: unknown }) {
    const cause = o.cause;
    const exit: ExitCodeValue = cause instanceof ScmCliError ? cause.exitCode : ExitCode.NETWORK;
    super(message, exit, { cause, ...(cause instanceof ScmCliError && cause.hint ? { hint: cause.hint } : {}), ...(cause instanceof ScmCliError && cause.code ? { code: cause.code } : {}) });
    this.page = o.page;
    this.readSoFar = o.readSoFar;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...apiFacts(this.cause), page: this.page };
  }
}

/** Read twice, the pages ran out before total_count: said as what SCM did, not as a list that moved. */
export const short = (items: CertificateListItem[], total: number, pages: number, client: ScmClient, unit?: OffsetUnit, counted = true): ListAllResult =>
  incomplete(items, total, pages, 'short', t(client.lang, L.listShort, { total, read: items.length }), items.length, unit, counted);

/** `counted` false: `total` is not SCM's count but what was read (and one more while pages came full): said so. */
export function incomplete(items: CertificateListItem[], total: number, pages: number, reason: NonNullable<ListAllResult['incomplete']>['reason'], message: string, reachable: number, unit?: OffsetUnit, counted = true): ListAllResult {
  return { items, total, complete: false, pages, ...(unit ? { unit } : {}), incomplete: { reason, message, reachable }, ...(counted ? {} : { counted: false as const }) };
}
