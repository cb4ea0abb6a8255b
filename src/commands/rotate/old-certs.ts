// The old side of a rotation, looked up in SCM: the ids given, and with --domain every other certificate whose
// names cover it, with their names where a rotation must not narrow them (ELB and WAF certificates serve every
// name of the one they hold), their SCM names (a copy in CDN's certificate store is listed under one) and expiry.
import { explainNotHeld, scmSaysNotHeld } from '../../api/not-held.js';
import { listBothEnds } from '../../api/list-ends.js';
import type { Deployment } from '../../api/types.js';
import type { Ctx } from '../../context.js';
import { t } from '../../core/i18n.js';
import { isHostName } from '../../core/inventory/cdn.js';
import { coveringRows, toRow } from '../../core/inventory/index.js';
import { UsageError } from '../../errors.js';
import type { Session } from '../shared/session.js';
import type { NewState, RotateRequest } from './certificates.js';
import { M } from './messages.js';

export interface OldState {
  ids: string[];
  purchased: Set<string>;
  /** The names of the old certificates with --domain, by id: as the list showed them, or ShowCertificate for an id
   *  given that the list did not show (so one is judged the same, listed or not: planCleanup's 'wider'). */
  names: Map<string, string[]>;
  /** Their SCM names, by id: a CDN copy is listed under its certificate's SCM name. From the list (--domain) and
   *  from ShowCertificate of the ids given that were looked up. */
  scmNames: Map<string, string>;
  /** When they expire, by id: from the list (--domain) or ShowCertificate of an id given it did not show, else,
   *  with --delete-old, ShowCertificate of each id given. */
  expiry: Map<string, Date>;
  /** The names ShowCertificate gave for the ids looked up, so that namesOf does not ask again (without --domain,
   *  never taken for `names`: ids given alone are replaced whatever they name). */
  shownNames: Map<string, string[]>;
  /** Ids given that SCM does not hold (deleted already, by an earlier --delete-old or anyone, or never held):
   *  left out of `ids`, so nothing is planned, deleted or turned off for them. */
  missing: string[];
  /** --domain, when the certificate list could not be read whole (the offset cap of a large account, a list that
   *  changed): why, in the user's language. Others covering the domain may be among those not read. */
  unread?: string;
}

/**
 * The old ids: those given (SCM must hold them: the others are `missing`), and with --domain every other
 * certificate covering it (bought ones are never deleted).
 */
export async function oldCertificates(r: RotateRequest, fresh: NewState, s: Session, ctx: Ctx, warn: (text: string) => void): Promise<OldState> {
  const purchased = new Set<string>();
  const names = new Map<string, string[]>();
  const scmNames = new Map<string, string>();
  const expiry = new Map<string, Date>();
  const shownNames = new Map<string, string[]>();
  if (fresh.id && r.oldIds.includes(fresh.id)) throw new UsageError(t(ctx.lang, M.toIsOld, { id: fresh.id }), { hint: t(ctx.lang, M.toIsOldHint, { id: fresh.id }) });
  const ids = r.oldIds.filter((id) => !fresh.copies.includes(id));
  if (r.domain === undefined) {
    // Every id given is looked up: one SCM does not hold is said, and nothing is done with it. Its expiry: the
    // warning of an old certificate that outlives the new one, as --domain gives it, and --delete-old's 'outlives'.
    const seen = await shown(ids, s, ctx);
    return { ids: ids.filter((id) => !seen.missing.includes(id)), purchased, names, ...seen };
  }
  const listing = await s.step(t(ctx.lang, M.reading), () => listBothEnds(s.client));
  if (listing.incomplete) warn(t(ctx.lang, M.partial, { why: listing.incomplete.message }));
  const rows = listing.items.map(toRow);
  for (const row of rows) {
    if (row.names.length > 0) names.set(row.id, row.names);
    if (row.name) scmNames.set(row.id, row.name);
    if (row.notAfter) expiry.set(row.id, row.notAfter);
  }
  // An id given beside --domain that the list does not show: looked up (the list may be partial), and what
  // ShowCertificate says of it kept as the list's would be: its expiry (--delete-old keeps one that outlives the
  // new certificate), its names (and one naming hosts the new one does not cover) and its SCM name.
  const unlisted = ids.filter((id) => !rows.some((row) => row.id === id));
  const seen = unlisted.length > 0 ? await shown(unlisted, s, ctx) : undefined;
  const missing = seen?.missing ?? [];
  for (const id of missing) ids.splice(ids.indexOf(id), 1);
  for (const [id, date] of seen?.expiry ?? []) expiry.set(id, date);
  for (const [id, name] of seen?.scmNames ?? []) scmNames.set(id, name);
  for (const [id, list] of seen?.shownNames ?? []) {
    shownNames.set(id, list);
    if (list.length > 0) names.set(id, list);
  }
  for (const row of coveringRows(rows, r.domain)) {
    if (row.id === fresh.id || fresh.copies.includes(row.id) || ids.includes(row.id)) continue;
    ids.push(row.id);
    if (row.origin === 'purchased') purchased.add(row.id);
  }
  return { ids, purchased, names, scmNames, expiry, shownNames, missing, ...(listing.complete ? {} : { unread: listing.incomplete?.message ?? '' }) };
}

