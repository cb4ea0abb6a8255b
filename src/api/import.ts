// ImportCertificate is not idempotent: a blind re-send after a timeout can store the certificate twice. So a
// failure that may have taken effect (a timeout, a lost answer, a gateway 502/504) is looked up by
// fingerprint before anything is sent again; one that certainly did not (a 429, a refused connection) is
// re-sent after backoff. scm also sends duplicate_check=false ("do not allow the same certificate twice"),
// and a rejection that may mean "already there" is checked by fingerprint too. After a re-send the caller
// checks that only one copy exists (upload.ts): the guarantee must not rest on duplicate_check alone.
// What the flag's values mean is contested: the API reference and the Go SDK say true allows a second copy, the
// Python SDK since 2026-06 says true refuses one. So --allow-duplicate (true) refused while SCM holds a copy is
// sent once more with false, which that reading takes as "allow" (a refusal stored nothing).
import { entryFor } from '../core/catalogue/index.js';
import { t } from '../core/i18n.js';
import { InterruptedError, ScmCliError, withHint } from '../errors.js';
import type { ScmClient } from './client.js';
import { firstLine } from './client.js';
import { ScmApiError } from './errors.js';
import { BadResponseError } from './exchange-errors.js';
import type { CertIdentity } from './cert-identity.js';
import { findCopies, type Copy, type Lookup } from './find.js';
import { I, OP_NAME, P } from './messages.js';
import { mayHaveTakenEffect, mayRetry, mayStillRun, nextWait, type RetryPolicy } from './retry.js';
import type { ImportBody } from './types.js';

export interface SafeImportResult {
  certificate_id: string;
  requestId?: string;
  /** True when the id was found by a lookup after an import whose answer was lost. */
  recovered: boolean;
  /** True when SCM refused the import because it already holds this certificate (duplicate_check=false). */
  duplicate: boolean;
  attempts: number;
  /** An import was sent again after one that may have taken effect: the copies need checking. */
  resentAfterUnknown: boolean;
  /** Copies the lookups saw, oldest first (empty when no lookup ran). */
  copies: Copy[];
  /**
   * An import re-sent after one that timed out (or a gateway 504) and was not found: the server may still be
   * working on that first one, so a second copy may still appear after every check this run can make.
   */
  mayStillLand: boolean;
}

/** A server's words for "this certificate is stored already", in the English and Chinese services write. */
const SAYS_DUPLICATE = /already (?:exists?|been (?:uploaded|imported))|exists already|duplicat|\u5df2\u5b58\u5728|\u91cd\u590d/i; // 已存在, 重复 (the build keeps code ASCII)

/**
 * Could this rejection be SCM refusing a certificate it already holds? Its code for that is undocumented, so
 * anything but a rejection that names another cause: a known, specific code (SCM.0014 "does not match the
 * private key", ...) is taken at its word, while the generic SCM.0005 and unknown codes are checked; so is a
 * known code whose words say "already exists" (a service's own reading: 400 SCM.0010 "The certificate already
 * exists"), since the lookup that decides is only a read.
 */
function mayMeanDuplicate(e: ScmApiError): boolean {
  const code = e.errorCode;
  return e.failure === 'rejected' && (code === undefined || code === 'SCM.0005' || entryFor(code) === undefined || SAYS_DUPLICATE.test(e.errorMsg ?? ''));
}

/** The failed request under a lookup's wrapping (its page, its "cannot tell"): what went wrong, in its words. */
export function rootCause(e: unknown): unknown {
  let cur = e;
  for (let depth = 0; depth < 5 && cur instanceof Error && cur.cause instanceof ScmCliError; depth++) cur = cur.cause;
  return cur;
}

function waitFitting(n: number, e: unknown, policy: RetryPolicy): number | undefined {
  try {
    return nextWait(n, e, policy);
  } catch {
    return undefined;
  }
}

/** A lookup after a refusal that may mean "a copy exists": its failure is not the refusal's error (undefined). */
function lookForCopies(client: ScmClient, identity: CertIdentity, onFailure?: (e: unknown) => void): Promise<Lookup | undefined> {
  return findCopies(client, identity).catch((le: unknown) => {
    if (le instanceof InterruptedError) throw le;
    onFailure?.(le);
    return undefined;
  });
}

