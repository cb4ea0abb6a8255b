// A delete answered 202 (accepted, not done) or 207 (a partial result) was counted as deleted: any 2xx was. SCM's
// delete answers 204 (or 200) when it is done; another success status is "deleted" only once ShowCertificate
// finds the certificate gone (the row names the status); still there, the delete failed, exit 5, and the batch
// stops, saying how to check. Rendered in both languages.
import { describe, expect, it } from 'vitest';
import { deleteMany } from '../../src/api/delete.js';
import { planDelete } from '../../src/core/inventory/index.js';
import { renderDeletions } from '../../src/commands/delete/render.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { PLAIN } from '../../src/io/style.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

const at = useEmulator('delete-accepted');
const ids = (n: number): string[] => seed(at.emu.store, { certificates: Array.from({ length: n }, (_, i) => ({ name: `c${i}`, domain: 'c.example.test' })) }, new Date()).certificates;
const noPause = { intervalMs: 0 };

describe('a delete answered with a success status that does not say it is done', () => {
  it.each([202, 207])('%i and SCM still holds it: failed (exit 5), not deleted, the batch stops', async (status) => {
    const [a, b] = ids(2);
    at.emu.faults.add([parseFault({ op: 'delete', answer: { status, body: {} } })]);
    const { client } = await testClient(at.emu.url);
    const r = await deleteMany(client, [a!, b!], noPause);
    expect(r.results.map((x) => x.result)).toEqual(['failed', 'not-attempted']);
    const e = r.results[0]!.error!;
    expect([e.exitCode, r.stoppedBy]).toEqual([5, e]);
    expect(e.message).toContain(`SCM answered the delete of ${a} with HTTP ${status}, not the 204 or 200 of a delete done, and ShowCertificate still finds it: it may not be deleted (yet)`);
    expect(e.hint).toContain(`'scm show ${a}'`);
    expect([at.emu.store.get(a!) !== undefined, at.emu.store.get(b!) !== undefined, at.emu.store.requests.byOperation.show]).toEqual([true, true, 1]);
    const { client: zh } = await testClient(at.emu.url, { lang: 'zh' });
    at.emu.faults.add([parseFault({ op: 'delete', answer: { status, body: {} } })]);
    const z = await deleteMany(zh, [a!], noPause);
    expect(z.results[0]!.error!.message).toContain(`SCM 对删除 ${a} 的应答是 HTTP ${status}，而不是表示删除完成的 204 或 200，且 \`ShowCertificate\` 仍能查到它`);
  });

  it('202 and ShowCertificate finds it gone: deleted, the row naming the status; 204 and 200 need no look', async () => {
    const [a, b, c] = ids(3);
    // Accepted and done by the time scm looks: the emulator answers 202 without deleting; the store then loses it.
    at.emu.faults.add([parseFault({ op: 'delete', answer: { status: 202 } })]);
    const { client } = await testClient(at.emu.url);
    const gone = at.emu.store.remove.bind(at.emu.store);
    const r = await deleteMany(client, [a!], { ...noPause, onStep: () => void gone(a!) });
    expect(r.results[0]).toMatchObject({ id: a, result: 'deleted', confirmed: 202 });
    expect(r.results[0]!.answerLost).toBeUndefined();
    const [decision] = planDelete([a!], new Map([[a!, { certificateId: a!, total: 0, resources: [], unreliable: [] }]]), { force: false });
    const rows = [{ decision: decision!, outcome: r.results[0]! }];
    expect(renderDeletions(rows, { lang: 'en', style: PLAIN })).toContain(`${a}  deleted (SCM answered HTTP 202; ShowCertificate then found it gone)`);
    expect(renderDeletions(rows, { lang: 'zh', style: PLAIN })).toContain('已删除（SCM 应答 HTTP 202；随后用 `ShowCertificate` 查询，证书已不存在）');
    const shows = at.emu.store.requests.byOperation.show ?? 0;
    at.emu.faults.add([parseFault({ op: 'delete', answer: { status: 200 } })]);
    const plain = await deleteMany(client, [b!, c!], noPause);
    expect(plain.results.map((x) => x.result)).toEqual(['deleted', 'deleted']);
    expect(at.emu.store.requests.byOperation.show ?? 0).toBe(shows);
  });
});
