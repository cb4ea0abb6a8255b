// What every handler gets and gives back: the request (route, query, body, the emulator's clock, state and
// behaviour options) and an answer (status + JSON body). Business errors are SCM's 400 bodies.
import { entryFor } from '../../core/catalogue/index.js';
import { CERT_ID } from '../../core/push/index.js';
import type { Route } from '../router.js';
import type { Store, StoredCert } from '../store.js';

export interface Answer {
  status: number;
  body?: unknown;
}

/** How this emulator reads the parts of the API the docs leave open (settable: flags, admin API). */
export interface Behaviour {
  /** ListCertificates `offset`: certificates to skip (what other clients assume) or pages to skip. */
  offsetUnit: 'items' | 'pages';
  /**
   * Honour `duplicate_check: false` (refuse a certificate already stored), store it again regardless, or read the
   * flag inverted (`true` refuses, `false` stores again), as the Python SDK documents it since 2026-06.
   */
  duplicateCheck: 'honour' | 'ignore' | 'inverted';
  /** The status of the SCM.0008 answer to an id SCM does not hold: 400 (what the service is known to send) or 404 (what its docs list for delete and push). */
  unknownIdStatus: 400 | 404;
  /**
   * ListCertificates' `total_count`: a number (as the service sends it), a string, or left out, with
   * `certificates` too when there are none (every member of the SDK's response model is optional).
   */
  /** A number: that total_count whatever is held (a server whose count is wrong). */
  listCount: 'number' | 'string' | 'absent' | number;
  /**
   * ListCertificates: a page asked from an offset of at least `limit` - 1 starts this many certificates early,
   * repeating the end of the page before (a server whose pages overlap; 0: none do).
   */
  pageRepeat: number;
  /**
   * ShowCertificate's `fingerprint`: the leaf's SHA-1 (default), its SHA-256, left out, or "" (the service does not
   * promise the member; the SDK's model makes it optional).
   */
  showFingerprint: 'sha1' | 'sha256' | 'absent' | 'empty';
  /**
   * ListCertificates' `expired_days_since`: honoured, or refused (400 SCM.0005) as by a service older than the
   * parameter (the Go SDK's model does not have it) that refuses one it does not know.
   */
  expiredDaysSince: 'honour' | 'refuse';
  /**
   * ListDeployedResources lags behind DeployCertificate: after a deploy, this many reads still answer with the
   * resources as they were before it (the service shows a deployment some time after accepting it; 0: at once).
   */
  deployedLag: number;
}

export const DEFAULT_BEHAVIOUR: Behaviour = { offsetUnit: 'items', duplicateCheck: 'honour', unknownIdStatus: 400, listCount: 'number', pageRepeat: 0, showFingerprint: 'sha1', expiredDaysSince: 'honour', deployedLag: 0 };

export interface Request {
  route: Route;
  query: URLSearchParams;
  body: Buffer;
  now: Date;
  store: Store;
  behaviour: Behaviour;
  /** A fault's `fail_resources`: DeployCertificate lists these resources in failure_list (with `failureInfo`). */
  failResources?: readonly string[];
  failureInfo?: string;
}

export type Handler = (req: Request) => Answer | Promise<Answer>;

export const scmError = (code: string, status = 400): Answer => ({ status, body: { error_code: code, error_msg: entryFor(code)?.message.en ?? 'Incorrect request parameter.' } });

/** The body as a JSON object, or undefined. */
export function jsonBody(req: Request): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(req.body.toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The certificate the path names: SCM.0020 for an id that is not `scs` + 13 digits, SCM.0008 (400 or 404) for an unknown one. */
export function pathCert(req: Request): { cert: StoredCert } | { error: Answer } {
  const id = req.route.id ?? '';
  if (!CERT_ID.test(id)) return { error: scmError('SCM.0020') };
  const cert = req.store.get(id);
  return cert ? { cert } : { error: scmError('SCM.0008', req.behaviour.unknownIdStatus) };
}