export async function importSafely(client: ScmClient, asked: ImportBody, o: { identity?: CertIdentity } = {}): Promise<SafeImportResult> {
  let body = asked;
  /** Sent again with duplicate_check=false after --allow-duplicate's true was refused as a copy. */
  let inverted = false;
  const policy = client.retryPolicy;
  const lang = client.lang;
  let resent = false;
  let unknownBefore = false;
  /** An attempt that may still be running at the server was not found (and has not been since). */
  let running = false;
  for (let n = 0; ; n++) {
    try {
      const r = await client.importOnce(body);
      return { ...r, recovered: false, duplicate: false, attempts: n + 1, resentAfterUnknown: resent, copies: [], mayStillLand: resent && running };
    } catch (e) {
      if (e instanceof InterruptedError) throw e;
      const retry = mayRetry(e);
      const effect = mayHaveTakenEffect(e);
      if (!retry && !effect) {
        if (e instanceof ScmApiError && mayMeanDuplicate(e) && body.duplicate_check === true && o.identity && !inverted) {
          const found = await lookForCopies(client, o.identity);
          if (found && found.copies.length > 0) {
            client.note(t(lang, P.allowInverted, { op: t(lang, OP_NAME.import) }));
            body = { ...body, duplicate_check: false };
            inverted = true;
            continue;
          }
        }
        if (e instanceof ScmApiError && mayMeanDuplicate(e) && body.duplicate_check === false && o.identity && !inverted) {
          let failed: unknown;
          const found = await lookForCopies(client, o.identity, (le) => (failed = le));
          if (found && found.copies.length > 0) {
            // Refused with a server failure's status (503 SCM.0005): the refusal may have come after the import
            // landed, so, as after a lost answer, the newest copy is this import's (older ones: shown by the caller).
            if (e.status >= 500) return { certificate_id: found.copies[found.copies.length - 1]!.id, recovered: true, duplicate: false, attempts: n + 1, resentAfterUnknown: resent, copies: found.copies, mayStillLand: false };
            return { certificate_id: found.copies[0]!.id, recovered: unknownBefore, duplicate: true, attempts: n + 1, resentAfterUnknown: false, copies: found.copies, mayStillLand: false };
          }
          // Its words say it holds the certificate (a copy not listed yet, a lost first attempt's): not the
          // refusal's generic advice (check the parameters), but where the copy is to be found.
          if (SAYS_DUPLICATE.test(e.errorMsg ?? '')) {
            const name = o.identity.names[0] ?? body.name;
            throw withHint(e, found ? t(lang, I.saysHeld, { name }) : t(lang, I.saysHeldLookupFailed, { why: firstLine(rootCause(failed)) }));
          }
        }
        throw e;
      }
      // Cut off while the server may still be at work (a timeout, a 504): the backoff is waited before looking
      // rather than after, so that a first attempt landing late is found, not imported a second time.
      // The last attempt too: its look decides whether the error may say "not in SCM".
      const early = effect && retry && mayStillRun(e) && o.identity !== undefined;
      let waited = false;
      // A wait that does not fit the deadline is not waited here: the lookup still runs, and what follows decides.
      const wait = early ? waitFitting(n, e, policy) : undefined;
      if (wait !== undefined) {
        client.note(t(lang, n < policy.retries ? P.waitBeforeLook : P.waitBeforeLastLook, { op: t(lang, OP_NAME.import), why: firstLine(e), seconds: (wait / 1000).toFixed(1) }));
        await policy.sleep(wait, client.signal);
        waited = true;
      }
      if (effect) {
        if (!o.identity) throw withHint(e, t(lang, I.mayHaveSucceeded));
        if (!waited) client.note(t(lang, P.lookBeforeImport, { op: t(lang, OP_NAME.import), why: firstLine(e) }));
        let found;
        try {
          found = await findCopies(client, o.identity);
        } catch (le) {
          if (le instanceof InterruptedError) throw le;
          // Why the lookup failed (credentials refused, a gateway error) is said: it may be what to fix first.
          throw withHint(e, t(lang, I.lookupFailed, { why: firstLine(rootCause(le)) }));
        }
        if (found.copies.length > 0) {
          // The newest copy is the one this import made; older ones were there before (shown by the caller).
          const mine = found.copies[found.copies.length - 1]!;
          // An earlier attempt cut off and not found then may be this copy, and this attempt land later.
          return { certificate_id: mine.id, recovered: true, duplicate: false, attempts: n + 1, resentAfterUnknown: resent, copies: found.copies, mayStillLand: running };
        }
        unknownBefore = true;
        running = running || mayStillRun(e);
        // An unreadable 2xx or a spent deadline is not worth a second try. After an unreadable answer the lookup's
        // outcome is said: SCM may have stored it all the same, so the way to run again is --if-changed.
        if (!retry) throw e instanceof BadResponseError ? withHint(e, t(lang, I.notFoundYet)) : e;
      }
      // Not found, but an attempt cut off while the server was at it may still be stored: never "safe to send".
      const final = unknownBefore ? withHint(e, t(lang, running ? I.mayStillBeStored : I.notInScm)) : e;
      if (n >= policy.retries) throw final;
      if (!waited) {
        const wait = nextWait(n, final, policy);
        client.note(t(lang, P.retry, { op: t(lang, OP_NAME.import), why: firstLine(e), n: n + 1, max: policy.retries, seconds: (wait / 1000).toFixed(1) }));
        await policy.sleep(wait, client.signal);
      } else client.note(t(lang, P.resend, { op: t(lang, OP_NAME.import), n: n + 1, max: policy.retries }));
      resent = resent || unknownBefore;
    }
  }
}
