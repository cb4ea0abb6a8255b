// `delete` and a 404 that is not SCM's: only SCM's own "not held" (SCM.0008, or a 404 with an SCM code) means
// already deleted. A proxy's HTML 404 page or an empty 404 is not about the certificate: ShowCertificate
// decides (gone: already deleted; held or no answer: failed, the others go on).
// hunt4-api finding 7.
import { describe, expect, it } from 'vitest';
import { deleteMany } from '../../src/api/delete.js';
import { parseFault } from '../../src/emulator/faults.js';
import { seed } from '../../src/emulator/seed.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

const at = useEmulator('delete-404');
const ids = (n: number): string[] => seed(at.emu.store, { certificates: Array.from({ length: n }, (_, i) => ({ name: `c${i}`, domain: 'c.example.test' })) }, new Date()).certificates;
const noPause = { intervalMs: 0 };
const ops = () => at.emu.store.requests.byOperation;
const page = { status: 404, body: '<html><body>404 Not Found</body></html>' };

describe('a 404 to DeleteCertificate', () => {
  it('a proxy page while SCM still holds it: failed (exit 4), still held, and the next one is deleted', async () => {
    const [a, b] = ids(2);
    at.emu.faults.add([parseFault({ op: 'delete', answer: page })]);
    const { client } = await testClient(at.emu.url);
    const r = await deleteMany(client, [a!, b!], noPause);
    expect(r.results.map((x) => [x.id, x.result, x.error?.exitCode ?? null])).toEqual([[a, 'failed', 4], [b, 'deleted', null]]);
    expect([r.stoppedBy, at.emu.store.get(a!)?.id, ops().show, ops().delete]).toEqual([undefined, a, 1, 2]);
  });

  it('an empty 404 where ShowCertificate says SCM.0008: already deleted; APIGW.0101 (no such API) stays a failure', async () => {
    at.emu.faults.add([parseFault({ op: 'delete', answer: { status: 404 } })]);
    const { client } = await testClient(at.emu.url);
    expect((await deleteMany(client, ['scs1700000000009'], noPause)).results.map((x) => x.result)).toEqual(['already-deleted']);
    at.emu.faults.add([parseFault({ op: 'delete', status: 404, error_code: 'APIGW.0101' })]);
    const gw = await deleteMany(client, ['scs1700000000009'], noPause);
    expect([gw.results[0]!.result, gw.results[0]!.error?.exitCode]).toEqual(['failed', 4]);
    expect([ops().show, ops().delete]).toEqual([1, 2]);
  });

  it('the proxy answers ShowCertificate with its page too: failed, never "already deleted"', async () => {
    const [a] = ids(1);
    at.emu.faults.add([parseFault({ op: 'delete', answer: page }), parseFault({ op: 'show', answer: page })]);
    const { client } = await testClient(at.emu.url);
    const r = await deleteMany(client, [a!], noPause);
    expect([r.results[0]!.result, r.results[0]!.error?.exitCode, at.emu.store.get(a!)?.id]).toEqual(['failed', 4, a]);
  });

  it("SCM's own answer (SCM.0008, or a 404 with an SCM code) is taken at its word: no ShowCertificate", async () => {
    for (const fault of [{ status: 400, error_code: 'SCM.0008' }, { status: 404, error_code: 'SCM.0008' }, { answer: { status: 404, body: { error_code: 'SCM.0021', error_msg: 'certificate not exist' } } }]) {
      at.emu.faults.add([parseFault({ op: 'delete', ...fault })]);
      const { client } = await testClient(at.emu.url);
      expect((await deleteMany(client, ['scs1700000000009'], noPause)).results[0]!.result).toBe('already-deleted');
    }
    expect([ops().show, ops().delete]).toEqual([undefined, 3]);
  });
});
