// Every page of ListCertificates until total_count: the one place that pages through SCM's certificate list
// (upload's lookups, and `scm list`, `prune`, `rotate`). The docs cap `offset` at 100 and do not say whether
// it counts certificates or pages; other clients assume certificates. A probe page tells which (list-offset.ts),
// remembered per client. total_count is never trusted to say where the list ends after a full page (a count can
// be understated): the list ends at a page that is not full, and one more request finds it (past the offset
// cap, where none can, the count is all there is). What the cap leaves out is reported, never silently dropped
// (list-result.ts: the answer and why it is incomplete). A list that changes while it is read (a certificate
// added or deleted before the page being read shifts the rest) could make a page skip one: counted in items,
// each page starts at the last certificate read and must find it there; counted in pages, total_count must not
// change. When either fails the list is read again once, then reported incomplete ('changing'), never
// "complete" with one missing. Pages that run out before total_count, twice, are incomplete too ('short'): the
// count or the pages are wrong, and which one cannot be told.
import { t } from '../core/i18n.js';
import { InterruptedError } from '../errors.js';
import { pageAsking } from './list-expired.js';
import type { ScmClient } from './client.js';
import { firstLine } from './client.js';
import { answers, firstAgain, learnOffsetUnit, offsetReading, offsetUnitOf, probeAt, type Page } from './list-offset.js';
import { incomplete, ListPageError, PAGE_SIZE, OFFSET_CAP, short, type ListAllResult, type OffsetUnit } from './list-result.js';
import { ReadSoFar } from './list-read.js';
import { L } from './messages.js';
import type { CertificateListItem, ListQuery } from './types.js';

/** The most a page of this client's server holds, when it is fewer than asked (see listAll). */
const capped = new WeakMap<ScmClient, number>();

