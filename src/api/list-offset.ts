// How a server reads ListCertificates' `offset`, certificates or pages to skip (the docs do not say), told from
// the first page and one probe page, and remembered per client. The probe asks for offset=k (1, or with a full
// first page and a count, count/50 up to 49): a server that counts certificates answers with page 1 shifted by
// k (its first id is page 1's (k+1)th), a server that counts pages answers with page k+1 (ids page 1 does not
// have; with pages that overlap, page 1's last ones first, the count unchanged), or nothing when the list ends
// before it (a full first page has a certificate at every offset below 50). Counted in items, a page read
// later must still stand where the pages before it put the certificates (placeInOrder: a list that moved would
// skip one). Apart from list.ts, which pages and decides what to do, because these only compare what pages held.
import type { ScmClient } from './client.js';
import type { OffsetUnit } from './list-result.js';
import type { CertificateListItem } from './types.js';

/** One answer of ListCertificates. */
export type Page = { certificates: CertificateListItem[]; total_count?: number };

const known = new WeakMap<ScmClient, OffsetUnit>();

/** The offset reading this client has seen its server use, if it has paged before. */
export function offsetUnitOf(client: ScmClient): OffsetUnit | undefined {
  return known.get(client);
}

/** Remembers how this client's server reads offset. */
export function learnOffsetUnit(client: ScmClient, unit: OffsetUnit): void {
  known.set(client, unit);
}

/**
 * Where the probe reads: offset 1, or with a full first page and a count, page total/limit (at most the first
 * page's last certificate): counted in items that is a page of new certificates rather than one, counted in
 * pages the page where the count says the list ends, which shows the end; either way no request is spent.
 */
export const probeAt = (size: number, o: { limit: number; counted: boolean; total: number }): number =>
  o.counted && size >= o.limit ? Math.max(1, Math.min(size - 1, Math.floor(o.total / o.limit))) : 1;

/**
 * The first page again at offset 1 may be a server that numbers pages from 1 (reading 0 as 1): offset 2 tells it
 * from one that ignores offset (the first page once more).
 */
export const firstAgain = (first: Page, p: Page): boolean =>
  p.certificates.length === first.certificates.length && p.certificates.every((c, j) => c.id === first.certificates[j]!.id);

/**
 * What the probe (the page read at offset `at`) says of how offset is read: 'ignored' when it is the first page
 * again; undefined when it cannot tell (the list changed between the two requests, or the pages end early).
 */
export function offsetReading(first: Page, probe: Page, at: number, o: { limit: number; counted: boolean; total: number }): OffsetUnit | 'ignored' | undefined {
  const size = first.certificates.length;
  const ids = probe.certificates.map((c) => c.id);
  const inFirst = ids.filter((id) => first.certificates.some((c) => c.id === id)).length;
  if (ids.length > 0 && ids[0] === first.certificates[at]?.id) return 'items';
  if (ids.length > 0 && inFirst === 0) return 'pages';
  // Counted in pages, a server whose pages overlap starts page `at` with the end of the page before: the first
  // page's last certificates, in order, then new ones. Counted in items, offset `at` starts at the first
  // page's (at+1)th, earlier than that end; only certificates deleted meanwhile could move it there, and
  // those change the count, so the same count is asked for.
  if (first.total_count !== undefined && probe.total_count === first.total_count && overlapsEnd(first.certificates, ids, at)) return 'pages';
  // Counted in items, a full first page has a certificate at any offset below 50: nothing there is a page past
  // the end, counted in pages (a list of one full page ends so), when the count (if any) lets it end there.
  if (ids.length === 0 && size >= o.limit && (!o.counted || o.total <= at * o.limit)) return 'pages';
  if (ids.length > 0 && inFirst === ids.length && ids[0] === first.certificates[0]?.id) return 'ignored';
  return undefined;
}

/**
 * Does `ids` (a page read at offset `at`) start with the last certificates of `first`, in order and beyond where
 * an offset counted in items would start (`at`), then go on with certificates `first` does not hold?
 */
function overlapsEnd(first: readonly CertificateListItem[], ids: readonly string[], at: number): boolean {
  const k = ids.findIndex((id) => !first.some((c) => c.id === id));
  if (k < 1 || first.length - k <= at) return false;
  return ids.slice(0, k).every((id, j) => id === first[first.length - k + j]!.id) && ids.slice(k).every((id) => !first.some((c) => c.id === id));
}

/** Two pages' ids and counts as one string: the same string twice is the same answer twice. */
export const answers = (...pages: Page[]): string => JSON.stringify(pages.map((p) => [p.total_count ?? null, p.certificates.map((c) => c.id)]));

/**
 * Items mode: a page read from `offset`, its new ids added to `order` (the ids read, by position); false when an
 * id it shares with what was read (`seen`) is not where it was, unless the page starts further back than asked:
 * its first ids the last ones read, in that order, the rest new (certificates added before it since, or a server
 * whose offset is off by some). Nothing can have been skipped then: it is read on from, its repeats dropped.
 */
export function placeInOrder(order: string[], seen: ReadonlyMap<string, unknown>, offset: number, items: readonly CertificateListItem[]): boolean {
  if (items.every((c, j) => offset + j >= order.length || order[offset + j] === c.id)) {
    for (const [j, c] of items.entries()) if (offset + j >= order.length) order.push(c.id);
    return true;
  }
  const k = items.findIndex((c) => !seen.has(c.id));
  if (k < 1 || k > order.length) return false;
  const tail = order.slice(order.length - k);
  if (items.slice(0, k).some((c, j) => c.id !== tail[j]) || items.slice(k).some((c) => seen.has(c.id))) return false;
  order.push(...items.slice(k).map((c) => c.id));
  return true;
}
