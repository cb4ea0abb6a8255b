// The certificates one reading of the list has seen so far (list.ts), by id, in the server's order whatever order
// the pages came in: items mode keeps the ids by position, to check each overlapping page against
// (list-offset.ts placeInOrder); pages mode the page each certificate came on (the probe may read a later page
// before the ones between).
import { placeInOrder } from './list-offset.js';
import type { CertificateListItem } from './types.js';

export class ReadSoFar extends Map<string, CertificateListItem> {
  /** Items mode: the ids in the server's order, by position. */
  readonly order: string[] = [];
  /** Pages mode: the page each certificate came on. */
  private readonly pageOf = new Map<string, number>();

  add(items: readonly CertificateListItem[], page = 0): void {
    for (const c of items) {
      if (this.has(c.id)) continue;
      this.set(c.id, c);
      this.pageOf.set(c.id, page);
    }
  }

  /** What was read in the server's order (page by page), whatever order the pages were read in. */
  listed(): CertificateListItem[] {
    return [...this.values()].sort((a, b) => this.pageOf.get(a.id)! - this.pageOf.get(b.id)!);
  }

  /** Items mode: a page read from `offset` put in its place; false when the list moved. */
  place(offset: number, items: readonly CertificateListItem[]): boolean {
    if (!placeInOrder(this.order, this, offset, items)) return false;
    this.add(items);
    return true;
  }
}
