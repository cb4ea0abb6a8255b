// The error catalogue itself: every explained code (SCM's, then the gateway's), and the entry of a code. Pure.
import { GATEWAY_CODES } from './gateway-codes.js';
import { PUBLISHED_CODES } from './published-codes.js';
import { SEED_CODES } from './seed-codes.js';
import type { CatalogueEntry } from './types.js';

const byCode = (a: CatalogueEntry, b: CatalogueEntry): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Every explained code, SCM codes first (sorted), then gateway codes. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...[...SEED_CODES, ...PUBLISHED_CODES].sort(byCode),
  ...[...GATEWAY_CODES].sort(byCode),
];

const index = new Map(CATALOGUE.map((entry) => [entry.code, entry]));

export function entryFor(code: string): CatalogueEntry | undefined {
  return index.get(code);
}
