// The two sides of a rotation, looked up in SCM: the new certificate (an id, or files found by fingerprint as
// `upload --if-changed` finds them, with the import body to send if SCM does not hold them yet) and the old
// ones (the ids given, and with --domain every other certificate whose names cover it).
import { explainNotHeld } from '../../api/errors.js';
import { findCopies, identityOf } from '../../api/find.js';
import { listAll } from '../../api/list.js';
import type { ImportBody } from '../../api/types.js';
import type { Ctx } from '../../context.js';
import { certFactsOf, type CertFacts, type WafExtras } from '../../core/deploy/index.js';
import { t } from '../../core/i18n.js';
import { coveringRows, originOf, toRow } from '../../core/inventory/index.js';
import type { ValidationReport } from '../../core/validate/types.js';
import { UsageError } from '../../errors.js';
import type { Session, SessionOptions } from '../shared/session.js';
import { M } from './messages.js';

export type NewCert =
  | { kind: 'id'; id: string }
  | { kind: 'files'; report: ValidationReport; name: string; source: string; enterpriseProjectId?: string };

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
}

export interface NewState {
  id?: string;
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
    return { id: n.id, facts: { ...certFactsOf(detail), label: n.id }, billed: originOf(detail) === 'imported', copies: [] };
  }
  const payload = n.report.payload!;
  const identity = identityOf(payload.certificate);
  const facts: CertFacts = { label: n.report.certificate?.subject ?? n.name, names: identity.names.map((x) => x.toLowerCase()), notAfter: identity.notAfter, sm2: n.report.certificate?.keyType === 'SM2' };
  const body: ImportBody = {
    name: n.name, certificate: payload.certificate, ...(payload.certificate_chain ? { certificate_chain: payload.certificate_chain } : {}),
    private_key: payload.private_key, duplicate_check: false, ...(n.enterpriseProjectId ? { enterprise_project_id: n.enterpriseProjectId } : {}),
  };
  const { copies } = await s.step(t(lang, M.looking), () => findCopies(s.client, identity));
  return { ...(copies[0] ? { id: copies[0].id } : {}), facts, billed: true, copies: copies.map((c) => c.id), body };
}

/** The old ids: those given, and with --domain every other certificate covering it (bought ones are never deleted). */
export async function oldCertificates(r: RotateRequest, fresh: NewState, s: Session, ctx: Ctx, say: (text: string) => void): Promise<{ ids: string[]; purchased: Set<string> }> {
  const purchased = new Set<string>();
  if (fresh.id && r.oldIds.includes(fresh.id)) throw new UsageError(t(ctx.lang, M.toIsOld, { id: fresh.id }));
  const ids = r.oldIds.filter((id) => !fresh.copies.includes(id));
  if (r.domain === undefined) return { ids, purchased };
  const listing = await s.step(t(ctx.lang, M.reading), () => listAll(s.client));
  if (listing.incomplete) say(t(ctx.lang, M.partial, { why: listing.incomplete.message }));
  for (const row of coveringRows(listing.items.map(toRow), r.domain)) {
    if (row.id === fresh.id || fresh.copies.includes(row.id) || ids.includes(row.id)) continue;
    ids.push(row.id);
    if (row.origin === 'purchased') purchased.add(row.id);
  }
  return { ids, purchased };
}
