// A server whose pages hold fewer certificates than `limit` asks (10 or 20, page sizes the SDKs document) and that
// leaves total_count out (every member of the SDK's response is optional): its first page, not full by `limit`,
// was taken for the whole list. `list` showed ten certificates, and `upload --if-changed` missed a copy on a later
// page and imported a second one. A first page of 10 or 20 without a count is now read as a possible cap: the
// list is paged with that size as full. Against other-scm.ts, a stand-in written apart from the project's emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAll } from '../../src/api/list.js';
import { TEST_SK, testClient } from '../helpers/emulator.js';
import { listItem, send, startOtherScm, type OtherScm } from '../helpers/other-scm.js';

let m: OtherScm;
beforeAll(async () => (m = await startOtherScm(TEST_SK)));
afterAll(async () => m.close());

function fill(n: number): string[] {
  m.certs.length = 0;
  for (let i = 0; i < n; i++) m.certs.push({ id: `scs${1600000000000 + i}`, name: `shop-${i}`, domain: 'shop.example.test', sans: 'shop.example.test', fingerprint: i.toString(16).padStart(40, '0'), notAfter: new Date(Date.UTC(2030, 0, 1 + i)), certificate: '' });
  return m.certs.map((c) => c.id);
}

/** ListCertificates as other-scm answers it, pages capped at `cap`, without total_count. */
function uncounted(unit: 'items' | 'pages', cap: number): void {
  m.seen.length = 0;
  m.hook = (req, res, mm) => {
    if (req.method !== 'GET' || req.path !== '/v3/scm/certificates') return false;
    const limit = Math.min(Number(req.query.get('limit') ?? 10), cap);
    const offset = Number(req.query.get('offset') ?? 0);
    const start = unit === 'items' ? offset : offset * limit;
    return send(res, 200, { certificates: mm.certs.slice(start, start + limit).map(listItem) });
  };
}

describe.each([
  ['items', 10, 35],
  ['pages', 10, 35],
  ['items', 20, 47],
  ['pages', 20, 40],
] as const)('offset counts %s, pages hold at most %i, no total_count', (unit, cap, n) => {
  it(`reads all ${n}, complete`, async () => {
    const ids = fill(n);
    uncounted(unit, cap);
    const { client } = await testClient(m.url);
    const r = await listAll(client);
    expect(r.items.map((c) => c.id).sort()).toEqual(ids.sort());
    expect([r.complete, r.incomplete]).toEqual([true, undefined]);
    expect(m.seen.filter((s) => s.refused)).toEqual([]);
  });
});

describe('a list of exactly one such page', () => {
  it.each([10, 20])('%i certificates on a server that honours limit, without a count: complete, a few requests', async (n) => {
    const ids = fill(n);
    uncounted('items', 50);
    const { client } = await testClient(m.url);
    const r = await listAll(client);
    expect(r.items.map((c) => c.id).sort()).toEqual(ids.sort());
    expect(r.complete).toBe(true);
    expect(m.seen.length).toBeLessThanOrEqual(4);
  });

  it('7 certificates without a count: one request, as before', async () => {
    fill(7);
    uncounted('items', 50);
    const { client } = await testClient(m.url);
    expect(await listAll(client)).toMatchObject({ complete: true, pages: 1 });
  });
});
