// The SCM v3 client: one method per SCM operation, over the wire (wire.ts: signing, sending, reading answers).
// Reads (list, show, deployed resources), export, notifications and delete retry on 429/5xx/connection errors
// here; import, push, batch-push and deploy are sent once per call: whether one may be sent again depends on
// what SCM did with it (import.ts, push.ts and deploy.ts look before they re-send).
import { hasFailureList, readFailures, type DeployFailure } from '../core/deploy/failures.js';
import { CERT_ID } from '../core/push/index.js';
import { literal } from '../core/i18n.js';
import type { DeployBody } from '../core/deploy/targets.js';
import { mergeDeployments, parseDeployed, unanswered, wholeNumber } from './deployed.js';
import { failureWords } from './error-body.js';
import { scmSaysNotHeld } from './not-held.js';
import { N } from './exchange-messages.js';
import { mayHaveTakenEffect } from './retry.js';
import { Wire } from './wire.js';
import { batchObjection } from '../core/push/batch-word.js';
import { NOTICE_TYPES, PATHS, type BatchPushBody, type BatchPushResult, type CertificateDetail, type DeployService, type Deployment, type ExportedCertificate, type ImportBody, type ListQuery, type ListResult, type PushBody } from './types.js';

export { errorFields } from './error-body.js';
export { firstLine, type ClientOptions } from './wire.js';

