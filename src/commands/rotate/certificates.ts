// The new side of a rotation, looked up in SCM: the certificate given by id, or files found by fingerprint as
// `upload --if-changed` finds them, with the import body to send if SCM does not hold them yet; and what a
// rotation is asked to do (RotateRequest). The old side: old-certs.ts.
import { encFields } from '../../core/validate/sm2-pair.js';
import { explainNotHeld } from '../../api/not-held.js';
import { identityOf } from '../../api/cert-identity.js';
import { findCopies } from '../../api/find.js';
import type { ImportBody } from '../../api/types.js';
import type { Ctx } from '../../context.js';
import { certFactsOf, type CertFacts, type WafExtras } from '../../core/deploy/index.js';
import { t } from '../../core/i18n.js';
import { originOf } from '../../core/inventory/index.js';
import type { Finding } from '../../core/rules/types.js';
import type { ValidationReport } from '../../core/validate/types.js';
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
  /** --enterprise-project-id "all", sent as none (waf-extras.ts): said only when the plan deploys to WAF. */
  wafNote?: string;
  session: SessionOptions;
  /** Under a renewal hook (upload --from ... --rotate): the command a person can run by hand to finish, given
   *  the new id. "The same command" would be the hook's, which nobody sees and the ACME client never reruns. */
  rerun?: (newId: string) => string;
  /** Called once the new certificate is in SCM and the deployments start. */
  onDeploying?: () => void;
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
  // The project an upload goes to, as upload picks it: the flag, else the config file's enterpriseProjectId.
  const project = n.enterpriseProjectId ?? s.settings.enterpriseProjectId;
  const body: ImportBody = {
    name: n.name, certificate: payload.certificate, ...(payload.certificate_chain ? { certificate_chain: payload.certificate_chain } : {}),
    private_key: payload.private_key, ...encFields(payload), duplicate_check: false, ...(project ? { enterprise_project_id: project } : {}),
  };
  const { copies } = await s.step(t(lang, M.looking), () => findCopies(s.client, identity));
  // A copy SCM already holds keeps the name it was uploaded with.
  const name = copies[0] ? copies[0].name : n.name;
  return { ...(copies[0] ? { id: copies[0].id } : {}), ...(name ? { name } : {}), facts, billed: true, copies: copies.map((c) => c.id), body };
}
