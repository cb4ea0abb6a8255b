// Never push or deploy twice, through the built binary against the emulator: a request that timed out may
// still be running at SCM, so a look that does not see it yet is no reason to send it again (exit 5, the rest
// not sent; the rerun looks first and finds it); and `scm push` run again after a partial batch pushes only
// where the certificate is missing, as its hint says.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, spawnEmulator, TEST_AK, TEST_SK, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-second-send-'));
  emu = await spawnEmulator();
});
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => emu.reset());

const seedOne = async (): Promise<string> => ((await emu.seed({ certificates: [{ name: 'c', domain: 'c.example.test' }] })).certificates as [string])[0];
const pushesOf = async (id: string): Promise<string[]> => (await emu.settled()).certificates.find((c) => c.id === id)!.pushes.map((p) => `${p.service}:${p.project}`);

describe('a request that timed out may still be running', () => {
  it('push: the look does not see it yet: not sent again (exit 5); one copy once SCM is done; the rerun finds it there', async () => {
    const id = await seedOne();
    await emu.fault({ op: 'push', delay_ms: 2500 });
    const r = await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4', '--timeout', '1', '--json']);
    expect(r.code, r.stderr).toBe(5);
    const doc = JSON.parse(r.stdout) as { results: Array<{ result: string; message: string }> };
    expect(doc.results.map((x) => x.result)).toEqual(['failed']);
    expect(doc.results[0]!.message).toMatch(/may still take effect: not sent again/);
    expect(await pushesOf(id)).toEqual(['WAF:cn-north-4']);
    const again = await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/already deployed there: not pushed again/);
    expect(await pushesOf(id)).toEqual(['WAF:cn-north-4']);
  });

  it('deploy: one DeployCertificate, whatever the look said while it was running', async () => {
    const id = await seedOne();
    await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1' }] });
    await emu.fault({ op: 'deploy', delay_ms: 2500 });
    const r = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1', '--timeout', '1', '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(5);
    expect(r.stdout + r.stderr).toMatch(/该请求可能仍会生效：未重新发送/);
    expect((await emu.settled()).requests.deploys).toHaveLength(1);
  });
});

describe('scm push run again after a partial batch', () => {
  it('10 of 11 projects pushed, the 11th refused: the same command again pushes the 11th only', async () => {
    const id = await seedOne();
    const projects = ['cn-north-4', 'cn-north-1', 'cn-east-3', 'cn-east-2', 'cn-south-1', 'cn-southwest-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'af-south-1', 'la-south-2'];
    await emu.fault({ op: 'batch-push', status: 400, error_code: 'SCM.0069', after: 1 });
    const first = await run(['push', id, '--service', 'WAF', '--project', projects.join(',')]);
    expect(first.code).toBe(4);
    expect(first.stderr).toMatch(/run the same command again to complete it/);
    expect(await pushesOf(id)).toHaveLength(10);
    const again = await run(['push', id, '--service', 'WAF', '--project', projects.join(','), '--json']);
    expect(again.code, again.stderr).toBe(0);
    const doc = JSON.parse(again.stdout) as { results: Array<{ project: string; result: string }> };
    expect(doc.results.map((x) => x.result)).toEqual([...Array(10).fill('present'), 'pushed']);
    expect((await pushesOf(id)).sort()).toEqual(projects.map((p) => `WAF:${p}`).sort());
  });
});
