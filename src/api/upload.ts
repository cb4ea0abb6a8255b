// An upload as `scm upload` (and later `rotate`) makes it: the copies SCM already holds are looked up first and
// nothing is imported when there is one; then the import (import.ts, never blindly re-sent); then, when an
// import was re-sent after one of unknown outcome, a check by fingerprint that SCM holds one copy. If a late
// first attempt landed too, both ids are reported; with `ifChanged` the older is kept and the newer deleted,
// unless it is deployed somewhere already. A plain import (duplicate_check=false) is looked up first too: what
// the flag means is contested (import.ts), and a service that reads `false` as "allow" answers a second copy
// exactly as a first, so only a look before the import keeps it from storing one. That look failing does not
// stop the import (the documented reading of the flag still refuses a copy); with `ifChanged` it does.
import { deploymentState } from '../core/inventory/deployment.js';
import { t } from '../core/i18n.js';
import { InterruptedError } from '../errors.js';
import type { ScmClient } from './client.js';
import { firstLine } from './client.js';
import type { CertIdentity } from './cert-identity.js';
import { ScmApiError } from './errors.js';
import { findCopies, type Copy } from './find.js';
import { importSafely, rootCause } from './import.js';
import { lookAfter } from './look-after.js';
import { OP_NAME, P } from './messages.js';
import type { ImportBody } from './types.js';

/** `check`: the look before a plain import (nothing sent yet; shown as part of the upload). */
export type UploadPhase = 'lookup' | 'check' | 'import' | 'verify';

export interface UploadOutcome {
  certificateId: string;
  /** False when SCM already held the certificate (found by --if-changed, or refused as a duplicate). */
  changed: boolean;
  /** True when the id was found by fingerprint after an import whose answer was lost. */
  recovered: boolean;
  requestId?: string;
  /** The other copies of this certificate SCM holds, oldest first (a late first attempt, earlier uploads). */
  otherCopies: string[];
  /** A newer copy deleted because a late first attempt landed too (ifChanged only). */
  deleted: string[];
  /** Newer copies kept because they are deployed (ifChanged only). */
  keptDeployed: string[];
  /** Set when the check for a second copy, or removing one, could not finish: why (the import succeeded). */
  unverified?: string;
  /**
   * SCM holds one copy now, but the first attempt timed out and may still be stored (importSafely's
   * mayStillLand): no check made in this run can rule out a second copy appearing later.
   */
  mayStillLand?: boolean;
  /** The name SCM already lists the certificate under (--if-changed found it, or SCM refused a duplicate). */
  existingName?: string;
  /** --if-changed found it in another enterprise project than the import names: that project. */
  heldIn?: string;
}

export interface UploadOptions {
  identity?: CertIdentity;
  ifChanged?: boolean;
  /** The caller looked for a copy already (rotate): the import is sent without a second look. */
  looked?: boolean;
  /** Told when each phase starts (the command shows progress). */
  onPhase?: (phase: UploadPhase) => void;
}

export async function uploadCertificate(client: ScmClient, body: ImportBody, o: UploadOptions = {}): Promise<UploadOutcome> {
  const base = { recovered: false, otherCopies: [] as string[], deleted: [] as string[], keptDeployed: [] as string[] };
  const plainLook = !o.ifChanged && !o.looked && body.duplicate_check === false;
  if ((o.ifChanged || plainLook) && o.identity) {
    o.onPhase?.(o.ifChanged ? 'lookup' : 'check');
    // A copy found is the answer even where the list could not be read whole: it is in SCM, nothing to import.
    let lookup: Awaited<ReturnType<typeof findCopies>> | undefined;
    try {
      lookup = await findCopies(client, o.identity, { anyCopy: true });
    } catch (e) {
      if (o.ifChanged || e instanceof InterruptedError) throw e;
      // Credentials refused (401) are refused for the import too: sending it would only count one more failure
      // towards the gateway's lock of the AK (5 in a row). A 403 may forbid listing alone: the import goes on.
      const root = rootCause(e);
      if (root instanceof ScmApiError && root.status === 401) throw root;
      client.note(t(client.lang, P.importUnlooked, { op: t(client.lang, OP_NAME.import), why: firstLine(rootCause(e)) }));
    }
    const [held, ...more] = lookup?.copies ?? [];
    const projects = lookup?.projects ?? new Map<string, string>();
    const asked = body.enterprise_project_id;
    const heldIn = held ? projects.get(held.id) : undefined;
    const elsewhere = asked !== undefined && heldIn !== undefined && heldIn !== asked;
    if (held) return { ...base, certificateId: held.id, changed: false, otherCopies: more.map((c) => c.id), ...(held.name !== undefined ? { existingName: held.name } : {}), ...(elsewhere ? { heldIn } : {}) };
  }
  o.onPhase?.('import');
  const r = await importSafely(client, body, o.identity ? { identity: o.identity } : {});
  const out: UploadOutcome = {
    ...base,
    certificateId: r.certificate_id,
    changed: !r.duplicate,
    recovered: r.recovered,
    ...(r.requestId ? { requestId: r.requestId } : {}),
    otherCopies: others(r.copies, r.certificate_id),
  };
  const held = r.duplicate ? r.copies.find((c) => c.id === r.certificate_id)?.name : undefined;
  if (held !== undefined) out.existingName = held;
  if (!r.resentAfterUnknown || !o.identity) return out;

  o.onPhase?.('verify');
  let copies: Copy[];
  try {
    ({ copies } = await findCopies(client, o.identity, { after: true }));
  } catch (e) {
    if (e instanceof InterruptedError) throw e;
    return { ...out, unverified: firstLine(e) };
  }
  if (copies.length <= 1) return r.mayStillLand ? { ...out, mayStillLand: true } : out;
  if (!o.ifChanged) return { ...out, otherCopies: others(copies, out.certificateId) };
  // Keep the oldest; delete the newer ones nobody uses yet.
  const [keep, ...newer] = copies;
  try {
    const deployments = await client.deployedResources(newer.map((c) => c.id));
    for (const d of deployments) {
      if (deploymentState(d) !== 'not-deployed') out.keptDeployed.push(d.certificateId);
      else {
        const { unconfirmed } = await client.deleteCertificate(d.certificateId);
        // A 202 or 207 is no "deleted" (delete.ts): only a copy ShowCertificate no longer finds is said deleted.
        if (unconfirmed !== undefined && (await lookAfter(client, d.certificateId)) !== 'gone') continue;
        out.deleted.push(d.certificateId);
      }
    }
  } catch (e) {
    if (e instanceof InterruptedError) throw e;
    out.unverified = firstLine(e);
  }
  const left = newer.map((c) => c.id).filter((id) => !out.deleted.includes(id));
  return { ...out, certificateId: keep!.id, otherCopies: left };
}

const others = (copies: Copy[], id: string): string[] => copies.filter((c) => c.id !== id).map((c) => c.id);
