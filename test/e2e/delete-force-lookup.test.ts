// `scm delete ID --force` through the built binary when ListDeployedResources keeps failing (503 after
// retries): nothing is deleted (exit 5, safe), and the hint says that --force does not skip the lookup before
// the failure's own advice, in both languages and in --json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, spawnEmulator, TEST_AK, TEST_SK, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));
const hints = (stderr: string, label: string): string[] => stderr.split('\n').filter((l) => l.startsWith(label));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-force-'));
  emu = await spawnEmulator();
});
afterAll(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => emu.reset());

describe('delete --force when ListDeployedResources fails', () => {
  it('exit 5, nothing deleted, the hint says --force needs the lookup (en, zh, --json)', async () => {
    const [id] = (await emu.seed({ certificates: [{ name: 'a', domain: 'a.example.test' }] })).certificates as [string];
    await emu.fault({ op: 'deployed-resources', status: 503, times: 100 });
    const en = await run(['delete', id, '--force', '--retries', '0']);
    expect([en.code, en.stdout]).toEqual([5, '']);
    expect(hints(en.stderr, 'hint: ')).toEqual([expect.stringMatching(/^hint: --force does not skip this lookup: it deletes past a region SCM cannot count \(is_error\) or resources counted but not listed, but needs the lookup to answer; retry later/)]);
    const zh = await run(['delete', id, '--force', '--retries', '0', '--lang', 'zh']);
    expect(zh.code).toBe(5);
    expect(hints(zh.stderr, '提示：')).toEqual([expect.stringMatching(/^提示：--force 不会跳过这次查询：.*但查询本身必须有结果；请稍后重试/)]);
    const json = await run(['delete', id, '--force', '--retries', '0', '--json']);
    expect(json.code).toBe(5);
    expect(JSON.parse(json.stderr.trim().split('\n').at(-1)!).error.hint).toMatch(/^--force does not skip this lookup: .*; retry later/);
    const state = await emu.state();
    expect(state.certificates.map((c) => c.id)).toEqual([id]);
    expect(state.requests.byOperation.delete).toBeUndefined();
  });

  it('without --force the failure keeps its own hint', async () => {
    const [id] = (await emu.seed({ certificates: [{ name: 'a', domain: 'a.example.test' }] })).certificates as [string];
    await emu.fault({ op: 'deployed-resources', status: 503, times: 100 });
    const r = await run(['delete', id, '--retries', '0']);
    expect(r.code).toBe(5);
    expect(hints(r.stderr, 'hint: ')).toEqual([expect.stringMatching(/^hint: retry later/)]);
  });
});