/**
 * Whether SCM holds the old certificates given by id, when they expire and their names (ShowCertificate,
 * read-only): --delete-old must not delete one that outlives the new certificate. An id SCM does not hold is
 * `missing`: nothing is done for it.
 */
async function shown(ids: readonly string[], s: Session, ctx: Ctx): Promise<Pick<OldState, 'expiry' | 'shownNames' | 'scmNames' | 'missing'>> {
  const expiry = new Map<string, Date>();
  const shownNames = new Map<string, string[]>();
  const scmNames = new Map<string, string>();
  const missing: string[] = [];
  for (const id of ids) {
    const detail = await s.step(t(ctx.lang, M.readingNew, { id }), () => s.client.show(id).catch((e: unknown) => {
      if (scmSaysNotHeld(e)) return undefined;
      throw e;
    }));
    if (!detail) {
      missing.push(id);
      continue;
    }
    const row = toRow(detail);
    if (row.notAfter) expiry.set(id, row.notAfter);
    shownNames.set(id, row.names);
    if (row.name) scmNames.set(id, row.name);
  }
  return { expiry, shownNames, scmNames, missing };
}

/**
 * The SCM names of the old certificates with a CDN entry that only their name can tell from a domain (a name
 * that reads like a host name, an id that is none: a copy pushed to CDN is listed under its certificate's
 * name): from the list when it was read, else ShowCertificate (read-only, so --dry-run asks too).
 */
export async function copyNames(before: ReadonlyMap<string, Deployment>, old: OldState, s: Session, ctx: Ctx): Promise<Map<string, string>> {
  const out = new Map(old.scmNames);
  for (const id of old.ids) {
    const unclear = (before.get(id)?.resources ?? []).some((r) => r.service.toUpperCase() === 'CDN' && isHostName(r.resourceName) && !isHostName(r.resourceId));
    if (!unclear || out.has(id)) continue;
    const detail = await s.step(t(ctx.lang, M.readingNew, { id }), () => s.client.show(id).catch((e: unknown) => { throw explainNotHeld(e, ctx.lang); }));
    if (detail.name) out.set(id, detail.name);
  }
  return out;
}

/**
 * The names of the certificates `ids` (old ones on an ELB or WAF resource): from the list when it was read,
 * else ShowCertificate, one at a time (read-only, so --dry-run asks too).
 */
export async function namesOf(ids: readonly string[], known: ReadonlyMap<string, string[]>, s: Session, ctx: Ctx): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const id of new Set(ids)) {
    const listed = known.get(id);
    if (listed) {
      out.set(id, listed);
      continue;
    }
    const detail = await s.step(t(ctx.lang, M.readingNew, { id }), () => s.client.show(id).catch((e: unknown) => { throw explainNotHeld(e, ctx.lang); }));
    out.set(id, toRow(detail).names);
  }
  return out;
}
