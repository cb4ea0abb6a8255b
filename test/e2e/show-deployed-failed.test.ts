// `scm show ID` when ListDeployedResources fails (a 503 after the retries, or a rejection such as the one SCM
// may give for a certificate it does not track, an SM2 one): the certificate SCM did return is still shown
// (text and --json), where it is deployed is said unknown, and the run ends with the failure's own exit code
// and message, so a script still learns that part of the answer is missing.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('show-deployed', { bundle: false });
const { run } = cliRecorder(() => t.env());

describe('scm show when the deployment lookup fails', () => {
  it.each([[503, 5], [400, 4]])('HTTP %i: the certificate shown, its deployments unknown, exit %i', async (status, code) => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'kept-shop', domain: 'shop.example.test', not_after: new Date(Date.now() + 40 * 86_400_000).toISOString() }] })).certificates;
    await t.emu.fault({ op: 'deployed-resources', status, times: 20 });
    const r = await run(['show', id!, '--retries', '0']);
    expect(r.code).toBe(code);
    expect(r.stdout).toContain('kept-shop');
    expect(r.stdout).toMatch(/valid until +\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(UTC\+8\), 39 days left/);
    expect(r.stdout).toMatch(/where it is deployed could not be read/);
    expect(r.stdout).not.toMatch(/nowhere/);
    expect(r.stderr).toMatch(/^scm: SCM (could not complete|rejected) looking up where the certificate is deployed/m);
    const j = await run(['show', id!, '--retries', '0', '--json']);
    expect(j.code).toBe(code);
    const doc = JSON.parse(j.stdout) as { certificate: { name: string }; deployedTo: unknown[]; deploymentUnknown: unknown[] };
    expect([doc.certificate.name, doc.deployedTo, doc.deploymentUnknown]).toEqual(['kept-shop', [], [{ service: 'ALL', region: '*' }]]);
    const zh = await run(['show', id!, '--retries', '0', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/无法读取它的部署位置/);
  });

  it('an id SCM does not hold is still exit 4 with SCM.0008, nothing on stdout', async () => {
    await t.emu.fault({ op: 'deployed-resources', status: 503, times: 20 });
    const r = await run(['show', 'scs1700000000999', '--retries', '0']);
    expect([r.code, r.stdout]).toEqual([4, '']);
    expect(r.stderr).toContain('SCM.0008');
  });
});
