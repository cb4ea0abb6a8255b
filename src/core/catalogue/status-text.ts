// An entry's statuses and the text for the status the server sent: one code can come with several (the gateway's
// APIGW.0201 with 400, 413 ... 504), each with words of its own. Pure.
import type { CatalogueEntry } from './types.js';

/** Every HTTP status the code is published with: its own first, then each variant's (APIGW.0201: 400, 413 ... 504). */
export const statusesOf = (entry: CatalogueEntry): number[] => [entry.status, ...(entry.variants ?? []).map((v) => v.status)];

/**
 * The entry's text for the status the server sent: the variant published for that status; for a status of
 * another class than the entry's own (APIGW.0201, a 400, sent with 503), the nearest variant of that class
 * (502's "Backend unavailable", never "the request parameters are invalid" for a server failure); else its own.
 */
export function textAt(entry: CatalogueEntry, status: number | undefined): Pick<CatalogueEntry, 'message' | 'description' | 'fix'> {
  if (status === undefined || status === entry.status) return entry;
  const variants = entry.variants ?? [];
  const exact = variants.find((v) => v.status === status);
  if (exact) return exact;
  if (Math.floor(status / 100) === Math.floor(entry.status / 100)) return entry;
  const near = variants.filter((v) => Math.floor(v.status / 100) === Math.floor(status / 100)).sort((a, b) => Math.abs(a.status - status) - Math.abs(b.status - status))[0];
  return near ?? entry;
}
