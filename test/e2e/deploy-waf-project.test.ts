// WAF takes one enterprise project per resource (the SDK's DeployedResource.enterprise_project_id), and
// ListDeployedResources does not say which project a WAF certificate is in. Through the built binary: one id is
// sent with each WAF resource; "all" (every project, a listing's word) is sent as none, and said; several are
// refused (exit 2) before anything is sent, for deploy and rotate, en and zh.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('deploy-waf-project', { cn: 'shop.example.com' });
const { run } = cliRecorder(() => t.env());
const EP = '3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b';
let id: string;

beforeEach(async () => {
  [id] = (await t.emu.seed({ certificates: [{ name: 'shop', pem: readFileSync(t.b.cert, 'utf8'), chain: readFileSync(t.b.chain, 'utf8'), private_key: t.b.keyPem }] })).certificates as [string];
  await t.emu.seed({ resources: [{ service: 'WAF', project: 'cn-north-4', id: 'waf-1' }] });
});

const deploy = (ep: string, ...more: string[]) => run(['deploy', id, '--service', 'WAF', '--project', 'cn-north-4', '--resource', 'waf-1', '--waf-type', 'cloud', '--enterprise-project-id', ep, ...more]);
/** The resources[] the dry run would send. */
const sent = (stdout: string): unknown => JSON.parse(stdout).requests[0].body.resources;

describe('deploy --service WAF --enterprise-project-id', () => {
  it('one id: sent with the resource', async () => {
    const r = await deploy(EP, '--dry-run', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(sent(r.stdout)).toEqual([{ id: 'waf-1', type: 'cloud', enterprise_project_id: EP }]);
  });

  it('"all": sent without one, and said (WAF looks in the default project); the deployment goes on (exit 0)', async () => {
    const dry = await deploy('all', '--dry-run', '--json');
    expect(sent(dry.stdout)).toEqual([{ id: 'waf-1', type: 'cloud' }]);
    const r = await deploy('all');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("note: --enterprise-project-id all names every enterprise project, but WAF takes the one each resource is in: sent without one, so WAF looks in the default project; give the WAF certificates' project if they are in another\n");
  });

  it('several: refused (exit 2), nothing sent; in Chinese too', async () => {
    const before = (await t.emu.state()).requests.total;
    const r = await deploy(`${EP},0`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`scm: --enterprise-project-id names 2 enterprise projects (${EP}, 0): WAF takes one per resource, and SCM does not say which WAF certificate is in which\n`);
    const zh = await deploy(`${EP} 0`, '--lang', 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`scm: --enterprise-project-id 给出了 2 个企业项目（${EP}、0）`);
    expect((await t.emu.state()).requests.total).toBe(before);
  });

});

describe('rotate --enterprise-project-id', () => {
  it('several: refused (exit 2) before anything is sent', async () => {
    const before = (await t.emu.state()).requests.total;
    const r = await run(['rotate', id, '--to', 'scs1700000000099', '--enterprise-project-id', `${EP},0`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('WAF takes one per resource');
    expect((await t.emu.state()).requests.total).toBe(before);
  });
});
