// ImportCertificate is not idempotent: importSafely against the in-process emulator's faults, proving it never
// stores a certificate twice (lost answers are found by fingerprint; only safe cases are re-sent).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BadResponseError } from '../../src/api/exchange-errors.js';
import { identityOf } from '../../src/api/cert-identity.js';
import { importSafely } from '../../src/api/import.js';
import { parseFault } from '../../src/emulator/faults.js';
// Loaded here, not by the first import a test sends (the emulator loads its checks lazily): code that runs
// when the validator loads then belongs to no test, and Stryker reports its mutants as static instead of
// running them against that one test, with the validator already loaded (docs/mutation.md).
import '../../src/emulator/checks.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { makeBundle, testClient, TEST_AK, TEST_SK, type Bundle } from '../helpers/emulator.js';

let emu: Emulator;
let dir: string;
let good: Bundle;
const read = (p: string): string => readFileSync(p, 'utf8');
const importBody = (b: Bundle) => ({ name: 'app-example', certificate: read(b.cert), certificate_chain: read(b.chain), private_key: b.keyPem, duplicate_check: false });
// The client's timeout in the tests that cut an attempt off. The emulator shares this process's event loop, so on
// a loaded machine a look-up that should answer at once can take a few hundred milliseconds: the delays that
// must outlast the timeout are multiples of it, and the timeout is long enough for an undelayed answer.
const CUT_MS = 400;
/** Waits for a condition on the emulator (no timing assertion: it only bounds how long a test may hang). */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(cond()).toBe(true);
}
/** The error an import ends with; an import that succeeds fails the test (a caught value is no hint to read). */
const refusal = (p: Promise<unknown>): Promise<{ hint?: string }> =>
  p.then((r) => { throw new Error(`the import was expected to fail, and it returned ${JSON.stringify(r)}`); }, (e: unknown) => e as { hint?: string });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-import-'));
  good = makeBundle(join(dir, 'good'));
  emu = await startEmulator({ port: 0, keys: [{ ak: TEST_AK, sk: TEST_SK }], tokens: [] });
});
afterAll(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  emu.store.clear();
  emu.faults.clear();
});

