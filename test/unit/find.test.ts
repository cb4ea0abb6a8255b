// Finding the copies of a certificate in SCM: times without a zone read as UTC+8 with a day either side,
// only list entries whose names and expiry match are opened, the cost with 100 certificates sharing the
// domain (both offset readings), and a lookup that cannot decide says so instead of guessing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identityOf, mayBe, type CertIdentity } from '../../src/api/cert-identity.js';
import { findCopies, LookupError } from '../../src/api/find.js';
import { parseScmTime } from '../../src/core/inventory/time.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { makeBundle, testClient, type Bundle } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

let bundle: Bundle;
let id: CertIdentity;
const at = useEmulator('find', {}, (dir) => {
  bundle = makeBundle(join(dir, 'b'), { cn: 'shop.example.test' });
  id = identityOf(readFileSync(bundle.cert, 'utf8'));
});

const DAY = 86_400_000;

describe('reading list entries', () => {
  it('expire_time has no zone: UTC+8; a time with a zone is taken as given', () => {
    expect(parseScmTime('2021-05-27 16:46:25.0')?.toISOString()).toBe('2021-05-27T08:46:25.000Z');
    expect(parseScmTime('2021-05-27 16:46:25')?.toISOString()).toBe('2021-05-27T08:46:25.000Z');
    expect(parseScmTime('2021-05-27T16:46:25Z')?.toISOString()).toBe('2021-05-27T16:46:25.000Z');
    expect(parseScmTime(1622105185000)?.toISOString()).toBe('2021-05-27T08:46:25.000Z');
    expect(parseScmTime('1622105185000')?.toISOString()).toBe('2021-05-27T08:46:25.000Z');
    // Ten digits could be seconds or milliseconds: not guessed.
    expect([parseScmTime('1622105185'), parseScmTime('16221051850000')]).toEqual([undefined, undefined]);
    expect([parseScmTime(''), parseScmTime('soon'), parseScmTime(null)]).toEqual([undefined, undefined, undefined]);
  });

  it('a candidate has only the leaf\'s names and expires within a day of it; unknown fields do not exclude', () => {
    const at = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ') + '.0';
    const t = id.notAfter.getTime();
    const item = (o: Record<string, unknown>) => ({ id: 'scs0000000000001', name: 'x', domain: 'shop.example.test', sans: 'shop.example.test;www.shop.example.test', expire_time: at(t), ...o });
    expect(mayBe(item({}), id)).toBe(true);
    expect(mayBe(item({ expire_time: at(t + DAY - 1000) }), id)).toBe(true);
    expect(mayBe(item({ expire_time: at(t - DAY + 1000) }), id)).toBe(true);
    expect(mayBe(item({ expire_time: at(t + DAY + 60_000) }), id)).toBe(false);
    expect(mayBe(item({ domain: 'other.example.test' }), id)).toBe(false);
    expect(mayBe(item({ sans: 'shop.example.test, api.shop.example.test' }), id)).toBe(false);
    expect(mayBe(item({ sans: undefined, expire_time: undefined }), id)).toBe(true);
    expect(mayBe(item({ domain: 'SHOP.example.test' }), id)).toBe(true);
    expect(mayBe(item({ sans: ['shop.example.test', 'www.shop.example.test'] }), id)).toBe(true);
    expect(mayBe(item({ sans: ['shop.example.test', 'api.shop.example.test'] }), id)).toBe(false);
  });

  it('a name in Unicode on one side and in punycode on the other is the same name: a candidate, never a second import', () => {
    const t = Date.UTC(2030, 0, 1);
    const at = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ') + '.0';
    const punycode: CertIdentity = { sha1: 'a'.repeat(40), sha256: 'b'.repeat(64), names: ['xn--bcher-kva.example.com', '*.xn--bcher-kva.example.com'], notAfter: new Date(t) };
    const unicode: CertIdentity = { ...punycode, names: ['bücher.example.com'] };
    expect(mayBe({ id: 'scs0000000000001', name: 'x', domain: 'bücher.example.com', sans: 'bücher.example.com;*.bücher.example.com', expire_time: at(t) }, punycode)).toBe(true);
    expect(mayBe({ id: 'scs0000000000001', name: 'x', domain: 'xn--bcher-kva.example.com', sans: 'xn--bcher-kva.example.com', expire_time: at(t) }, unicode)).toBe(true);
    expect(mayBe({ id: 'scs0000000000001', name: 'x', domain: 'xn--mnchen-3ya.example.com', sans: 'xn--mnchen-3ya.example.com', expire_time: at(t) }, unicode)).toBe(false);
  });
});

