// ListCertificates' expired_days_since is newer than some services (the Go SDK's model does not have it): one that
// refuses a parameter it does not know answers 400. A page asked with it and refused so is asked once more
// without it (a read: nothing changes); answered, this client asks without it from then on, and says once that
// expired certificates may be missing. Refused again, the first refusal stands.
import { t } from '../core/i18n.js';
import { InterruptedError } from '../errors.js';
import type { ScmClient } from './client.js';
import { firstLine } from './client.js';
import { ScmApiError } from './errors.js';
import { L } from './messages.js';
import type { ListQuery, ListResult } from './types.js';

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