/** The same certificate id as SCM matches them: case aside (an id may come back as SCS…). */
const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export class ScmClient extends Wire {
  /** One ImportCertificate call, never retried here: the server may have stored the certificate. */
  async importOnce(body: ImportBody): Promise<{ certificate_id: string; requestId?: string }> {
    const { res, json } = await this.exchange('import', 'POST', PATHS.import, undefined, body);
    const id = (json as { certificate_id?: unknown } | undefined)?.certificate_id;
    if (id === undefined || id === null || id === '') throw this.bad('import', res, N.noCertificateId);
    // An id scm cannot use later (SCS…, a digit too many, a space, a number or an object where SCM sends a
    // string) is no id: like a missing one, the import may have landed, so importSafely looks it up by
    // fingerprint and reports the id SCM lists. What came is said as it came (17000000000001, not "no id").
    if (typeof id !== 'string' || !CERT_ID.test(id)) {
      const value = typeof id === 'string' ? JSON.stringify(this.o.scrub(id.slice(0, 40))) : this.o.scrub((JSON.stringify(id) ?? String(id)).slice(0, 40));
      throw this.bad('import', res, N.badCertificateId, { value });
    }
    return { certificate_id: id, ...(res.requestId ? { requestId: res.requestId } : {}) };
  }

  /** One PushCertificate call (204), never retried here: each push may make a copy in ELB/WAF. */
  async pushOnce(id: string, body: PushBody): Promise<{ requestId?: string }> {
    const { res } = await this.exchange('push', 'POST', PATHS.push(id), undefined, body);
    return res.requestId ? { requestId: res.requestId } : {};
  }

  /** One BatchPushCertificate call, never retried here; per-project messages are scrubbed and cut like any server text. */
  async batchPushOnce(id: string, body: BatchPushBody): Promise<{ results: BatchPushResult[]; requestId?: string }> {
    const { res, json } = await this.exchange('batch-push', 'POST', PATHS.batchPush(id), undefined, body);
    const results = (json as { results?: unknown } | undefined)?.results;
    if (!Array.isArray(results)) throw this.bad('batch-push', res, N.noResults);
    // A member that is an object or a list where SCM sends a string is said as the JSON it is (not
    // "[object Object]"), so a message reads as what came; a project name or a copy id that is no string nor
    // number names nothing (no project matched, no copy).
    const field = (r: unknown, k: keyof BatchPushResult): string => {
      const v = typeof r === 'object' && r !== null ? (r as Record<string, unknown>)[k] : undefined;
      if (typeof v === 'string') return v;
      if (v === undefined || v === null) return '';
      if (typeof v === 'object') return k === 'message' ? JSON.stringify(v) : '';
      return String(v);
    };
    const rows = results.map((r) => ({ project_name: field(r, 'project_name'), cert_id: field(r, 'cert_id'), message: this.said(field(r, 'message')), objection: this.said(batchObjection(r)) }));
    return { results: rows, ...(res.requestId ? { requestId: res.requestId } : {}) };
  }

  /**
   * One DeployCertificate call, never retried here: whether it may be sent again depends on what SCM did with
   * it (deploy.ts looks first). The answer is HTTP 200 even when resources fail: its failure_list is read here
   * (src/core/deploy/failures.ts), the service's words scrubbed and cut like any server text.
   */
  async deployOnce(id: string, body: DeployBody): Promise<{ failures: DeployFailure[]; listed: boolean; requestId?: string }> {
    const { res, json } = await this.exchange('deploy', 'POST', PATHS.deploy(id), undefined, body);
    const failures = readFailures(json).map((f) => ({ resource: this.said(f.resource), info: this.said(failureWords(f.info)) }));
    return { failures, listed: hasFailureList(json), ...(res.requestId ? { requestId: res.requestId } : {}) };
  }

  /** One page of ListCertificates (retried). For every page, use listAll (list.ts). */
  async listPage(query: ListQuery = {}): Promise<ListResult> {
    return this.retrying('list', async () => {
      const { res, json } = await this.exchange('list', 'GET', PATHS.list, { ...query });
      const body = json as { certificates?: unknown; total_count?: unknown } | null | undefined;
      // An answer that is no JSON object (null, an array) is no list, and never an empty, complete account.
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw this.bad('list', res, N.noCertificates);
      // Both members are optional in the SDK models: an empty list may come without `certificates`, but not with
      // a list under another name (`data`, `items`), nor inside an envelope ({"data":{"certificates":[...]}}):
      // that is no answer scm knows, never an empty account (upload --if-changed would import a second copy).
      const holdsList = (v: unknown): boolean => Array.isArray(v) || (typeof v === 'object' && v !== null && Object.values(v).some(Array.isArray));
      if (body.certificates === undefined && Object.values(body).some(holdsList)) throw this.bad('list', res, N.noCertificates);
      const certificates = body.certificates ?? [];
      const isEntry = (c: unknown): boolean => typeof c === 'object' && c !== null && !Array.isArray(c);
      const named = (c: unknown): boolean => typeof (c as { id?: unknown }).id === 'string' && (c as { id: string }).id !== '';
      // Rows none of which has an id are an answer in a shape scm does not read, not certificates; one row without
      // an id among named ones is a row no one can name (list -q leaves it out, as the stop before decided).
      if (!Array.isArray(certificates) || !certificates.every(isEntry) || (certificates.length > 0 && !certificates.some(named))) throw this.bad('list', res, N.noCertificates);
      // No total_count (or not a whole number): unknown, and listAll pages on until a page that is not full.
      const total = wholeNumber(body.total_count);
      return { certificates: certificates as ListResult['certificates'], ...(total !== undefined ? { total_count: total } : {}) };
    });
  }

  async show(id: string): Promise<CertificateDetail> {
    return this.retrying('show', async () => {
      const { res, json } = await this.exchange('show', 'GET', PATHS.show(id));
      if (typeof json !== 'object' || json === null || Array.isArray(json)) throw this.bad('show', res, N.noCertificate);
      // `{}` (or an answer without one field of a certificate) is no certificate: never shown as an empty one.
      const body = json as Record<string, unknown>;
      if (!['id', 'name', 'domain'].some((k) => typeof body[k] === 'string' && body[k] !== '')) throw this.bad('show', res, N.noCertificate);
      // Another certificate's details would be taken for this one's (by delete, rotate): refused.
      // The same id written back in capitals (SCS…) is this certificate: ids are compared as SCM matches them.
      if (typeof body.id === 'string' && body.id !== '' && !sameId(body.id, id)) throw this.bad('show', res, N.otherCertificate, { value: literal(this.o.lang, this.o.scrub(body.id.slice(0, 40))) });
      // An answer without the id (it is in the path; every member of the SDK's model is optional), or with one
      // that is no string, is this certificate's: it carries the id asked, for `show` and its advice to print.
      return (typeof body.id === 'string' && body.id !== '' ? body : Object.assign({ id }, body, { id })) as CertificateDetail;
    });
  }

  /**
   * Where each certificate is deployed (ListDeployedResources), one Deployment per id asked, in that order;
   * an id SCM does not report gets one marked `unanswered` (nothing known, never "not deployed"). `services`: which services to ask about (default ALL).
   */
  async deployedResources(ids: readonly string[], services: readonly DeployService[] = ['ALL']): Promise<Deployment[]> {
    if (ids.length === 0) return [];
    const found = await this.retrying('deployed-resources', async () => {
      const { res, json } = await this.exchange('deployed-resources', 'POST', PATHS.deployedResources, undefined, { certificate_ids: ids, service_names: services });
      const parsed = parseDeployed(json, (name) => this.said(name));
      if (!parsed) throw this.bad('deployed-resources', res, N.noDeployed);
      return parsed;
    });
    // An id missing from the answer is unknown: taking it for "not deployed" would let delete remove one in use.
    // Several results for one id are merged, never "the first one": a later one may say where it is deployed.
    // An id written back in another case (SCS…) answers for the id asked, under the id asked.
    return ids.map((id) => found.filter((d) => sameId(d.certificateId, id)).reduce<Deployment | undefined>((a, d) => (a ? mergeDeployments(a, d) : d), undefined) ?? unanswered(id))
      .map((d, i) => (d.certificateId === ids[i] ? d : { ...d, certificateId: ids[i]! }));
  }

  /**
   * ExportCertificate (POST, no body): the PEMs and the private key. Retried: it changes nothing. The answer
   * holds key material: callers write it as one set of 0600 files (src/io/secret-set.ts) and never print it.
   */
  async exportCertificate(id: string): Promise<ExportedCertificate> {
    return this.retrying('export', async () => {
      const { res, json } = await this.exchange('export', 'POST', PATHS.export(id));
      const body = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
      const pem = (k: string): string => (typeof body[k] === 'string' ? (body[k] as string) : '');
      const out = { certificate: pem('certificate'), certificateChain: pem('certificate_chain'), entireCertificate: pem('entire_certificate'), privateKey: pem('private_key'), encCertificate: pem('enc_certificate'), encPrivateKey: pem('enc_private_key') };
      if (out.certificate.trim() === '' && out.entireCertificate.trim() === '') throw this.bad('export', res, N.noExport);
      return out;
    });
  }

  /** EnableNotification / DisableNotification: SCM's expiry e-mails (CERT_EXPIRING, CERT_EXPIRED) for these ids, in one request. Retried: setting twice sets once. */
  async setNotifications(ids: readonly string[], on: boolean): Promise<{ requestId?: string }> {
    const body = ids.map((id) => ({ resource_id: id, notice_type: [...NOTICE_TYPES] }));
    return this.retrying('notify', async () => {
      const { res } = await this.exchange('notify', 'POST', PATHS.notification(on), undefined, body);
      return res.requestId ? { requestId: res.requestId } : {};
    });
  }

  /**
   * DeleteCertificate (204). Retried: deleting twice deletes once (the second answers "no such id"). So after
   * an attempt that may have taken effect (a 5xx, a timeout, a reset), "not held" means that attempt deleted
   * it and its answer was lost (`answerLost`); "not held" at the first attempt is thrown (isNotHeld). Only SCM's
   * own "not held" (scmSaysNotHeld) counts: a proxy's 404 page is thrown, and delete.ts asks ShowCertificate.
   */
  async deleteCertificate(id: string): Promise<{ requestId?: string; answerLost?: true; unconfirmed?: number }> {
    let maybeDeleted = false;
    return this.retrying('delete', async () => {
      try {
        const { res } = await this.exchange('delete', 'DELETE', PATHS.delete(id));
        // SCM's delete answers 204 (or 200) when it is done; 202 (accepted, not done) or 207 (a partial result)
        // says no such thing: `unconfirmed`, and delete.ts asks ShowCertificate before calling it deleted.
        const unconfirmed = res.status === 200 || res.status === 204 ? {} : { unconfirmed: res.status };
        return { ...(res.requestId ? { requestId: res.requestId } : {}), ...unconfirmed };
      } catch (e) {
        if (maybeDeleted && scmSaysNotHeld(e)) return { ...(e.requestId ? { requestId: e.requestId } : {}), answerLost: true as const };
        maybeDeleted ||= mayHaveTakenEffect(e);
        throw e;
      }
    });
  }
}
