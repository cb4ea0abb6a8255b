// A server whose pages hold fewer certificates than `limit` asks (a cap below the documented 50) while its
// total_count says there are more: listAll judges pages by what its first held, whether `offset` counts certificates or
// pages. Against other-scm.ts, a stand-in written apart from the project's emulator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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

describe.each([
  ['pages', 10, 121],
  ['pages', 20, 130],
  ['items', 20, 115],
] as const)('offset counts %s, pages hold at most %i', (unit, cap, n) => {
  beforeEach(() => {
    m.unit = unit;
    m.pageCap = cap;
    m.seen.length = 0;
  });

  it(`reads all ${n}, complete`, async () => {
    const ids = fill(n);
    const { client } = await testClient(m.url);
    const r = await listAll(client);
    expect(r.items.map((c) => c.id).sort()).toEqual(ids.sort());
    expect([r.total, r.complete, r.incomplete]).toEqual([n, true, undefined]);
    expect(m.seen.filter((s) => s.refused)).toEqual([]);
    // The limit asked stays 50 (the docs allow 10-50; another value may be refused), pages are judged by what they hold.
    expect(m.seen.every((s) => s.query.get('limit') === '50')).toBe(true);
  });
});

it('a short first page that the count says is all: one request, as before', async () => {
  m.unit = 'pages';
  m.pageCap = 10;
  m.seen.length = 0;
  fill(7);
  const { client } = await testClient(m.url);
  expect(await listAll(client)).toMatchObject({ total: 7, complete: true, pages: 1 });
});

// A total_count beyond what the pages hold, read twice alike, is said as what SCM did ('short': "SCM counts N
// certificates but its pages held M"), whichever way offset counts; counted in pages it was said as a list that
// "kept changing while scm read it", which it did not.
describe.each(['items', 'pages'] as const)('a count beyond the pages, offset counted in %s', (unit) => {
  it.each([1, 200])('total_count %i more than held: incomplete, "short", never "changing"', async (extra) => {
    m.unit = unit;
    m.pageCap = 50;
    fill(7);
    m.hook = (req, res, mm) => {
      if (req.method !== 'GET' || req.path !== '/v3/scm/certificates') return false;
      const limit = Number(req.query.get('limit'));
      const offset = Number(req.query.get('offset'));
      const start = unit === 'items' ? offset : offset * limit;
      return send(res, 200, { certificates: mm.certs.slice(start, start + limit).map(listItem), total_count: mm.certs.length + extra });
    };
    try {
      const { client } = await testClient(m.url);
      const r = await listAll(client);
      expect([r.items.length, r.complete, r.incomplete?.reason, r.incomplete?.message]).toEqual([7, false, 'short', `SCM counts ${7 + extra} certificates but its pages held 7 (read twice)`]);
    } finally {
      m.hook = undefined;
    }
  });
});
