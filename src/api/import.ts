// ImportCertificate is not idempotent: a blind re-send after a timeout can store the certificate twice. So a
// retry happens only when the first try certainly did not reach SCM (429, refused connection), or after a
// lookup (list + fingerprint) shows the certificate is not there yet. Belt and braces: scm sends
// duplicate_check=false ("do not allow the same certificate twice"), so a first try that the server finishes
// late cannot store a second copy; a rejection is then checked against SCM by fingerprint too.
import { entryFor, normalizeCode } from '../core/catalogue/index.js';
import type { ScmClient } from './client.js';
import { ApiNetworkError, BadResponseError, ScmApiError } from './errors.js';
import { findExisting, type CertIdentity } from './find.js';
import { backoffMs, type RetryPolicy } from './retry.js';
import type { ImportBody } from './types.js';

export interface SafeImportResult {
  certificate_id: string;
  requestId?: string;
  /** True when the id was found by a lookup after an import whose answer was lost. */
  recovered: boolean;
  /** True when SCM refused the import because it already holds this certificate (duplicate_check=false). */
  duplicate: boolean;
  attempts: number;
}

export interface SafeImportOptions {
  identity?: CertIdentity;
  retry: RetryPolicy;
  signal: AbortSignal;
  onRetry?: (message: string) => void;
}

type Outcome = 'not-sent' | 'unknown' | 'final';

function outcomeOf(e: unknown): Outcome {
  if (e instanceof ScmApiError) return !e.retryable ? 'final' : e.status === 429 ? 'not-sent' : 'unknown';
  if (e instanceof ApiNetworkError) return !e.retryable ? 'final' : e.delivered === 'no' ? 'not-sent' : 'unknown';
  if (e instanceof BadResponseError) return 'unknown';
  return 'final';
}

/**
 * Could this rejection be SCM refusing a certificate it already holds? Its code for that is undocumented, so
 * anything but a rejection that names another cause: a known, specific code (SCM.0014 "does not match the
 * private key", ...) is taken at its word, while the generic SCM.0005 and unknown codes are checked.
 */
function mayMeanDuplicate(e: ScmApiError): boolean {
  const code = e.errorCode === undefined ? undefined : normalizeCode(e.errorCode);
  return code === undefined || code === 'SCM.0005' || entryFor(code) === undefined;
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

function withHint(e: unknown, hint: string): unknown {
  if (e instanceof Error) Object.defineProperty(e, 'hint', { value: hint, configurable: true });
  return e;
}

export async function importSafely(client: ScmClient, body: ImportBody, o: SafeImportOptions): Promise<SafeImportResult> {
  for (let n = 0; ; n++) {
    try {
      const r = await client.importOnce(body);
      return { ...r, recovered: false, duplicate: false, attempts: n + 1 };
    } catch (e) {
      const outcome = outcomeOf(e);
      if (outcome === 'final') {
        if (e instanceof ScmApiError && !e.retryable && e.exitCode !== 3 && mayMeanDuplicate(e) && body.duplicate_check === false && o.identity) {
          const found = await findExisting(client, o.identity).catch(() => undefined);
          if (found) return { certificate_id: found.id, recovered: n > 0, duplicate: true, attempts: n + 1 };
        }
        throw e;
      }
      if (outcome === 'unknown') {
        if (!o.identity) throw withHint(e, 'the import may have succeeded: check with the SCM console before uploading again');
        o.onRetry?.(`import: ${firstLine(e)}; looking for the certificate in SCM before trying again`);
        let found;
        try {
          found = await findExisting(client, o.identity);
        } catch {
          throw withHint(e, 'the import may have succeeded and the lookup failed; rerun with --if-changed, which uploads only if the certificate is not in SCM');
        }
        if (found) return { certificate_id: found.id, recovered: true, duplicate: false, attempts: n + 1 };
        // An unreadable 2xx is not worth a second try: the service answered, just not usefully.
        if (e instanceof BadResponseError) throw e;
      }
      if (n >= o.retry.retries) {
        throw outcome === 'unknown' ? withHint(e, 'the certificate is not in SCM (checked by fingerprint); it is safe to run the upload again') : e;
      }
      const wait = backoffMs(n, o.retry, e instanceof ScmApiError ? e.retryAfterMs : undefined);
      o.onRetry?.(`import: ${firstLine(e)}; retry ${n + 1} of ${o.retry.retries} in ${(wait / 1000).toFixed(1)}s`);
      await o.retry.sleep(wait, o.signal);
    }
  }
}
