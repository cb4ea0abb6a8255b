// The world rotated as the contract writes the command, without --waf-type (the contract's rotate takes
// none): the WAF certificate is sent as cloud WAF (then as premium, were it refused), not the whole rotation
// refused offline; `scm deploy --service WAF` without it likewise. A warning says how the edition is chosen.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { cliRecorder, leaveWorld, rotationWorld, TEST_AK, TEST_SK, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));
const OLD = 'scs1700000000001';
const NEW = 'scs1700000000009';
const WAF = 'waf00000000000000000000000000003';
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString();

beforeAll(async () => ({ dir, emu } = await rotationWorld('rotate-waf-edition')), 60_000);
afterAll(async () => leaveWorld(emu, dir));

beforeEach(async () => {
  await emu.reset();
  await emu.seed({
    certificates: [
      { id: OLD, name: 'x1', domain: 'example.com', sans: ['example.com', 'www.example.com'], not_after: inDays(20) },
      { id: NEW, name: 'x9', domain: 'example.com', sans: ['example.com', 'www.example.com'], not_after: inDays(200) },
    ],
    resources: [
      { service: 'CDN', kind: 'domain', id: 'example.com', certificate_id: OLD },
      { service: 'CDN', kind: 'domain', id: 'www.example.com', certificate_id: OLD },
      { service: 'ELB', project: 'cn-north-4', id: 'elb00000000000000000000000000001', name: 'lb-north', certificate_id: OLD },
      { service: 'ELB', project: 'ap-southeast-1', id: 'elb00000000000000000000000000002', name: 'lb-sea', certificate_id: OLD },
      { service: 'WAF', project: 'cn-south-1', id: WAF, name: 'waf-south', certificate_id: OLD },
    ],
  });
});

it('rotate OLD --to NEW --delete-old: every resource moves, WAF included, and the old certificate goes (exit 0)', async () => {
  const r = await run(['rotate', OLD, '--to', NEW, '--delete-old', '--json']);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(doc.resources.map((x: { service: string; result: string }) => [x.service, x.result])).toEqual([['CDN', 'deployed'], ['CDN', 'deployed'], ['ELB', 'deployed'], ['ELB', 'deployed'], ['WAF', 'deployed']]);
  expect(doc.deleted).toEqual([OLD]);
  expect(r.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l).warning?.message ?? '')).toContain('no WAF edition was given, so each WAF resource is sent as cloud WAF, and again as premium (dedicated) WAF if WAF refuses it: 1 WAF resource to deploy to, and no --waf-type given (premium or cloud)');
  const again = await run(['rotate', OLD, '--to', NEW, '--delete-old']);
  expect(again.code).toBe(0);
});

it('WAF refuses it as cloud: sent again as premium, deployed (exit 0); text says the warning', async () => {
  await emu.fault({ op: 'deploy', fail_resources: [WAF], after: 3 }); // the fourth request: CDN, ELB, ELB, then WAF
  const r = await run(['rotate', OLD, '--to', NEW]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(new RegExp(`WAF +cn-south-1 +waf-south \\(${WAF}\\) +${OLD} +deployed`));
  expect(r.stderr).toContain('warning  deploy-waf-type-missing');
  expect(r.stderr).toContain('WAF refused 1 resource sent without --waf-type; sending again as premium WAF');
  expect((await emu.state()).requests.deploys.filter((d) => d.service === 'WAF')).toHaveLength(2);
});

it('deploy --service WAF without --waf-type: deployed (exit 0), with the warning', async () => {
  // The dry run first: it reads as the run does, and once deployed the resource is not sent again.
  const dry = await run(['deploy', NEW, '--service', 'WAF', '--project', 'cn-south-1', '--resource', WAF, '--dry-run', '--json']);
  expect(JSON.parse(dry.stdout).requests[0].body.resources).toEqual([{ id: WAF, type: 'cloud' }]);
  const r = await run(['deploy', NEW, '--service', 'WAF', '--project', 'cn-south-1', '--resource', WAF]);
  expect([r.code, r.stderr]).toEqual([0, expect.stringContaining('warning  deploy-waf-type-missing')]);
});

it('deploy --resource R... takes several values after one flag, as the contract writes it, and repeated flags too', async () => {
  const one = await run(['deploy', NEW, '--service', 'CDN', '--resource', 'example.com', 'www.example.com', '--dry-run', '--json']);
  expect(one.code).toBe(0);
  expect(JSON.parse(one.stdout).requests[0].body.resources).toEqual([{ domain_name: 'example.com' }, { domain_name: 'www.example.com' }]);
  const both = await run(['deploy', NEW, '--service', 'CDN', '--resource', 'example.com', '--resource', 'www.example.com', '--dry-run', '--json']);
  // The two runs may sign in different seconds: the requests are the same whatever X-Sdk-Date says.
  const undated = (out: string) => (JSON.parse(out).requests as Array<{ headers: Record<string, string> }>).map((r) => {
    expect(r.headers['X-Sdk-Date']).toMatch(/^\d{8}T\d{6}Z$/);
    return { ...r, headers: { ...r.headers, 'X-Sdk-Date': '(when signed)' } };
  });
  expect(undated(both.stdout)).toEqual(undated(one.stdout));
  // Comma-separated, as push's --project takes regions: two resources, never one id or domain with a comma in it.
  const commas = await run(['deploy', NEW, '--service', 'CDN', '--resource', 'example.com,www.example.com', '--dry-run', '--json']);
  expect(commas.code, commas.stderr).toBe(0);
  expect(undated(commas.stdout)).toEqual(undated(one.stdout));
  const ids = await run(['deploy', NEW, '--service', 'ELB', '--project', 'cn-south-1', '--resource', 'elb-1,elb-2', '--dry-run', '--json']);
  expect(JSON.parse(ids.stdout).requests[0].body.resources).toEqual([{ id: 'elb-1' }, { id: 'elb-2' }]);
  const sent = await run(['deploy', NEW, '--service', 'CDN', '--resource', 'example.com', 'www.example.com']);
  expect([sent.code, sent.stdout]).toEqual([0, expect.stringMatching(/example\.com +deployed\nwww\.example\.com +deployed\n/)]);
});
