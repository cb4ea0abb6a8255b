// `scm rotate` through the built binary, when a deployment's answer was lost and the look-up right after it
// failed too (the row is `unconfirmed` then), but the check after the deployments (ListDeployedResources) shows
// the resource on the new certificate and on no old one: that row is confirmed (`deployed`, reason `confirmed`,
// said so in both languages), and when every row is, the rotation succeeds: exit 0, and --delete-old deletes
// the old certificate. Shown on no new certificate, the row stays failed/unconfirmed (exit 5, old kept); and
// when the lost answer stopped later requests, the run still ends as that failure (exit 5), not as done.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, leaveWorld, rotationWorld, TEST_AK, TEST_SK, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));
const OLD = 'scs1700000000001';
const NEW = 'scs1700000000009';
const ELB_N = 'elb00000000000000000000000000001';
const ELB_S = 'elb00000000000000000000000000002';
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString();
type Row = { resource: string; result: string; reason: string; message: string };
const rows = (doc: { resources: Row[] }): string[][] => doc.resources.map((x) => [x.resource, x.result, x.reason]);

beforeAll(async () => ({ dir, emu } = await rotationWorld('rotate-confirmed')), 60_000);
afterAll(async () => leaveWorld(emu, dir));

async function world(elbs: Array<[string, string]>): Promise<void> {
  await emu.reset();
  await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
  await emu.seed({
    certificates: [
      { id: OLD, name: 'x1', domain: 'example.com', sans: ['example.com', 'www.example.com'], not_after: inDays(20) },
      { id: NEW, name: 'x9', domain: 'example.com', sans: ['example.com', 'www.example.com'], not_after: inDays(200) },
    ],
    resources: elbs.map(([project, id]) => ({ service: 'ELB', project, id, certificate_id: OLD })),
  });
}

/**
 * The deployment goes through but its answer is a 504 (commit: true, or not), and the look-up right after it
 * fails too (a 504: an answer, where a dropped read on a kept-alive connection would be sent again at once);
 * the look-up before and the check after answer.
 */
const lostAnswer = (commit: boolean) => emu.fault([{ op: 'deploy', status: 504, ...(commit ? { commit: true } : {}) }, { op: 'deployed-resources', status: 504, after: 1, times: 1 }]);

describe('a deployment not confirmed when sent', () => {
  beforeEach(() => world([['cn-north-4', ELB_N]]));

  it('the check shows it on the new certificate only: deployed, reason confirmed; exit 0; --delete-old deletes the old one', async () => {
    await lostAnswer(true);
    const r = await run(['rotate', OLD, '--to', NEW, '--delete-old', '--json', '--retries', '0']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.status).toBe('complete');
    expect(rows(doc)).toEqual([[ELB_N, 'deployed', 'confirmed']]);
    expect(doc.resources[0].message).toBe(`now uses ${NEW} (its deployment was not confirmed at first; the check afterwards shows it there)`);
    expect(doc.deleted).toEqual([OLD]);
    expect((await emu.state()).certificates.map((c) => c.id)).toEqual([NEW]);
    // Nothing was sent twice: one DeployCertificate.
    expect((await emu.state()).requests.byOperation.deploy).toBe(1);
  });

  it('text, -q and Chinese: the row says so, the rotation is complete, -q prints the new id alone', async () => {
    await lostAnswer(true);
    const r = await run(['rotate', OLD, '--to', NEW, '--retries', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`ELB +cn-north-4 +${ELB_N} +${OLD} +deployed +now uses ${NEW} \\(its deployment was not confirmed at first; the check afterwards shows it there\\)\n`));
    await world([['cn-north-4', ELB_N]]);
    await lostAnswer(true);
    const q = await run(['rotate', OLD, '--to', NEW, '--retries', '0', '-q']);
    expect([q.code, q.stdout]).toEqual([0, `${NEW}\n`]);
    await world([['cn-north-4', ELB_N]]);
    await lostAnswer(true);
    const zh = await run(['rotate', OLD, '--to', NEW, '--retries', '0', '--lang', 'zh']);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain(`已改用 ${NEW}（部署时未能确认；之后的核实显示它已在使用）\n`);
  });

  it('the check shows it still on the old certificate: stays failed, unconfirmed; exit 5; the old one kept', async () => {
    await lostAnswer(false);
    const r = await run(['rotate', OLD, '--to', NEW, '--delete-old', '--json', '--retries', '0']);
    expect(r.code).toBe(5);
    const doc = JSON.parse(r.stdout);
    expect(rows(doc)).toEqual([[ELB_N, 'failed', 'unconfirmed']]);
    expect(doc.deleted).toEqual([]);
    expect((await emu.state()).certificates.map((c) => c.id)).toContain(OLD);
  });
});

describe('a confirmed deployment whose lost answer stopped the requests after it', () => {
  beforeEach(() => world([['cn-north-4', ELB_N], ['ap-southeast-1', ELB_S]]));

  it('the confirmed row is deployed, the rest not sent; the run ends as the lost answer (exit 5), nothing deleted', async () => {
    await lostAnswer(true);
    const r = await run(['rotate', OLD, '--to', NEW, '--delete-old', '--json', '--retries', '0']);
    expect(r.code, r.stderr).toBe(5);
    const doc = JSON.parse(r.stdout);
    expect(doc.resources.map((x: Row) => x.result).sort()).toEqual(['deployed', 'skipped']);
    expect(doc.resources.find((x: Row) => x.result === 'deployed').reason).toBe('confirmed');
    expect(doc.resources.find((x: Row) => x.result === 'skipped').reason).toBe('not-sent');
    expect(doc.deleted).toEqual([]);
    expect(JSON.parse(r.stderr.trim().split('\n').pop()!).error.exitCode).toBe(5);
  });
});
