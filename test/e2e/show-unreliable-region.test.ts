// `scm show ID` when SCM flags a region's count unreliable (is_error) and lists nothing: where the certificate
// is deployed is unknown there (delete refuses it as possibly in use), so show must not also say "nowhere".
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('show-unreliable', { bundle: false });
const { run } = cliRecorder(() => t.env());

describe('scm show with an is_error region and no resource listed', () => {
  it('says it cannot tell, never "nowhere" (en, zh); a certificate with no such region is still "nowhere"', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'maybe', domain: 'maybe.example.test' }], unreliable: [{ service: 'ELB', region: 'cn-east-3' }] })).certificates;
    const r = await run(['show', id!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}SCM cannot tell whether it is deployed in ELB cn-east-3 \(is_error\)$/m);
    expect(r.stdout).not.toMatch(/nowhere/);
    const zh = await run(['show', id!, '--lang', 'zh']);
    expect(zh.stdout).toContain('SCM 无法确定它是否部署在 ELB cn-east-3');
    expect(zh.stdout).not.toContain('未部署');
    await t.emu.reset();
    const [free] = (await t.emu.seed({ certificates: [{ name: 'free', domain: 'free.example.test' }] })).certificates;
    expect((await run(['show', free!])).stdout).toMatch(/^ {2}nowhere \(ListDeployedResources lists no resource\)$/m);
  });
});