export async function listAll(client: ScmClient, query: Omit<ListQuery, 'offset' | 'limit'> = {}, o: { pageSize?: number; held?: number } = {}): Promise<ListAllResult> {
  /** What is asked for; `limit`: what a full page holds (fewer when the server caps its pages, `held`). */
  const ask = o.pageSize ?? PAGE_SIZE;
  const limit = o.held ?? o.pageSize ?? capped.get(client) ?? PAGE_SIZE;
  let pages = 0;
  const fetchPage = async (offset: number, readSoFar: number): Promise<Page> => {
    pages++;
    try {
      return await pageAsking(client, { ...query, limit: ask, offset });
    } catch (e) {
      if (e instanceof InterruptedError) throw e;
      // The first line names the page; the failure's other lines (why, what the server said, the wait it asked
      // for) follow as they came.
      const more = e instanceof Error ? e.message.split('\n').slice(1) : [];
      throw new ListPageError([t(client.lang, L.pageFailed, { page: pages, why: firstLine(e) }), ...more].join('\n'), { page: pages, readSoFar, cause: e });
    }
  };

  /** The most certificates an earlier read of the list saw (a re-read starts from the first page again). */
  let readBefore = 0;
  /** The first page and the probe as the first reading got them (answers()), to tell a list that moved from one that did not. */
  let probed: string | undefined;
  let last: Map<string, CertificateListItem> | undefined;
  for (let attempt = 0; ; attempt++) {
    if (last) readBefore = Math.max(readBefore, last.size);
    const first = await fetchPage(0, 0);
    // A re-read whose first page is empty after a read that saw certificates: no list empties between two
    // reads a moment apart; an answer that lost its certificates (`{}`) is no proof of an empty account.
    if (attempt > 0 && first.certificates.length === 0 && readBefore > 0) return incomplete([], readBefore, pages, 'changing', t(client.lang, L.listChanging), 0);
    const seen = new ReadSoFar();
    last = seen;
    /**
     * total_count after reading `page`; when SCM left it out, what was read, plus one while pages come back
     * full (there may be more): paging then goes on until a page that is not full.
     */
    let counted = true;
    const countAfter = (page: Page): number => {
      // A count below what has been read is wrong (no list shrinks under a full page): page as if there were none.
      counted = page.total_count !== undefined && page.total_count >= seen.size;
      if (counted) return page.total_count!;
      return page.certificates.length >= limit ? seen.size + 1 : seen.size;
    };
    /** Pages mode: a count that changed is the only sign that the pages shifted (unknowable without a count). */
    const recounted = (page: Page): boolean => page.total_count !== undefined && first.total_count !== undefined && page.total_count !== first.total_count;
    seen.add(first.certificates);
    seen.order.push(...first.certificates.map((c) => c.id));
    let total = countAfter(first);
    const size = first.certificates.length;
    // A first page holding fewer than asked while the count says there are more: the server caps its pages
    // below `limit` (a page that is not full would otherwise end the list, counted in pages). The list is read
    // again, a page of what the first held counting as full, and that size is remembered for this client. The
    // same limit is asked (the docs allow 10-50; another value may be refused). Once only: a smaller page after
    // that is no cap.
    // Without a count, a first page of 10 or 20 (page sizes the SDKs document) may be such a cap too: nothing else
    // tells it from the whole list, and taking it for the whole list would hide a copy from upload --if-changed.
    const capLike = counted ? total > size : size === 10 || size === 20;
    if (attempt === 0 && o.pageSize === undefined && o.held === undefined && !capped.has(client) && size > 0 && size < limit && capLike) {
      capped.set(client, size);
      const rest = await listAll(client, query, { held: size });
      return { ...rest, pages: pages + rest.pages };
    }
    // A full page is never the end on the count's word (a count can be understated): the next page shows it.
    // A first page past the limit is not a full page: the server ignores limit (a simple emulator, a proxy
    // rewriting the query) and gave what it holds at once; with a count it holds no fewer, that is all of it.
    if (seen.size >= total && (size < limit || (size > limit && counted))) return { items: seen.listed(), total, complete: true, pages };
    // An empty first page of a list SCM counts as not empty: it changed under us, or the count is wrong.
    if (size === 0) {
      if (attempt === 0) continue;
      return short([], total, pages, client, undefined, counted);
    }
    const changed = (unit?: OffsetUnit): ListAllResult | undefined =>
      attempt === 0 ? undefined : incomplete(seen.listed(), total, pages, 'changing', t(client.lang, L.listChanging), seen.size, unit, counted);

    let unit = offsetUnitOf(client);
    let pagesAtCap = 0;
    /** Pages mode: how many certificates each page read held, by its number. */
    const held = new Map<number, number>([[0, size]]);
    /** Items mode: the last page read came back full (the list may go on), or brought nothing new (it ends). */
    let full = size >= limit;
    let stalled = false;
    if (unit === undefined) {
      // The probe: a page at offset `at` (list-offset.ts) tells whether the server counts offset in items or pages.
      const counts = { limit, counted, total };
      let at = probeAt(size, counts);
      let probe = await fetchPage(at, seen.size);
      if (at === 1 && size >= limit && firstAgain(first, probe)) probe = await fetchPage((at = 2), seen.size);
      const reading = offsetReading(first, probe, at, counts);
      if (reading === 'ignored') return incomplete(seen.listed(), probe.total_count ?? total, pages, 'offset-ignored', t(client.lang, L.offsetIgnored), size, undefined, counted);
      if (reading === undefined) {
        if (attempt === 0) {
          probed = answers(first, probe);
          continue; // the list changed between the two requests: read it again
        }
        // The same answers twice: nothing changed. A page past the end of what the first page holds while the
        // count says more (counted in pages: the pages end before total_count) is said as what SCM did.
        if (probed === answers(first, probe) && probe.certificates.length === 0 && counted) return short(seen.listed(), total, pages, client, undefined, counted);
        return incomplete(seen.listed(), probe.total_count ?? total, pages, 'changing', t(client.lang, L.listChanging), seen.size, undefined, counted && probe.total_count !== undefined);
      }
      unit = reading;
      learnOffsetUnit(client, unit);
      // The probe is the first overlap (items) or count (pages) check of the loop below.
      if (unit === 'items' ? !seen.place(at, probe.certificates) : recounted(probe)) {
        const r = changed(unit);
        if (r) return r;
        continue;
      }
      if (unit === 'pages') {
        seen.add(probe.certificates, at);
        held.set(at, probe.certificates.length);
      } else full = probe.certificates.length >= limit;
      total = countAfter(probe);
    }

    /** Pages mode: the first page that is not full, once every page before it was read: where the list ends. */
    const pagesEnd = (): number | undefined => {
      for (let k = 0; held.has(k); k++) if (held.get(k)! < limit) return k;
      return undefined;
    };
    let moved = false;
    while (unit === 'items' ? full || (seen.size < total && !stalled) : pagesEnd() === undefined) {
      // Items mode: each page starts at the last certificate read, whose id must be there again: a certificate
      // added or removed before it shifts the rest, and a page that does not overlap would skip one unseen.
      // The last reachable page starts at the cap. Pages mode: the first page not read yet.
      let next = 1;
      while (held.has(next)) next++;
      const offset = unit === 'items' ? Math.min(seen.order.length - 1, OFFSET_CAP) : next;
      if (offset > OFFSET_CAP || (unit === 'items' && offset === OFFSET_CAP && pagesAtCap > 0)) {
        // Past the cap nothing can check where the list ends: a count read up to is all there is to go by.
        if (counted && seen.size >= total) return { items: seen.listed(), total, complete: true, unit, pages };
        const reachable = unit === 'items' ? OFFSET_CAP + size : (OFFSET_CAP + 1) * size;
        const message = t(client.lang, counted ? L.unreachable : L.unreachableUncounted, { total, read: seen.size, cap: OFFSET_CAP, search: query.content ?? '' });
        return incomplete(seen.listed(), total, pages, 'offset-cap', message, reachable, unit, counted);
      }
      if (unit === 'items' && offset === OFFSET_CAP) pagesAtCap++;
      const page = await fetchPage(offset, seen.size);
      // Pages mode cannot overlap: a count that changed is the only sign that the pages shifted.
      if (unit === 'items' ? !seen.place(offset, page.certificates) : recounted(page)) {
        moved = true;
        break;
      }
      if (unit === 'pages') {
        seen.add(page.certificates, offset);
        held.set(offset, page.certificates.length);
      } else {
        full = page.certificates.length >= limit;
        stalled = page.certificates.length <= 1;
      }
      total = countAfter(page);
    }
    if (!moved && seen.size >= total) return { items: seen.listed(), total, complete: true, unit, pages };
    const r = changed(unit);
    if (r) return r;
    if (moved) continue;
    // The pages ended before total_count: certificates went away while scm read, or the count is off.
    return short(seen.listed(), total, pages, client, unit, counted);
  }
}
