// `scm delete ID --force` through the built binary when ListDeployedResources keeps failing (503 after
// retries): nothing is deleted (exit 5, safe), and the hint says that --force does not skip the lookup before
// the failure's own advice, in both languages and in --json.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('force', { bundle: false });
const { run } = cliRecorder(() => t.env());
const hints = (stderr: string, label: string): string[] => stderr.split('\n').filter((l) => l.startsWith(label));

describe('delete --force when ListDeployedResources fails', () => {
  it('exit 5, nothing deleted, the hint says --force needs the lookup (en, zh, --json)', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'a', domain: 'a.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'deployed-resources', status: 503, times: 100 });
    const en = await run(['delete', id, '--force', '--retries', '0']);
    expect([en.code, en.stdout]).toEqual([5, '']);
    expect(hints(en.stderr, 'hint: ')).toEqual([expect.stringMatching(/^hint: --force does not skip this lookup: it deletes past a region SCM cannot count \(is_error\) or resources counted but not listed, but needs the lookup to answer; retry later/)]);
    const zh = await run(['delete', id, '--force', '--retries', '0', '--lang', 'zh']);
    expect(zh.code).toBe(5);
    expect(hints(zh.stderr, '提示：')).toEqual([expect.stringMatching(/^提示：--force 不会跳过这次查询：.*但查询本身必须有结果；请稍后重试/)]);
    const json = await run(['delete', id, '--force', '--retries', '0', '--json']);
    expect(json.code).toBe(5);
    expect(JSON.parse(json.stderr.trim().split('\n').at(-1)!).error.hint).toMatch(/^--force does not skip this lookup: .*; retry later/);
    const state = await t.emu.state();
    expect(state.certificates.map((c) => c.id)).toEqual([id]);
    expect(state.requests.byOperation.delete).toBeUndefined();
  });

  it('without --force the failure keeps its own hint', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'a', domain: 'a.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'deployed-resources', status: 503, times: 100 });
    const r = await run(['delete', id, '--retries', '0']);
    expect(r.code).toBe(5);
    expect(hints(r.stderr, 'hint: ')).toEqual([expect.stringMatching(/^hint: retry later/)]);
  });
});
