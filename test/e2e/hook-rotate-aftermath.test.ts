// `scm upload --from lego --rotate`, as a renewal hook runs it, through the built binary, after the rotation:
// the OLD line of a certificate nothing uses any more names a command that works (`scm rotate --domain D --to NEW
// --delete-old`: upload has no --delete-old), and running it deletes the old one; --json has the contract's
// top-level certificate_id (absent, as plain upload --dry-run, while there is no id); and a deployment whose
// outcome is unknown (connection dropped, the look-up dropped too) is `failed` with reason `unconfirmed`, never
// `rejected` (SCM refused nothing), and exits 5.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRecorder, leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
let fresh: Bundle;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));
const lego = () => ({ LEGO_CERT_PATH: fresh.fullchain, LEGO_CERT_KEY_PATH: fresh.key, LEGO_CERT_DOMAIN: 'example.com' });

beforeAll(async () => ({ dir, old, fresh, emu } = await rotationWorld('hook-rotate-after')), 60_000);
afterAll(() => leaveWorld(emu, dir));

/** The old certificate in SCM, on one ELB certificate: the renewal's world. */
async function seedOld(): Promise<string> {
  const [id] = (await emu.seed({ certificates: [{ name: 'r-old', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] })).certificates as [string];
  await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'relb', certificate_id: id }] });
  return id;
}

describe('upload --from lego --rotate: after a rotation that succeeded', () => {
  let oldId: string;
  let newId: string;
  beforeAll(async () => void (oldId = await seedOld()));

  it('--json --dry-run before the upload: no certificate_id, as plain upload --dry-run --json', async () => {
    const plain = await run(['upload', '--from', 'lego', '--dry-run', '--json'], { env: lego() });
    const rotation = await run(['upload', '--from', 'lego', '--rotate', '--dry-run', '--json'], { env: lego() });
    expect([plain.code, rotation.code]).toEqual([0, 0]);
    expect(JSON.parse(plain.stdout)).not.toHaveProperty('certificate_id');
    expect(JSON.parse(rotation.stdout)).not.toHaveProperty('certificate_id');
  });

  it('the OLD line names the scm rotate command that deletes it, not an option upload does not have', async () => {
    const r = await run(['upload', '--from', 'lego', '--rotate'], { env: lego() });
    expect(r.code, r.stderr).toBe(0);
    newId = (await emu.state()).certificates.find((c) => c.id !== oldId)!.id;
    expect(r.stdout).toContain(`${oldId}: no longer used (scm rotate --domain example.com --to ${newId} --delete-old deletes it)\n`);
    expect(r.stdout).not.toContain('add --delete-old');
  });

  it('--json: certificate_id is the new id, and kept says the same command', async () => {
    const r = await run(['upload', '--from', 'lego', '--rotate', '--json'], { env: lego() });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.certificate_id, doc.new]).toEqual([newId, newId]);
    expect(doc.kept).toEqual([{ id: oldId, reason: 'not-asked', message: `no longer used (scm rotate --domain example.com --to ${newId} --delete-old deletes it)` }]);
  });

  it('--json --dry-run once SCM holds the new certificate: certificate_id is its id', async () => {
    const r = await run(['upload', '--from', 'lego', '--rotate', '--dry-run', '--json'], { env: lego() });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).certificate_id).toBe(newId);
  });

  it('in Chinese too', async () => {
    const r = await run(['upload', '--from', 'lego', '--rotate'], { env: { ...lego(), LANG: 'zh_CN.UTF-8' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${oldId}：已不再使用（运行 \`scm rotate --domain example.com --to ${newId} --delete-old\` 可删除）\n`);
  });

  it('the command it names works: it deletes the old certificate, and upload is left unchanged', async () => {
    const r = await run(['rotate', '--domain', 'example.com', '--to', newId, '--delete-old']);
    expect(r.code, r.stderr).toBe(0);
    expect((await emu.state()).certificates.map((c) => c.id)).toEqual([newId]);
    const usage = await run(['upload', '--from', 'lego', '--rotate', '--delete-old'], { env: lego() });
    expect(usage.code).toBe(2);
  });
});

describe('upload --from lego --rotate: a deployment whose outcome is unknown', () => {
  beforeAll(async () => {
    await emu.reset();
    await seedOld();
  });

  it('connection dropped after SCM took it, and every look-up dropped too: failed, reason unconfirmed (not rejected), exit 5', async () => {
    // The look-up before the deployments answers; the one after the dropped deploy, and the check, do not.
    await emu.fault([{ op: 'deploy', action: 'drop-after-commit' }, { op: 'deployed-resources', action: 'drop', after: 1, times: 100 }]);
    const r = await run(['upload', '--from', 'lego', '--rotate', '--json', '--retries', '0'], { env: lego() });
    expect(r.code, r.stderr).toBe(5);
    const doc = JSON.parse(r.stdout);
    expect(doc.certificate_id).toBe(doc.new);
    expect(doc.resources.map((x: { resource: string; result: string; reason: string }) => [x.resource, x.result, x.reason])).toEqual([['relb', 'failed', 'unconfirmed']]);
    expect(doc.resources[0].message).toMatch(/^not confirmed: /);
    expect(JSON.parse(r.stderr.trim().split('\n').pop()!).error.exitCode).toBe(5);
  });

  it('in Chinese: the row says it was not confirmed', async () => {
    await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
    await emu.reset();
    await seedOld();
    await emu.fault([{ op: 'deploy', action: 'drop-after-commit' }, { op: 'deployed-resources', action: 'drop', after: 1, times: 100 }]);
    const r = await run(['upload', '--from', 'lego', '--rotate', '--retries', '0'], { env: { ...lego(), LANG: 'zh_CN.UTF-8' } });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stdout).toMatch(/relb\s.*失败\s+未能确认：/);
  });
});