/** 100 certificates sharing the leaf's names: one a day apart from the leaf's expiry or more, one decoy on the same day. */
function crowd(): void {
  const sans = id.names;
  const certs = Array.from({ length: 99 }, (_, i) => ({
    name: `shop-${i}`, domain: id.names[0], sans,
    not_after: new Date(id.notAfter.getTime() - (i + 2) * DAY).toISOString(),
    created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  }));
  certs.push({ name: 'decoy', domain: id.names[0], sans, not_after: new Date(id.notAfter.getTime() - 3_600_000).toISOString(), created_at: new Date(Date.UTC(2025, 0, 1)).toISOString() });
  seed(at.emu.store, { certificates: certs }, new Date());
}

describe.each(['items', 'pages'] as const)('100 certificates share the domain (offset counts %s)', (unit) => {
  it('finds the copy with at most 3 list pages (4 counted in items) and 2 shows', async () => {
    at.emu.behaviour.offsetUnit = unit;
    crowd();
    const [copy] = seed(at.emu.store, { certificates: [{ name: 'the-one', pem: readFileSync(bundle.cert, 'utf8') }] }, new Date()).certificates;
    const { client } = await testClient(at.emu.url);
    const r = await findCopies(client, id);
    expect(r.copies).toEqual([{ id: copy, name: 'the-one' }]);
    expect([r.listed, r.shows]).toEqual([101, 2]);
    // Counted in items, each page overlaps the last by one certificate (list.ts): 101 take a 4th request.
    expect(r.pages).toBeLessThanOrEqual(unit === 'items' ? 4 : 3);
    expect(at.emu.store.requests.byOperation).toEqual({ list: r.pages, show: 2 });
  });
});