describe('importSafely never imports twice', () => {
  async function client() {
    const { client: c, retries: notes } = await testClient(emu.url, { retries: 2 });
    const run = () => importSafely(c, importBody(good), { identity: identityOf(read(good.cert)) });
    return { run, notes };
  }

  it('answer lost after the import was stored: finds it by fingerprint instead of re-sending', async () => {
    emu.faults.add([parseFault({ op: 'import', action: 'drop-after-commit' })]);
    const { run, notes } = await client();
    const r = await run();
    expect(r).toMatchObject({ recovered: true, certificate_id: emu.store.all()[0]!.id });
    expect(emu.store.all()).toHaveLength(1);
    expect(emu.store.requests.byOperation.import).toBe(1);
    expect(notes[0]).toMatch(/looking for the certificate in SCM before trying again/);
  });

  it('answer lost and the lookup refused (401): the hint says why the lookup failed', async () => {
    emu.faults.add([parseFault({ op: 'import', action: 'drop-after-commit' }), parseFault({ op: 'list', status: 401 })]);
    const { run } = await client();
    const e = await refusal(run());
    expect(e.hint).toMatch(/^the import may have succeeded and the lookup failed \(.*APIGW\.0301.*\); rerun with --if-changed/);
    expect(emu.store.requests.byOperation.import).toBe(1);
  });

  it('a 503 that stored nothing: looks, finds nothing, sends again once', async () => {
    emu.faults.add([parseFault({ op: 'import', status: 503 })]);
    const { run } = await client();
    expect((await run()).recovered).toBe(false);
    expect(emu.store.all()).toHaveLength(1);
    expect(emu.store.requests.byOperation).toMatchObject({ import: 2, list: 1 });
  });

  it('a timeout while SCM is still storing it: exactly one copy, whichever request lands first', async () => {
    emu.faults.add([parseFault({ op: 'import', delay_ms: CUT_MS * 3 })]);
    const { client: c } = await testClient(emu.url, { retries: 2, timeoutMs: CUT_MS });
    const r = await importSafely(c, importBody(good), { identity: identityOf(read(good.cert))});
    // The first request is still being handled by the emulator: wait until it has answered (into the void).
    await until(() => emu.store.inFlight === 0);
    expect(emu.store.all()).toHaveLength(1);
    expect(r.certificate_id).toBe(emu.store.all()[0]!.id);
  });

  describe('a server that ignores duplicate_check, and a first attempt cut off by the timeout', () => {
    beforeEach(() => void (emu.behaviour.duplicateCheck = 'ignore'));
    afterAll(() => void (emu.behaviour.duplicateCheck = 'honour'));

    it('waits before looking, so a first attempt that lands meanwhile is found, not imported again', async () => {
      emu.faults.add([parseFault({ op: 'import', delay_ms: CUT_MS * 3, times: 1 })]);
      const { client: c, retry, retries: notes } = await testClient(emu.url, { retries: 2, timeoutMs: CUT_MS });
      // The backoff is where the first attempt gets its time to land: here it lasts until the emulator answered it
      // (received first: on a loaded machine the attempt may be cut off before the emulator has even read it).
      retry.sleep = async () => until(() => emu.store.requests.byOperation.import === 1 && emu.store.inFlight === 0);
      const r = await importSafely(c, importBody(good), { identity: identityOf(read(good.cert)) });
      expect(emu.store.all()).toHaveLength(1);
      expect(emu.store.requests.byOperation.import).toBe(1);
      expect(r).toMatchObject({ recovered: true, certificate_id: emu.store.all()[0]!.id, mayStillLand: false });
      expect(notes[0]).toMatch(/it may still be landing: waiting \d+\.\ds, then looking for the certificate in SCM before trying again$/);
    });

    it('re-sent after a timed-out attempt that was not found: mayStillLand, as no check can rule out its late copy', async () => {
      emu.faults.add([parseFault({ op: 'import', action: 'drop', times: 1 })]);
      const { client: c } = await testClient(emu.url, { retries: 2, timeoutMs: CUT_MS });
      const r = await importSafely(c, importBody(good), { identity: identityOf(read(good.cert)) });
      expect(r).toMatchObject({ resentAfterUnknown: true, mayStillLand: false });
      emu.store.clear();
      emu.faults.clear();
      emu.faults.add([parseFault({ op: 'import', delay_ms: CUT_MS * 2, action: 'drop', times: 1 })]);
      const again = await testClient(emu.url, { retries: 2, timeoutMs: CUT_MS });
      expect(await importSafely(again.client, importBody(good), { identity: identityOf(read(good.cert)) })).toMatchObject({ resentAfterUnknown: true, mayStillLand: true });
    });

    it('the last attempt cut off too (--retries 0): the backoff is still waited before the look, and a late landing is found', async () => {
      emu.faults.add([parseFault({ op: 'import', delay_ms: CUT_MS * 3, times: 1 })]);
      const { client: c, retry } = await testClient(emu.url, { retries: 0, timeoutMs: CUT_MS });
      retry.sleep = async () => until(() => emu.store.requests.byOperation.import === 1 && emu.store.inFlight === 0);
      const r = await importSafely(c, importBody(good), { identity: identityOf(read(good.cert)) });
      expect(r).toMatchObject({ recovered: true, certificate_id: emu.store.all()[0]!.id });
      expect(emu.store.requests.byOperation.import).toBe(1);
    });

    it('the last attempt cut off and not found yet: never "safe to run again", as it may still be stored', async () => {
      emu.faults.add([parseFault({ op: 'import', delay_ms: CUT_MS * 3, times: 1 })]);
      const { client: c } = await testClient(emu.url, { retries: 0, timeoutMs: CUT_MS });
      const e = await refusal(importSafely(c, importBody(good), { identity: identityOf(read(good.cert)) }));
      expect(e.hint).toMatch(/may still be stored/);
      expect(e.hint).toMatch(/--if-changed/);
      expect(e.hint).not.toMatch(/safe/);
      await until(() => emu.store.inFlight === 0);
      expect(emu.store.all()).toHaveLength(1);
    });

    it('a copy found after a re-sent attempt that was cut off too: mayStillLand, as the other attempt may yet land', async () => {
      // Each attempt lands seven timeouts after it is sent: long after the first look, however slow the machine.
      emu.faults.add([parseFault({ op: 'import', delay_ms: CUT_MS * 7, times: 2 })]);
      const { client: c, retry } = await testClient(emu.url, { retries: 2, timeoutMs: CUT_MS });
      let looks = 0;
      // The first look comes before the first attempt lands; the second after it (the re-sent one still running).
      retry.sleep = async () => (++looks === 2 ? until(() => emu.store.all().length === 1) : undefined);
      const r = await importSafely(c, importBody(good), { identity: identityOf(read(good.cert)) });
      expect(r).toMatchObject({ recovered: true, resentAfterUnknown: true, mayStillLand: true });
      expect(emu.store.requests.byOperation.import).toBe(2);
      await until(() => emu.store.inFlight === 0);
    });
  });

  it('SCM refusing a duplicate (duplicate_check=false) yields the id it already holds', async () => {
    const { run } = await client();
    const first = await run();
    const again = await run();
    expect(again).toMatchObject({ certificate_id: first.certificate_id, duplicate: true, recovered: false });
    expect(emu.store.all()).toHaveLength(1);
  });

  it('a known code whose words say it is already there (400 SCM.0010 "The certificate already exists", 409 SCM.0020 "duplicate certificate") is checked by fingerprint: the id SCM holds', async () => {
    const { run } = await client();
    const first = await run();
    for (const [status, code, msg] of [[400, 'SCM.0010', 'The certificate already exists.'], [400, 'SCM.0031', '证书已存在，请勿重复上传'], [409, 'SCM.0020', 'duplicate certificate']] as const) {
      emu.faults.clear();
      emu.faults.add([parseFault({ op: 'import', status, error_code: code, error_msg: msg })]);
      expect(await run(), code).toMatchObject({ certificate_id: first.certificate_id, duplicate: true, recovered: false });
    }
    expect(emu.store.all()).toHaveLength(1);
  });

  it('other rejections stay errors after the fingerprint check', async () => {
    const { client: c } = await testClient(emu.url);
    const e = await importSafely(c, { ...importBody(good), name: 'x' }, { identity: identityOf(read(good.cert))}).catch((x: unknown) => x);
    expect(e).toMatchObject({ exitCode: 4, errorCode: 'SCM.0032' });
  });

  it('a rejection naming another cause is not taken for a duplicate, even when SCM holds the certificate', async () => {
    const { client: c } = await testClient(emu.url);
    const identity = identityOf(read(good.cert));
    await importSafely(c, importBody(good), { identity});
    const other = makeBundle(join(dir, 'other-key'));
    const e = await importSafely(c, { ...importBody(good), private_key: other.keyPem }, { identity}).catch((x: unknown) => x);
    expect(e).toMatchObject({ exitCode: 4, errorCode: 'SCM.0014' });
    expect(emu.store.requests.byOperation.list).toBeUndefined();
  });

  it('429 (throttled before SCM saw it) is re-sent without a lookup', async () => {
    emu.faults.add([parseFault({ op: 'import', status: 429, retry_after: 0 })]);
    const { run } = await client();
    await run();
    expect(emu.store.requests.byOperation.list).toBeUndefined();
    expect(emu.store.all()).toHaveLength(1);
  });

  it('a 200 without certificate_id: lookup, then a clear exit-5 error; malformed JSON after storing: recovered', async () => {
    emu.faults.add([parseFault({ op: 'import', action: 'no-id' })]);
    const { run } = await client();
    const e = (await run().catch((x: unknown) => x)) as BadResponseError;
    expect(e).toBeInstanceOf(BadResponseError);
    expect(e.exitCode).toBe(5);
    expect(e.message).toMatch(/HTTP 200 but no certificate_id/);
    // Looked up and not found: the hint says so, and how to rerun without risking a copy (never "safe to run again").
    expect(e.hint).toBe('the certificate was not in SCM when looked up by fingerprint, but the import may still appear there (its outcome is unknown): in a minute, run the upload again with --if-changed, which uploads only if it is not in SCM');
    emu.faults.add([parseFault({ op: 'import', action: 'malformed-json' })]);
    expect((await run()).recovered).toBe(true);
    expect(emu.store.all()).toHaveLength(1);
  });
});
