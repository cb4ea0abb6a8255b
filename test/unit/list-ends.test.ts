// Where the certificate list ends: a full last page is never taken as the end on total_count's word (an
// understated count hid certificates, and upload --if-changed imported a second copy); in pages mode a full
// first page followed by an empty one is the normal end, not a list that changed; and what is reported is what
// was read, never an invented count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identityOf } from '../../src/api/cert-identity.js';
import { findCopies } from '../../src/api/find.js';
import { listAll } from '../../src/api/list.js';
import { seed } from '../../src/emulator/seed.js';
import { makeBundle, testClient, type Bundle } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

let b: Bundle;
const at = useEmulator('list-ends', {}, (dir) => {
  b = makeBundle(join(dir, 'b'), { cn: 'shop.example.test' });
});

/** `n` certificates for shop.example.test, newest last (so the oldest is read last). */
const certificates = (n: number): string[] => seed(at.emu.store, {
  certificates: Array.from({ length: n }, (_, i) => ({ name: `shop-${i}`, domain: 'shop.example.test', created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })),
}, new Date()).certificates;

describe.each(['items', 'pages'] as const)('total_count understated (offset counts %s)', (unit) => {
  it('61 certificates, total_count 50: every one is read, complete only then', async () => {
    at.emu.behaviour.offsetUnit = unit;
    const ids = certificates(61);
    at.emu.behaviour.listCount = 50;
    const { client } = await testClient(at.emu.url);
    const r = await listAll(client);
    expect(r.items.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect([r.complete, r.total]).toEqual([true, 61]);
  });

  it('upload --if-changed\'s look-up finds the copy on the page the count left out', async () => {
    at.emu.behaviour.offsetUnit = unit;
    // The copy is the oldest: SCM lists it last, on page 2.
    const [copy] = seed(at.emu.store, { certificates: [{ name: 'the-one', pem: readFileSync(b.cert, 'utf8'), created_at: '2020-01-01T00:00:00Z' }] }, new Date()).certificates;
    const id = identityOf(readFileSync(b.cert, 'utf8'));
    seed(at.emu.store, { certificates: Array.from({ length: 60 }, (_, i) => ({ name: `shop-${i}`, domain: id.names[0], sans: id.names, not_after: id.notAfter.toISOString(), created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })) }, new Date());
    at.emu.behaviour.listCount = 50;
    const { client } = await testClient(at.emu.url);
    expect((await findCopies(client, id)).copies).toEqual([{ id: copy, name: 'the-one' }]);
  });
});

describe('pages mode, a full first page and an empty second: the end of the list', () => {
  it.each(['absent', 0, 10, 49, 50, 'number'] as const)('50 certificates, total_count %s: complete, 50 read, nothing said about a change', async (count) => {
    at.emu.behaviour.offsetUnit = 'pages';
    const ids = certificates(50);
    at.emu.behaviour.listCount = count;
    const { client } = await testClient(at.emu.url);
    const r = await listAll(client);
    expect(r.items.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect([r.complete, r.total, r.incomplete]).toEqual([true, 50, undefined]);
    expect(r.pages).toBe(2);
  });
});

describe('items mode, exactly one full page', () => {
  it.each(['absent', 50] as const)('50 certificates, total_count %s: complete in two requests', async (count) => {
    at.emu.behaviour.offsetUnit = 'items';
    certificates(50);
    at.emu.behaviour.listCount = count;
    const { client } = await testClient(at.emu.url);
    expect(await listAll(client)).toMatchObject({ complete: true, total: 50, pages: 2 });
  });
});
