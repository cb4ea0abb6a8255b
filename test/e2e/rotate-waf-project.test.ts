// --enterprise-project-id in a rotation's WAF deployments, as `scm rotate` and `scm upload --rotate` (the renewal
// hooks' last step) both read it (rotate/waf-extras.ts): one id sent with each WAF resource, several refused
// (nothing sent), "all" sent as none with a note, said only when the rotation deploys to WAF. Through
// the built binary and a forwarding proxy that keeps what was sent (the emulator does not keep deploy bodies).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.js';

let emu: RunningEmulator;
let dir: string;
let fresh: Bundle;
let proxy: ForwardProxy;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir, HTTP_PROXY: proxy.url }));
const OLD = 'scs1700000000001';
const NEW = 'scs1700000000009';
const WAF = 'waf00000000000000000000000000003';
const ELB = 'elb00000000000000000000000000001';
const EP = '3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b';
const ALL_NOTE = "--enterprise-project-id all names every enterprise project, but WAF takes the one each resource is in: sent without one, so WAF looks in the default project; give the WAF certificates' project if they are in another";
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString();

beforeAll(async () => {
  ({ dir, fresh, emu } = await rotationWorld('rotate-waf-project'));
  proxy = await startForwardProxy({ tunnels: false });
}, 60_000);
afterAll(async () => {
  await proxy?.close();
  await leaveWorld(emu, dir);
});

/** The old certificate for example.com (and NEW, for `rotate --to`), on a WAF resource, an ELB one, or both. */
async function world(on: Array<'WAF' | 'ELB'>): Promise<void> {
  await emu.reset();
  proxy.sent.length = 0;
  await emu.seed({
    certificates: [
      { id: OLD, name: 'x1', domain: 'example.com', sans: ['example.com'], not_after: inDays(20) },
      { id: NEW, name: 'x9', domain: 'example.com', sans: ['example.com'], not_after: inDays(200) },
    ],
    resources: [
      ...(on.includes('ELB') ? [{ service: 'ELB', project: 'cn-north-4', id: ELB, name: 'lb-north', certificate_id: OLD }] : []),
      ...(on.includes('WAF') ? [{ service: 'WAF', project: 'cn-south-1', id: WAF, name: 'waf-south', certificate_id: OLD }] : []),
    ],
  });
}

/** The resources[] of each WAF DeployCertificate sent. */
const wafSent = (): unknown[] => proxy.sent.filter((s) => s.line.includes('/deploy')).map((s) => JSON.parse(s.body)).filter((b) => b.service_name === 'WAF').map((b) => b.resources);
const uploadRotate = (...more: string[]) => run(['upload', fresh.dir, '--rotate', '--waf-type', 'cloud', ...more]);

describe('upload --rotate --enterprise-project-id (as rotate)', () => {
  beforeEach(() => world(['WAF']));

  it('one id: sent with the WAF resource (exit 0)', async () => {
    const r = await uploadRotate('--enterprise-project-id', EP);
    expect(r.code, r.stderr).toBe(0);
    expect(wafSent()).toEqual([[{ id: WAF, type: 'cloud', enterprise_project_id: EP }]]);
  });

  it('"all": sent without one, and the note said (exit 0)', async () => {
    const r = await uploadRotate('--enterprise-project-id', 'all');
    expect(r.code, r.stderr).toBe(0);
    expect(wafSent()).toEqual([[{ id: WAF, type: 'cloud' }]]);
    expect(r.stderr).toContain(ALL_NOTE);
  });

  it('several: refused before anything is sent, as `scm rotate FOLDER` refuses them (the upload\'s project, SCM.0005)', async () => {
    const before = (await emu.state()).requests.total;
    const r = await uploadRotate('--enterprise-project-id', `${EP},0`);
    const rotated = await run(['rotate', fresh.dir, '--domain', 'example.com', '--waf-type', 'cloud', '--enterprise-project-id', `${EP},0`]);
    expect([r.code, rotated.code]).toEqual([1, 1]);
    for (const x of [r, rotated]) expect(x.stderr).toContain('enterprise-project-id-invalid');
    expect((await emu.state()).requests.total).toBe(before);
  });
});

describe('--enterprise-project-id all: the note only when the rotation deploys to WAF', () => {
  it('rotate: no WAF resource, no note; a WAF one, the note (text and --json)', async () => {
    await world(['ELB']);
    const none = await run(['rotate', OLD, '--to', NEW, '--enterprise-project-id', 'all']);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stderr).not.toContain('--enterprise-project-id');
    await world(['ELB', 'WAF']);
    const waf = await run(['rotate', OLD, '--to', NEW, '--enterprise-project-id', 'all', '--json']);
    expect(waf.code, waf.stderr).toBe(0);
    expect(waf.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l).warning?.message)).toContain(ALL_NOTE);
    expect(wafSent()).toEqual([[{ id: WAF, type: 'cloud' }]]); // no --waf-type: cloud first (rotate-waf-edition)
  });

  it('upload --rotate: no WAF resource, no note', async () => {
    await world(['ELB']);
    const r = await run(['upload', fresh.dir, '--rotate', '--enterprise-project-id', 'all']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('--enterprise-project-id');
  });
});
