// ELB and WAF certificates live in a project (a region): DeployCertificate names the project, and the same
// resource id may exist in two regions (a copy made by the same tool in each, an id chosen by the user). The
// emulator kept resources by service and id only, so seeding the second replaced the first, and a deploy to one
// region changed "both". Now they are kept per (service, region, id). Through the built binary: scm deploy.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('region-scope', { bundle: false });
const { run } = cliRecorder(() => t.env());

describe('the same resource id in two regions', () => {
  it('seeded twice: two resources; a deploy to one region changes that one only', async () => {
    const [oldId, newId] = (await t.emu.seed({ certificates: [{ name: 'old', domain: 'shop.example.test' }, { name: 'new', domain: 'shop.example.test' }] })).certificates as [string, string];
    await t.emu.seed({ resources: [
      { service: 'ELB', project: 'cn-north-4', id: 'shop-cert', certificate_id: oldId },
      { service: 'ELB', project: 'cn-east-3', id: 'shop-cert', certificate_id: oldId },
    ] });
    const held = async () => (await t.emu.settled()).resources.filter((r) => r.id === 'shop-cert').map((r) => `${r.region}:${r.certificateId === newId ? 'new' : 'old'}`).sort();
    expect(await held()).toEqual(['cn-east-3:old', 'cn-north-4:old']);
    const r = await run(['deploy', newId, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'shop-cert']);
    expect(r.code, r.stderr).toBe(0);
    expect(await held()).toEqual(['cn-east-3:old', 'cn-north-4:new']);
    const show = await run(['show', oldId, '--json']);
    expect(JSON.stringify(JSON.parse(show.stdout).deployedTo)).toMatch(/cn-east-3/);
  });
});
