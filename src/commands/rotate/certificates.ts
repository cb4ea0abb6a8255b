// The two sides of a rotation, looked up in SCM: the new certificate (an id, or files found by fingerprint as
// `upload --if-changed` finds them, with the import body to send if SCM does not hold them yet) and the old
// ones (the ids given, and with --domain every other certificate whose names cover it), with their names
// where a rotation must not narrow them (ELB and WAF certificates serve every name of the one they hold).
import { encFields } from '../../core/validate/sm2-pair.js';
import { explainNotHeld, scmSaysNotHeld } from '../../api/errors.js';
import { findCopies, identityOf } from '../../api/find.js';
import { listBothEnds } from '../../api/list-ends.js';
import type { Deployment, ImportBody } from '../../api/types.js';
import type { Ctx } from '../../context.js';
import { certFactsOf, type CertFacts, type WafExtras } from '../../core/deploy/index.js';
import { t } from '../../core/i18n.js';
import { isHostName } from '../../core/inventory/cdn.js';
import { coveringRows, originOf, toRow } from '../../core/inventory/index.js';
import type { Finding } from '../../core/rules/types.js';
import type { ValidationReport } from '../../core/validate/types.js';
import { UsageError } from '../../errors.js';
import type { Session, SessionOptions } from '../shared/session.js';
import { M } from './messages.js';

export type NewCert =
  | { kind: 'id'; id: string }
  | {
    kind: 'files'; report: ValidationReport; name: string; source: string; enterpriseProjectId?: string;
    /** How the files are sent (input-converted: a PKCS#8 key as PKCS#1/SEC1), shown when the rotation uploads them. */
    notes?: Finding[];
  };

export interface RotateRequest {
  oldIds: string[];
  domain?: string;
  newCert: NewCert;
  deleteOld: boolean;
  disableNotifications: boolean;
  dryRun: boolean;
  json: boolean;
  quiet: boolean;
  extras: WafExtras;
  session: SessionOptions;
  /** Under a renewal hook (upload --from ... --rotate): the command a person can run by hand to finish, given
   *  the new id. "The same command" would be the hook's, which nobody sees and the ACME client never reruns. */
  rerun?: (newId: string) => string;
  /** Run as `scm upload --rotate`: its --json has upload's `certificate_id`, and as upload has no --delete-old,
   *  an old certificate nothing uses names the command that deletes it, given the new id. */
  upload?: { deleteOld: (newId: string) => string };
}

export interface NewState {
  id?: string;
  /** Its SCM name (the one given for files): a CDN copy of it is listed under that name. */
  name?: string;
  facts: CertFacts;
  billed: boolean;
  /** Copies of the new certificate SCM holds besides `id` (never treated as old ones). */
  copies: string[];
  body?: ImportBody;
}

export async function newCertificate(r: RotateRequest, s: Session, ctx: Ctx): Promise<NewState> {
  const lang = ctx.lang;
  const n = r.newCert;
  if (n.kind === 'id') {
    const detail = await s.step(t(lang, M.readingNew, { id: n.id }), () => s.client.show(n.id).catch((e: unknown) => { throw explainNotHeld(e, lang); }));
    return { id: n.id, ...(detail.name ? { name: detail.name } : {}), facts: { ...certFactsOf(detail), label: n.id }, billed: originOf(detail) === 'imported', copies: [] };
  }
  const payload = n.report.payload!;
  const identity = identityOf(payload.certificate);
  const facts: CertFacts = { label: n.report.certificate?.subject ?? n.name, names: identity.names.map((x) => x.toLowerCase()), notAfter: identity.notAfter, sm2: n.report.certificate?.keyType === 'SM2' };
  const body: ImportBody = {
    name: n.name, certificate: payload.certificate, ...(payload.certificate_chain ? { certificate_chain: payload.certificate_chain } : {}),
    private_key: payload.private_key, ...encFields(payload), duplicate_check: false, ...(n.enterpriseProjectId ? { enterprise_project_id: n.enterpriseProjectId } : {}),
  };
  const { copies } = await s.step(t(lang, M.looking), () => findCopies(s.client, identity));
  // A copy SCM already holds keeps the name it was uploaded with.
  const name = copies[0] ? copies[0].name : n.name;
  return { ...(copies[0] ? { id: copies[0].id } : {}), ...(name ? { name } : {}), facts, billed: true, copies: copies.map((c) => c.id), body };
}

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
}

/**
 * The old ids: those given (SCM must hold them: the others are `missing`), and with --domain every other
 * certificate covering it (bought ones are never deleted).
 */
export async function oldCertificates(r: RotateRequest, fresh: NewState, s: Session, ctx: Ctx, say: (text: string) => void): Promise<OldState> {
  const purchased = new Set<string>();
  const names = new Map<string, string[]>();
  const scmNames = new Map<string, string>();
  const expiry = new Map<string, Date>();
  const shownNames = new Map<string, string[]>();
  if (fresh.id && r.oldIds.includes(fresh.id)) throw new UsageError(t(ctx.lang, M.toIsOld, { id: fresh.id }));
  const ids = r.oldIds.filter((id) => !fresh.copies.includes(id));
  if (r.domain === undefined) {
    // Every id given is looked up: one SCM does not hold is said, and nothing is done with it. Its expiry is
    // needed only by --delete-old (planCleanup's 'outlives').
    const seen = await shown(ids, s, ctx);
    return { ids: ids.filter((id) => !seen.missing.includes(id)), purchased, names, ...seen, ...(r.deleteOld ? {} : { expiry }) };
  }
  const listing = await s.step(t(ctx.lang, M.reading), () => listBothEnds(s.client));
  if (listing.incomplete) say(t(ctx.lang, M.partial, { why: listing.incomplete.message }));
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
  return { ids, purchased, names, scmNames, expiry, shownNames, missing };
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
