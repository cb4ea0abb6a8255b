// listAll: every page of ListCertificates until total_count, whether the server's `offset` counts
// certificates or pages (the emulator is run both ways), the offset cap of 100 reported instead of silently
// dropping certificates, a server that ignores offset, and a page that fails after the retries.
import { beforeEach, describe, expect, it } from 'vitest';
import { listAll } from '../../src/api/list.js';
import { offsetUnitOf } from '../../src/api/list-offset.js';
import { ListPageError } from '../../src/api/list-result.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

const at = useEmulator('list');

/** `n` certificates named shop-<i> for shop.example.test, and `others` for another domain. */
function certificates(n: number, others = 0): string[] {
  const certs = [
    ...Array.from({ length: n }, (_, i) => ({ name: `shop-${i}`, domain: 'shop.example.test', created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })),
    ...Array.from({ length: others }, (_, i) => ({ name: `blog-${i}`, domain: 'blog.example.test' })),
  ];
  return seed(at.emu.store, { certificates: certs }, new Date()).certificates;
}

describe.each(['items', 'pages'] as const)('offset counts %s', (unit) => {
  beforeEach(() => {
    at.emu.behaviour.offsetUnit = unit;
  });

  it('reads every certificate once, in as few pages as the reading allows, and learns the reading', async () => {
    const ids = certificates(120, 7);
    const { client } = await testClient(at.emu.url);
    const r = await listAll(client, { content: 'shop.example.test' });
    expect(r.items.map((c) => c.id).sort()).toEqual([...ids.slice(0, 120)].sort());
    expect([r.total, r.complete, r.unit]).toEqual([120, true, unit]);
    // items: 0, 1 (the probe), 51, 100 (the last page the cap allows); pages: 0, 1, 2.
    expect(r.pages).toBe(unit === 'items' ? 4 : 3);
    expect(offsetUnitOf(client)).toBe(unit);
    // Known now: the next listing needs no probe.
    const again = await listAll(client, { content: 'shop.example.test' });
    expect([again.items.length, again.pages]).toEqual([120, unit === 'items' ? 3 : 3]);
  });

  it.each([30, 0])('a total_count (%i) below what one page already holds is wrong: read on until a page that is not full', async (count) => {
    const ids = certificates(120);
    at.emu.behaviour.listCount = count;
    const { client } = await testClient(at.emu.url);
    const r = await listAll(client);
    expect(r.items.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect([r.total, r.complete]).toEqual([120, true]);
  });

  it('one page holding everything costs one request', async () => {
    certificates(30);
    const { client } = await testClient(at.emu.url);
    expect(await listAll(client)).toMatchObject({ total: 30, complete: true, pages: 1 });
    expect(at.emu.store.requests.byOperation.list).toBe(1);
  });
});

/** A client whose list request number `after` is followed by `change` (someone else at work in the account). */
async function changingAfter(after: number[], change: () => void) {
  const made = await testClient(at.emu.url);
  const read = made.client.listPage.bind(made.client);
  let n = 0;
  made.client.listPage = async (q) => {
    const page = await read(q);
    if (after.includes(++n)) change();
    return page;
  };
  return made.client;
}

describe.each(['items', 'pages'] as const)('the list changes between pages (offset counts %s)', (unit) => {
  beforeEach(() => {
    at.emu.behaviour.offsetUnit = unit;
  });

  it('a certificate already read is deleted after the 2nd request: read again, none skipped, complete', async () => {
    const ids = certificates(120);
    const order = (await (await testClient(at.emu.url)).client.listPage({ limit: 50 })).certificates.map((c) => c.id);
    const gone = order[10]!;
    const client = await changingAfter([2], () => at.emu.store.remove(gone));
    const r = await listAll(client);
    expect([r.complete, r.total, r.items.length]).toEqual([true, 119, 119]);
    expect(r.items.map((c) => c.id).sort()).toEqual(ids.filter((id) => id !== gone).sort());
    // items: 0, 1, 50 (does not start with what was read last: moved), then 0, 49, 98; pages: 0, 1, 2 (the count changed), then 0, 1, 2.
    expect(r.pages).toBe(6);
  });

  it('one deleted while each reading goes on: incomplete, "changing", never a silent "complete"', async () => {
    const ids = certificates(120);
    const client = await changingAfter([2, 5], () => at.emu.store.remove(ids.pop()!));
    const r = await listAll(client);
    expect([r.complete, r.incomplete?.reason, r.incomplete?.message]).toEqual([false, 'changing', 'the certificate list kept changing while scm read it']);
  });
});

describe('what listAll cannot read, it says', () => {
  it('items beyond the offset cap: 150 of 170 read, incomplete with a message naming both', async () => {
    certificates(170);
    const { client } = await testClient(at.emu.url);
    const r = await listAll(client, { content: 'shop.example.test' });
    expect([r.items.length, r.total, r.complete, r.incomplete?.reason, r.incomplete?.reachable]).toEqual([150, 170, false, 'offset-cap', 150]);
    expect(r.incomplete!.message).toBe('SCM lists 170 certificates matching shop.example.test, but its API lets scm read only 150 of them (the offset of ListCertificates stops at 100)');
    // Counted in pages the same certificates are all reachable.
    at.emu.behaviour.offsetUnit = 'pages';
    const { client: fresh } = await testClient(at.emu.url);
    expect(await listAll(fresh, { content: 'shop.example.test' })).toMatchObject({ complete: true, total: 170, unit: 'pages' });
  });

  it('a server that answers every offset with the first page: incomplete, not a wrong "complete"', async () => {
    certificates(60);
    const { client } = await testClient(at.emu.url);
    const first = await client.listPage({ limit: 50, offset: 0 });
    at.emu.faults.add([parseFault({ op: 'list', after: 1, times: 5, answer: { status: 200, body: first } })]);
    const r = await listAll(client);
    expect([r.complete, r.items.length, r.incomplete?.reason]).toEqual([false, 50, 'offset-ignored']);
  });

  // A server that ignores limit (a simple emulator, a proxy that rewrites the query) gives every certificate at
  // once: that first page is past the limit and holds all total_count counts, so nothing is missing.
  it('a server that answers every request with all it holds (limit and offset ignored): complete in one request', async () => {
    certificates(120);
    const { client: reader } = await testClient(at.emu.url);
    const all = await listAll(reader);
    at.emu.faults.add([parseFault({ op: 'list', times: 10, answer: { status: 200, body: { certificates: all.items, total_count: 120 } } })]);
    const { client } = await testClient(at.emu.url);
    const r = await listAll(client);
    expect([r.complete, r.items.length, r.total, r.pages, r.incomplete]).toEqual([true, 120, 120, 1, undefined]);
    // Fewer than the count says, or no count at all: not proved whole, paged on as before.
    at.emu.faults.clear();
    at.emu.faults.add([parseFault({ op: 'list', times: 10, answer: { status: 200, body: { certificates: all.items, total_count: 130 } } })]);
    expect((await listAll((await testClient(at.emu.url)).client)).complete).toBe(false);
  });

  it('a page that fails after the retries: ListPageError (exit 5), naming the page; credentials refused stay exit 3', async () => {
    certificates(60);
    at.emu.faults.add([parseFault({ op: 'list', after: 1, times: 10, status: 503 })]);
    const { client } = await testClient(at.emu.url, { retries: 1 });
    const e = (await listAll(client).catch((x: unknown) => x)) as ListPageError;
    expect(e).toBeInstanceOf(ListPageError);
    expect([e.exitCode, e.page, e.readSoFar]).toEqual([5, 2, 50]);
    expect(e.message).toMatch(/^could not read page 2 of the certificate list: SCM could not complete listing certificates: SCM\.4001/);
    at.emu.faults.clear();
    at.emu.faults.add([parseFault({ op: 'list', after: 1, status: 401 })]);
    const { client: other } = await testClient(at.emu.url);
    expect(((await listAll(other).catch((x: unknown) => x)) as ListPageError).exitCode).toBe(3);
  });

  // The page is context, not a different failure: a rejection stays exit 4 (it was 5), sent once, in both languages.
  it.each([
    ['400 SCM.0005', { status: 400, error_code: 'SCM.0005' }, 'SCM.0005', /SCM rejected listing certificates: SCM\.0005 /],
    ['500 SCM.0013 (a rejection SCM sends with 500)', { status: 500, error_code: 'SCM.0013' }, 'SCM.0013', /SCM rejected listing certificates: SCM\.0013 /],
    ['405 without a code', { answer: { status: 405, body: { message: 'Method Not Allowed' } } }, undefined, /SCM rejected listing certificates: /], // a 408 is a timeout: retried (timeout-408.test)
    ['404 HTML', { answer: { status: 404, body: '<html><body>404 Not Found</body></html>' } }, undefined, /SCM rejected listing certificates: /],
  ])('a page rejected with %s: ListPageError exit 4, naming the page, not retried', async (_, fault, code, said) => {
    certificates(60);
    at.emu.faults.add([parseFault({ op: 'list', after: 1, times: 10, ...fault })]);
    const { client, sleeps } = await testClient(at.emu.url, { retries: 3 });
    const e = (await listAll(client).catch((x: unknown) => x)) as ListPageError;
    expect([e.constructor, e.exitCode, e.page, e.readSoFar, e.code, sleeps.length, at.emu.store.requests.byOperation.list]).toEqual([ListPageError, 4, 2, 50, code, 0, 2]);
    expect(e.message).toMatch(/^could not read page 2 of the certificate list: /);
    expect(e.message).toMatch(said);
    at.emu.faults.clear();
    at.emu.faults.add([parseFault({ op: 'list', after: 1, ...fault })]);
    const { client: zh } = await testClient(at.emu.url, { lang: 'zh' });
    const z = (await listAll(zh).catch((x: unknown) => x)) as ListPageError;
    expect([z.exitCode, z.message.split('\n')[0]]).toEqual([4, expect.stringMatching(/^无法读取证书列表的第 2 页：SCM 拒绝了列出证书：/)]);
  });
});

describe.each([
  ['items', 'absent'],
  ['pages', 'absent'],
  ['items', 'string'],
  ['pages', 'string'],
] as const)('offset counts %s, total_count %s (every member of the SDK model is optional)', (unit, count) => {
  beforeEach(() => {
    at.emu.behaviour.offsetUnit = unit;
    at.emu.behaviour.listCount = count;
  });

  it('reads every page: until a page that is not full when SCM gives no count', async () => {
    const ids = certificates(120);
    const { client } = await testClient(at.emu.url);
    const r = await listAll(client);
    expect(r.items.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect([r.total, r.complete]).toEqual([120, true]);
  });

  it('a full last page: one more request finds the end (without a count)', async () => {
    certificates(100);
    const { client } = await testClient(at.emu.url);
    const r = await listAll(client);
    expect([r.items.length, r.total, r.complete]).toEqual([100, 100, true]);
  });

  it('an empty account: no certificates member either', async () => {
    const { client } = await testClient(at.emu.url);
    expect(await listAll(client)).toMatchObject({ items: [], total: 0, complete: true, pages: 1 });
  });
});

describe('an empty page from a list SCM counts as not empty', () => {
  it('is read again once, then reported incomplete ("short", said as what SCM did), never "complete" with nothing', async () => {
    certificates(3);
    at.emu.faults.add([{ op: 'list', times: 2, after: 0, answer: { status: 200, body: { certificates: [], total_count: 100 } } }]);
    const { client } = await testClient(at.emu.url);
    const r = await listAll(client);
    expect([r.complete, r.items.length, r.total, r.incomplete?.reason, r.pages]).toEqual([false, 0, 100, 'short', 2]);
    expect(r.incomplete?.message).toBe('SCM counts 100 certificates but its pages held 0 (read twice)');
  });

  it('one empty answer, then the real list: read again, complete', async () => {
    const ids = certificates(3);
    at.emu.faults.add([{ op: 'list', times: 1, after: 0, answer: { status: 200, body: { certificates: [], total_count: 3 } } }]);
    const { client } = await testClient(at.emu.url);
    const r = await listAll(client);
    expect([r.complete, r.items.map((c) => c.id).sort(), r.pages]).toEqual([true, [...ids].sort(), 2]);
  });
});
