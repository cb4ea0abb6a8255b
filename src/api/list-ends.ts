// The certificate list from both ends, for `scm list`, `prune` and `rotate`: where the offset cap (list.ts)
// stops a read short of total_count, the same list read in the other direction of the same sort reaches the
// certificates the first read could not, so up to twice what one read reaches (counted in items: 300) is
// read whole. The list is complete only when the two reads together hold exactly as many certificates as
// both counts say (ties in the sort key may be ordered differently each way: then some are missed, the union
// falls short, and it stays incomplete, said as before, never "complete" with one missing). A caller whose
// question the two reads can answer all the same says so (`covered`: list --expiring, read in expiry order).
// listSearched: `list --search` of an internationalised name, in both its forms.
import { t } from '../core/i18n.js';
import type { ScmClient } from './client.js';
import { listAll } from './list.js';
import { EXPIRED_DAYS_MAX } from './list-expired.js';
import { OFFSET_CAP, type ListAllResult } from './list-result.js';
import { L } from './messages.js';
import { otherSearch } from './name-forms.js';
import type { CertificateListItem, ListQuery } from './types.js';

type Query = Omit<ListQuery, 'offset' | 'limit'>;

/** The sort both reads share: the query's, else upload time (a read without one has no known other end). */
const DEFAULT_KEY: NonNullable<ListQuery['sort_key']> = 'certUpdateTime';

/**
 * `covered(asc, desc)`: given both reads of a list the cap cut short (soonest or oldest first, and the other
 * way), whether what was read answers the caller's question all the same (`list --expiring`: core/inventory
 * windowRead); then the listing is complete for that question.
 */
export interface EndsOptions {
  covered?: (asc: readonly CertificateListItem[], desc: readonly CertificateListItem[]) => boolean;
}

/** `a`'s certificates, then those of `b` that `a` does not hold: each certificate once, by id. */
function union(a: readonly CertificateListItem[], b: readonly CertificateListItem[]): CertificateListItem[] {
  const byId = new Map<string, CertificateListItem>(a.map((c) => [c.id, c]));
  for (const c of b) if (!byId.has(c.id)) byId.set(c.id, c);
  return [...byId.values()];
}

export async function listBothEnds(client: ScmClient, query: Query = {}, o: EndsOptions = {}): Promise<ListAllResult> {
  // list, prune and rotate read expired certificates too (list-expired.ts EXPIRED_DAYS_MAX).
  const sorted: Query = { expired_days_since: EXPIRED_DAYS_MAX, ...query, sort_key: query.sort_key ?? DEFAULT_KEY, sort_dir: query.sort_dir ?? 'DESC' };
  const first = await listAll(client, sorted);
  // Only the cap is answered this way: a list that changed, or whose pages ran short, is not read twice more.
  // Without a count the union cannot be checked, but a caller's question may still be answered (o.covered).
  if (first.complete || first.incomplete?.reason !== 'offset-cap' || (first.counted === false && !o.covered)) return first;
  const other = await listAll(client, { ...sorted, sort_dir: sorted.sort_dir === 'ASC' ? 'DESC' : 'ASC' });
  // The other read runs the other way: its certificates follow the first read's in the first read's order.
  const items = union(first.items, [...other.items].reverse());
  const pages = first.pages + other.pages;
  const unit = first.unit ?? other.unit;
  if (other.counted !== false && other.total === first.total && items.length === first.total) return { items, total: first.total, complete: true, pages, ...(unit ? { unit } : {}) };
  // A read that changed or ran short proves nothing about the order: only the cap is answered so.
  if (o.covered && (other.complete || other.incomplete?.reason === 'offset-cap')) {
    const [asc, desc] = sorted.sort_dir === 'ASC' ? [first.items, other.items] : [other.items, first.items];
    if (o.covered(asc, desc)) return { items, total: items.length, complete: true, pages, ...(unit ? { unit } : {}) };
  }
  if (first.counted === false) return first;
  const reachable = Math.min(first.total, first.incomplete.reachable * 2);
  const message = t(client.lang, L.unreachable, { total: first.total, read: items.length, cap: OFFSET_CAP, search: query.content ?? '' });
  return { items, total: first.total, complete: false, pages, ...(unit ? { unit } : {}), incomplete: { reason: 'offset-cap', message, reachable } };
}

/**
 * `scm list --search TEXT`: SCM's keyword search matches text, and an internationalised name may be listed in
 * either form (münchen.example, xn--mnchen-3ya.example), so such a text is searched in both and the answers
 * joined, each certificate once. Complete only when both reads are.
 */
export async function listSearched(client: ScmClient, query: Query = {}, o: EndsOptions = {}): Promise<ListAllResult> {
  const other = query.content === undefined ? undefined : otherSearch(query.content);
  const one = await listBothEnds(client, query, o);
  if (other === undefined) return one;
  const two = await listBothEnds(client, { ...query, content: other }, o);
  const items = union(one.items, two.items);
  const pages = one.pages + two.pages;
  const unit = one.unit ?? two.unit;
  const counted = one.counted !== false && two.counted !== false;
  const gap = one.incomplete ?? two.incomplete;
  if (one.complete && two.complete) return { items, total: items.length, complete: true, pages, ...(unit ? { unit } : {}), ...(counted ? {} : { counted: false as const }) };
  // What each read left unread, on top of what the two found together.
  const total = items.length + (one.total - one.items.length) + (two.total - two.items.length);
  return { items, total, complete: false, pages, ...(unit ? { unit } : {}), ...(gap ? { incomplete: gap } : {}), ...(counted ? {} : { counted: false as const }) };
}
