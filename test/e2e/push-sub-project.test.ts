// upload --push to a sub-project (ELB:cn-north-4_sub) with --if-changed, rerun by a hook or a cron job: SCM's
// ListDeployedResources names regions, not sub-projects, so the copy made in cn-north-4_sub is listed under
// cn-north-4. It counts for the sub-project when the region holds as many copies as the push names projects
// there; a rerun then makes no second copy (it made one per run), and says why it took the region's copy.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('sub-project');
const { run } = cliRecorder(() => t.env());
const upload = (...extra: string[]) => run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'sub-example', '--if-changed', ...extra]);
const pushes = async () => (await t.emu.settled()).certificates.flatMap((c) => c.pushes.map((p) => `${p.service}:${p.project}`)).sort();

describe('upload --push to a sub-project, rerun', () => {
  it('ELB:cn-north-4_sub: pushed once; the rerun finds the copy in cn-north-4 and pushes nothing', async () => {
    const first = await upload('--push', 'ELB:cn-north-4_sub');
    expect(first.code, first.stderr).toBe(0);
    const again = await upload('--push', 'ELB:cn-north-4_sub', '--json');
    expect(again.code, again.stderr).toBe(0);
    const row = JSON.parse(again.stdout).push[0].results[0];
    expect(row).toMatchObject({ project: 'cn-north-4_sub', result: 'present', ok: true });
    expect(row.message).toBe('already deployed in cn-north-4, and SCM lists regions, not sub-projects: not pushed again');
    expect(await pushes()).toEqual(['ELB:cn-north-4_sub']);
    const zh = await upload('--push', 'ELB:cn-north-4_sub', '--lang', 'zh');
    expect(zh.stdout).toContain('已部署在 cn-north-4，而 SCM 只列出区域、不区分子项目，不再重复推送');
    expect(await pushes()).toEqual(['ELB:cn-north-4_sub']);
  });

  it('the region and a sub-project of it: one copy listed is not enough for two, so the sub-project is pushed; then both are present', async () => {
    expect((await upload('--push', 'WAF:cn-north-4')).code).toBe(0);
    const both = await upload('--push', 'WAF:cn-north-4,cn-north-4_sub', '--json');
    expect(both.code, both.stderr).toBe(0);
    expect(JSON.parse(both.stdout).push[0].results.map((r: { project: string; result: string }) => `${r.project}:${r.result}`)).toEqual(['cn-north-4:present', 'cn-north-4_sub:pushed']);
    const again = await upload('--push', 'WAF:cn-north-4,cn-north-4_sub', '--json');
    expect(JSON.parse(again.stdout).push[0].results.map((r: { result: string }) => r.result)).toEqual(['present', 'present']);
    expect(await pushes()).toEqual(['WAF:cn-north-4', 'WAF:cn-north-4_sub']);
  });
});
