// ListCertificates' expired_days_since is newer than some services (the Go SDK's model does not have it): one that
// refuses a parameter it does not know answers 400. A page asked with it and refused so is asked once more
// without it (a read: nothing changes); answered, this client asks without it from then on, and says once that
// expired certificates may be missing. Refused again, the first refusal stands. Also who asks with it, and how far
// back (EXPIRED_DAYS_MAX, expiredToo).
import { t } from '../core/i18n.js';
import { DAY_MS } from '../core/inventory/time.js';
import { InterruptedError } from '../errors.js';
import type { ScmClient } from './client.js';
import { firstLine } from './client.js';
import { ScmApiError } from './errors.js';
import { L } from './messages.js';
import type { ListQuery, ListResult } from './types.js';

/**
 * ListCertificates lists valid certificates "and those expired at most expired_days_since days" (0-1095; the
 * reference gives 0 as its default). A newer parameter (the Go SDK's model does not have it): sent only by what
 * asks for expired certificates, with the most, so that `scm list`, `prune --expired` and rotate's old
 * certificates (list-ends.ts), and a lookup for a leaf that has expired (find.ts), see them whatever the
 * server's default; a lookup for a valid leaf does not send it, so an upload works with a server without it.
 */
export const EXPIRED_DAYS_MAX = 1095;

/**
 * ListCertificates' expired_days_since for a lookup of a leaf expiring `notAfter`: a valid certificate is listed
 * without it (the parameter is newer than some servers), so it is asked only for a leaf that has expired
 * or is within a day of it (SCM's clock and its UTC+8 times may be a day off from this one's).
 */
export const expiredToo = (client: ScmClient, notAfter: Date): { expired_days_since?: number } =>
  notAfter.getTime() - DAY_MS <= client.now().getTime() ? { expired_days_since: EXPIRED_DAYS_MAX } : {};

/** Clients whose server refused expired_days_since: asked without it from then on. */
const refusedDays = new WeakSet<ScmClient>();

export async function pageAsking(client: ScmClient, query: ListQuery): Promise<ListResult> {
  const { expired_days_since: days, ...plain } = query;
  if (days === undefined || refusedDays.has(client)) return client.listPage(plain);
  try {
    return await client.listPage(query);
  } catch (e) {
    if (!(e instanceof ScmApiError && e.failure === 'rejected' && e.status === 400)) throw e;
    let page: ListResult;
    try {
      page = await client.listPage(plain);
    } catch (again) {
      if (again instanceof InterruptedError) throw again;
      throw e;
    }
    refusedDays.add(client);
    client.note(t(client.lang, L.noExpiredDays, { why: firstLine(e) }));
    return page;
  }
}
