// `scm show ID` when SCM flags a region's count unreliable (is_error) and lists nothing: where the certificate
// is deployed is unknown there (delete refuses it as possibly in use), so show must not also say "nowhere".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, spawnEmulator, TEST_AK, TEST_SK, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-show-unreliable-'));
  emu = await spawnEmulator();
});
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => emu.reset());

describe('scm show with an is_error region and no resource listed', () => {
  it('says it cannot tell, never "nowhere" (en, zh); a certificate with no such region is still "nowhere"', async () => {
    const [id] = (await emu.seed({ certificates: [{ name: 'maybe', domain: 'maybe.example.test' }], unreliable: [{ service: 'ELB', region: 'cn-east-3' }] })).certificates;
    const r = await run(['show', id!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}SCM cannot tell whether it is deployed in ELB cn-east-3 \(is_error\)$/m);
    expect(r.stdout).not.toMatch(/nowhere/);
    const zh = await run(['show', id!, '--lang', 'zh']);
    expect(zh.stdout).toContain('SCM 无法确定它是否部署在 ELB cn-east-3');
    expect(zh.stdout).not.toContain('未部署');
    await emu.reset();
    const [free] = (await emu.seed({ certificates: [{ name: 'free', domain: 'free.example.test' }] })).certificates;
    expect((await run(['show', free!])).stdout).toMatch(/^ {2}nowhere \(ListDeployedResources lists no resource\)$/m);
  });
});
