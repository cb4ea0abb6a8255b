// `scm check TARGET --expect ID` where ShowCertificate gives no fingerprint check can compare by (a service, or an
// emulator, that leaves the documented `fingerprint` out): the certificate is read with ExportCertificate and
// compared by its SHA-256, so that a rotation is still proved; before, every such check was "cannot be compared"
// (exit 1). The private key of the export is never printed.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { cliRecorder, leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let fresh: Bundle;
let old: Bundle;
let id: string;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));

beforeAll(async () => ({ dir, fresh, old, emu } = await rotationWorld('check-expect-exported')), 60_000);
afterAll(async () => leaveWorld(emu, dir));

beforeEach(async () => {
  await emu.reset();
  [id] = (await emu.seed({ certificates: [{ name: 'new', pem: readFileSync(fresh.cert, 'utf8'), chain: readFileSync(fresh.chain, 'utf8'), private_key: fresh.keyPem }] })).certificates as [string];
  // ShowCertificate as such a service answers it: every field but the fingerprint.
  await emu.fault({ op: 'show', times: 5, answer: { status: 200, body: { id, name: 'new', domain: 'example.com', sans: 'example.com;www.example.com', status: 'UPLOAD', not_after: '2099-01-01 00:00:00.0' } } });
});

it('the served (here: a file\'s) leaf is that certificate: exit 0, compared by SHA-256', async () => {
  const r = await run(['check', fresh.cert, '--expect', id, '--json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).targets[0]).toMatchObject({ ok: true, expect: { what: id, matches: true } });
  expect(r.stdout + r.stderr).not.toContain('PRIVATE KEY');
  expect((await emu.state()).requests.byOperation.export).toBe(1);
});

it('another certificate: expect-mismatch with both fingerprints (exit 1)', async () => {
  const r = await run(['check', old.cert, '--expect', id]);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(new RegExp(`✗ is not ${id}: SHA-256 [0-9a-f]{64}, expected [0-9a-f]{64}\\n`));
});

it('the export refused too: cannot be compared, as before (exit 1)', async () => {
  await emu.fault({ op: 'export', status: 403, times: 5 });
  const r = await run(['check', fresh.cert, '--expect', id]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(`✗ cannot be compared with ${id}: no common fingerprint\n`);
});
