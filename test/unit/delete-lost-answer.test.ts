// A delete whose answer was lost (504 after SCM deleted it, a timeout) is retried; the retry's "not held" is
// then this run's delete, reported as deleted (with a note), never as "already deleted". A "not held" at the
// first attempt, or after a failure that cannot have taken effect (429, a gateway-only code), stays
// "already deleted". Rendered in both languages; --json lists it in `deleted`.
import { describe, expect, it } from 'vitest';
import { deleteMany } from '../../src/api/delete.js';
import { planDelete } from '../../src/core/inventory/index.js';
import { deleteJson, renderDeletions } from '../../src/commands/delete/render.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { PLAIN } from '../../src/io/style.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

const at = useEmulator('delete-lost');
const ids = (n: number): string[] => seed(at.emu.store, { certificates: Array.from({ length: n }, (_, i) => ({ name: `c${i}`, domain: 'c.example.test' })) }, new Date()).certificates;
const noPause = { intervalMs: 0 };

describe('a delete whose first answer was lost', () => {
  it('504 APIGW.0201 after SCM deleted it, then SCM.0008 on the retry: deleted, answerLost, one retry', async () => {
    const [a, b] = ids(2);
    at.emu.faults.add([parseFault({ op: 'delete', status: 504, error_code: 'APIGW.0201', commit: true })]);
    const { client, sleeps } = await testClient(at.emu.url);
    const r = await deleteMany(client, [a!, b!], noPause);
    expect(r.results.map((x) => [x.id, x.result, x.answerLost ?? null, x.error ?? null])).toEqual([[a, 'deleted', true, null], [b, 'deleted', null, null]]);
    expect([r.stoppedBy, sleeps.length, at.emu.store.requests.byOperation.delete, at.emu.store.get(a!), at.emu.store.get(b!)]).toEqual([undefined, 1, 3, undefined, undefined]);
  });

  it('504 after SCM deleted it, then 502 on every retry: ShowCertificate finds it gone, so deleted (looked up), and the batch goes on', async () => {
    const [a, b] = ids(2);
    at.emu.faults.add([parseFault({ op: 'delete', status: 504, error_code: 'APIGW.0201', commit: true }), parseFault({ op: 'delete', after: 1, status: 502, error_code: 'APIGW.0201', times: 10 })]);
    const { client } = await testClient(at.emu.url, { retries: 1 });
    const r = await deleteMany(client, [a!, b!], noPause);
    expect(r.results[0]).toEqual({ id: a, result: 'deleted', answerLost: true, lookedUp: true });
    expect(r.results[1]!.result).toBe('failed');
    expect(at.emu.store.get(a!)).toBeUndefined();
    const [decision] = planDelete([a!], new Map([[a!, { certificateId: a!, total: 0, resources: [], unreliable: [] }]]), { force: false });
    const rows = [{ decision: decision!, outcome: r.results[0]! }];
    expect(renderDeletions(rows, { lang: 'en', style: PLAIN })).toContain(`${a}  deleted (the answers were lost; ShowCertificate then found it gone)`);
    expect(renderDeletions(rows, { lang: 'zh', style: PLAIN })).toContain('已删除（应答丢失；随后用 `ShowCertificate` 查询，证书已不存在）');
    expect(deleteJson(rows, false)).toMatchObject({ results: [{ id: a, result: 'deleted', error: null }], deleted: [a] });
  });

  it('502 on every attempt and SCM still holds it: failed, after one look', async () => {
    const [a] = ids(1);
    at.emu.faults.add([parseFault({ op: 'delete', status: 502, error_code: 'APIGW.0201', times: 10 })]);
    const { client } = await testClient(at.emu.url, { retries: 1 });
    const r = await deleteMany(client, [a!], noPause);
    expect([r.results[0]!.result, r.results[0]!.error?.exitCode, at.emu.store.requests.byOperation.show]).toEqual(['failed', 5, 1]);
    expect(at.emu.store.get(a!)).toBeDefined();
  });

  it('the connection lost after SCM deleted it, then "not held": deleted', async () => {
    const [a] = ids(1);
    at.emu.faults.add([parseFault({ op: 'delete', action: 'drop-after-commit' })]);
    const { client } = await testClient(at.emu.url);
    const r = await deleteMany(client, [a!], noPause);
    expect(r.results.map((x) => [x.result, x.answerLost ?? null])).toEqual([['deleted', true]]);
  });

  it('"not held" at once, or after a 429 or a gateway-only failure: already deleted', async () => {
    at.emu.faults.add([parseFault({ op: 'delete', after: 1, status: 429, error_code: 'APIGW.0308' }), parseFault({ op: 'delete', after: 2, status: 503, error_code: 'APIGW.0302' })]);
    const { client } = await testClient(at.emu.url);
    const r = await deleteMany(client, ['scs1111111111111', 'scs2222222222222', 'scs3333333333333'], noPause);
    expect(r.results.map((x) => [x.result, x.answerLost ?? null])).toEqual([['already-deleted', null], ['already-deleted', null], ['already-deleted', null]]);
    expect(at.emu.store.requests.byOperation.delete).toBe(5);
  });

  it('the row says the answer was lost (both languages); --json: result deleted, listed in deleted', async () => {
    const [a] = ids(1);
    at.emu.faults.add([parseFault({ op: 'delete', status: 504, error_code: 'APIGW.0201', commit: true })]);
    const { client } = await testClient(at.emu.url);
    const { results } = await deleteMany(client, [a!], noPause);
    const [decision] = planDelete([a!], new Map([[a!, { certificateId: a!, total: 0, resources: [], unreliable: [] }]]), { force: false });
    const rows = [{ decision: decision!, outcome: results[0]! }];
    expect(renderDeletions(rows, { lang: 'en', style: PLAIN })).toMatch(new RegExp(`^${a}  deleted \\(the answer to the first attempt was lost; the retry found it gone\\)  not deployed anywhere\\s*$`, 'm'));
    expect(renderDeletions(rows, { lang: 'zh', style: PLAIN })).toContain('已删除（第一次请求的应答丢失，重试时证书已不存在）');
    expect(deleteJson(rows, false)).toMatchObject({ results: [{ id: a, result: 'deleted', error: null }], deleted: [a] });
  });
});
