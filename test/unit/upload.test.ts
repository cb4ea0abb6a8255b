// uploadCertificate: never twice, never silently. With an emulator that does not honour duplicate_check, a
// first import that lands late (after the client gave up on it and re-sent) is caught by the check that
// follows every re-sent import: both ids are reported, and with ifChanged the older is kept and the newer
// deleted unless something may use it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identityOf } from '../../src/api/cert-identity.js';
import { uploadCertificate } from '../../src/api/upload.js';
import { parseFault } from '../../src/emulator/faults.js';
// Loaded here, not by the first import a test sends (the emulator loads its checks lazily): code that runs
// when the validator loads then belongs to no test, and Stryker reports its mutants as static instead of
// running them against that one test, with the validator already loaded (docs/mutation.md).
import '../../src/emulator/checks.js';
import { seed } from '../../src/emulator/seed.js';
import { makeBundle, testClient, type Bundle } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

let b: Bundle;
const read = (p: string): string => readFileSync(p, 'utf8');
const body = () => ({ name: 'app-example', certificate: read(b.cert), certificate_chain: read(b.chain), private_key: b.keyPem, duplicate_check: false });
const at = useEmulator('upload', { behaviour: { duplicateCheck: 'ignore' } }, (dir) => {
  b = makeBundle(join(dir, 'b'));
});

/**
 * The first import lands 2.2 s in, after the client (1.5 s timeout) gave up, looked, found nothing and
 * re-sent; the check after the re-send is answered 1.2 s later (within the timeout), when both copies are
 * there. Margins of 0.3 s and more everywhere: a slow machine does not turn the late copy into a found one.
 */
function lateFirstAttempt(listsBefore: number): void {
  at.emu.faults.add([parseFault({ op: 'import', delay_ms: 2200 }), parseFault({ op: 'list', after: listsBefore, delay_ms: 1200 })]);
}
const TIMEOUT = 1500;

describe('a late first attempt', () => {
  it('is reported with both ids', async () => {
    // The look before the import, then the lookup after the timeout: the third list is the check.
    lateFirstAttempt(2);
    const { client } = await testClient(at.emu.url, { timeoutMs: TIMEOUT });
    const phases: string[] = [];
    const r = await uploadCertificate(client, body(), { identity: identityOf(read(b.cert)), onPhase: (p) => phases.push(p) });
    const ids = at.emu.store.all().map((c) => c.id).sort();
    expect(ids).toHaveLength(2);
    expect(r).toMatchObject({ certificateId: ids[0], changed: true, recovered: false, otherCopies: [ids[1]], deleted: [] });
    expect(phases).toEqual(['check', 'import', 'verify']);
  });

  it('with ifChanged: the older is kept, the newer deleted', async () => {
    lateFirstAttempt(2);
    const { client } = await testClient(at.emu.url, { timeoutMs: TIMEOUT });
    const r = await uploadCertificate(client, body(), { identity: identityOf(read(b.cert)), ifChanged: true });
    const left = at.emu.store.all().map((c) => c.id);
    expect(left).toHaveLength(1);
    expect(r).toMatchObject({ certificateId: left[0], changed: true, otherCopies: [], keptDeployed: [] });
    expect(r.deleted).toHaveLength(1);
    expect(r.deleted[0]! > left[0]!).toBe(true);
  });

  it('with ifChanged: a newer copy whose delete SCM answered 202 and still shows is not said deleted', async () => {
    lateFirstAttempt(2);
    at.emu.faults.add([parseFault({ op: 'delete', answer: { status: 202 } })]);
    const { client } = await testClient(at.emu.url, { timeoutMs: TIMEOUT });
    const r = await uploadCertificate(client, body(), { identity: identityOf(read(b.cert)), ifChanged: true });
    const ids = at.emu.store.all().map((c) => c.id).sort();
    expect(ids).toHaveLength(2);
    expect(r).toMatchObject({ certificateId: ids[0], deleted: [], otherCopies: [ids[1]] });
  });

  it('with ifChanged: a newer copy SCM cannot vouch for (a region it cannot count) is kept and reported', async () => {
    seed(at.emu.store, { unreliable: [{ service: 'ELB', region: 'cn-north-4' }] }, new Date());
    lateFirstAttempt(2);
    const { client } = await testClient(at.emu.url, { timeoutMs: TIMEOUT });
    const r = await uploadCertificate(client, body(), { identity: identityOf(read(b.cert)), ifChanged: true });
    expect(at.emu.store.all()).toHaveLength(2);
    expect(r.deleted).toEqual([]);
    expect(r.keptDeployed).toHaveLength(1);
    expect(r.otherCopies).toEqual(r.keptDeployed);
  });

  it('a check that cannot finish does not undo the import: said in `unverified`', async () => {
    at.emu.faults.add([parseFault({ op: 'import', action: 'drop' }), parseFault({ op: 'list', after: 2, status: 503, times: 10 })]);
    const { client } = await testClient(at.emu.url, { retries: 1 });
    const r = await uploadCertificate(client, body(), { identity: identityOf(read(b.cert)) });
    expect(r.certificateId).toBe(at.emu.store.all()[0]!.id);
    expect(r.unverified).toMatch(/^cannot tell whether SCM holds this certificate once or twice: could not read page 1/);
  });
});

describe('ifChanged', () => {
  it('finds the oldest copy and imports nothing', async () => {
    const pem = read(b.cert);
    const ids = seed(at.emu.store, { certificates: [{ name: 'old', pem }, { name: 'older-dup', pem }] }, new Date()).certificates;
    const { client } = await testClient(at.emu.url);
    const r = await uploadCertificate(client, body(), { identity: identityOf(pem), ifChanged: true });
    expect(r).toMatchObject({ certificateId: ids[0], changed: false, otherCopies: [ids[1]] });
    expect(at.emu.store.requests.byOperation.import).toBeUndefined();
  });
});