describe('copies, oldest first, and lookups that cannot decide', () => {
  it('a service that reports the SHA-256 fingerprint instead is matched too', async () => {
    const [copy] = seed(at.emu.store, { certificates: [{ name: 'x', domain: id.names[0], sans: id.names, not_after: id.notAfter.toISOString(), fingerprint: id.sha256 }] }, new Date()).certificates;
    const { client } = await testClient(at.emu.url);
    expect((await findCopies(client, id)).copies).toEqual([{ id: copy, name: 'x' }]);
  });

  it('reports every copy, oldest first', async () => {
    const pem = readFileSync(bundle.cert, 'utf8');
    const ids = seed(at.emu.store, { certificates: [{ name: 'a', pem }, { name: 'b', pem }] }, new Date()).certificates;
    const { client } = await testClient(at.emu.url);
    expect((await findCopies(client, id)).copies.map((c) => c.id)).toEqual(ids);
  });

  it('a page that fails after the retries: LookupError, exit 5, saying nothing was imported', async () => {
    crowd();
    at.emu.faults.add([parseFault({ op: 'list', after: 1, status: 502, times: 10 })]);
    const { client } = await testClient(at.emu.url, { retries: 1 });
    const e = (await findCopies(client, id).catch((x: unknown) => x)) as LookupError;
    expect(e).toBeInstanceOf(LookupError);
    expect(e.exitCode).toBe(5);
    expect(e.message).toMatch(/^cannot tell whether SCM already holds this certificate: could not read page 2 of the certificate list: SCM could not complete listing certificates: APIGW\.0201 Backend unavailable\. .*; nothing was imported$/);
    expect(e.hint).toBe('nothing is imported on a guess; try again later');
  });

  it('a page rejected (4xx): LookupError keeps exit 4, the code and the rejection\'s fix; refused credentials exit 3', async () => {
    crowd();
    at.emu.faults.add([parseFault({ op: 'list', after: 1, status: 400, error_code: 'SCM.0005', times: 10 })]);
    const { client, sleeps } = await testClient(at.emu.url, { retries: 3 });
    const e = (await findCopies(client, id).catch((x: unknown) => x)) as LookupError;
    expect([e.constructor, e.exitCode, e.code, sleeps.length]).toEqual([LookupError, 4, 'SCM.0005', 0]);
    expect(e.message).toMatch(/^cannot tell whether SCM already holds this certificate: could not read page 2 of the certificate list: SCM rejected listing certificates: SCM\.0005 .*; nothing was imported$/);
    expect(e.hint).toMatch(/^pass valid parameters: .*\(more: scm explain SCM\.0005\)$/);
    at.emu.faults.clear();
    at.emu.faults.add([parseFault({ op: 'list', status: 403, error_code: 'SCM.1000' })]);
    const { client: zh } = await testClient(at.emu.url, { lang: 'zh' });
    const z = (await findCopies(zh, id).catch((x: unknown) => x)) as LookupError;
    expect([z.exitCode, z.code]).toEqual([3, 'SCM.1000']);
    expect(z.message).toMatch(/^无法确定 SCM 是否已有这张证书：无法读取证书列表的第 1 页：SCM 拒绝了列出证书所用的凭证：SCM\.1000 /);
  });

  it('more certificates than the offset cap lets anyone read, and as many with the leaf\'s expiry: LookupError suggesting to prune', async () => {
    seed(at.emu.store, { certificates: Array.from({ length: 160 }, (_, i) => ({ name: `s-${i}`, domain: id.names[0], not_after: id.notAfter.toISOString() })) }, new Date());
    const { client } = await testClient(at.emu.url);
    const e = (await findCopies(client, id, { after: true }).catch((x: unknown) => x)) as LookupError;
    expect(e.message).toBe('cannot tell whether SCM holds this certificate once or twice: SCM lists 160 certificates matching shop.example.test, but its API lets scm read only 150 of them (the offset of ListCertificates stops at 100)');
    expect(e.hint).toBe('nothing is imported on a guess; try again later, or delete old certificates of shop.example.test so that fewer share its name');
  });

  it('more than the cap, but at most the cap with the leaf\'s expiry: the list in expiry order decides (latest first, then earliest first)', async () => {
    const pem = readFileSync(bundle.cert, 'utf8');
    const DAY = 86_400_000;
    // 160 others expire later than the leaf: the latest-first read never reaches it; the earliest-first read does.
    seed(at.emu.store, { certificates: Array.from({ length: 160 }, (_, i) => ({ name: `s-${i}`, domain: id.names[0], not_after: new Date(id.notAfter.getTime() + (i + 2) * DAY).toISOString() })) }, new Date());
    const [held] = seed(at.emu.store, { certificates: [{ name: 'held', pem }] }, new Date()).certificates;
    const { client } = await testClient(at.emu.url);
    const found = await findCopies(client, id);
    expect(found.copies.map((c) => c.id)).toEqual([held]);
    expect(found.projects.get(held!)).toBe('0');
  });

  it('a candidate deleted between the list and the show is not a copy; a show that fails is undecided', async () => {
    const pem = readFileSync(bundle.cert, 'utf8');
    const [gone] = seed(at.emu.store, { certificates: [{ name: 'gone', pem }] }, new Date()).certificates;
    at.emu.faults.add([parseFault({ op: 'show', answer: { status: 400, body: { error_code: 'SCM.0008', error_msg: 'Abnormal certificate ID' } } })]);
    const { client } = await testClient(at.emu.url);
    expect((await findCopies(client, id)).copies).toEqual([]);
    at.emu.faults.add([parseFault({ op: 'show', status: 500, times: 10 })]);
    const { client: other } = await testClient(at.emu.url, { retries: 0 });
    await expect(findCopies(other, id)).rejects.toThrow(/^cannot tell whether SCM already holds this certificate: SCM could not complete reading the certificate/);
    expect(gone).toMatch(/^scs\d{13}$/);
  });
});
