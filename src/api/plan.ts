// The requests a --dry-run shows: the same signed requests the real run would send (prepared by the client,
// which signs but sends nothing), for an import and the pushes that follow it.
import type { PushPlan } from '../core/push/index.js';
import type { ScmClient } from './client.js';
import { pushRequests } from './push.js';
import type { ImportBody } from './types.js';

/** A request as it would be sent: signed headers included (redacted only when shown). */
export interface PlannedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Record<string, unknown>;
}

/** Push requests, signed as they would be sent. */
export function preparePushes(client: ScmClient, plan: PushPlan): PlannedRequest[] {
  return pushRequests(plan).map((p) => {
    const { url, headers } = client.prepare('POST', p.path, {}, JSON.stringify(p.body));
    return { method: 'POST', url: url.href, headers, body: p.body as unknown as Record<string, unknown> };
  });
}

/** The import, then each push with the id still unknown (`{certificate_id}`). */
export function prepareUpload(client: ScmClient, body: ImportBody, plans: PushPlan[]): PlannedRequest[] {
  const { url, headers } = client.prepare('POST', '/v3/scm/certificates/import', {}, JSON.stringify(body));
  const requests: PlannedRequest[] = [{ method: 'POST', url: url.href, headers, body: body as unknown as Record<string, unknown> }];
  for (const plan of plans) {
    for (const r of preparePushes(client, { ...plan, id: '{certificate_id}' })) requests.push({ ...r, url: r.url.replace('%7Bcertificate_id%7D', '{certificate_id}') });
  }
  return requests;
}
