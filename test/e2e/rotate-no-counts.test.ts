// `scm rotate --delete-old` when the ListDeployedResources that verifies the deployments gives a result with
// neither total_num nor deployed_resources (hunt5 N5). Such a result is unknown (commit 1513b0c); what is said
// must fit it: the row names what SCM's answer left unsaid (not "is_error in REGION" when no region had
// is_error), an id SCM named without counts is not "not included", and the hint never says old certificates
// "were kept" after one was deleted (one SCM answered total_num 0 for is deleted, rightly). Exit 1.
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('rotate-nocount', { bundle: false });
const { run } = cliRecorder(() => t.env());
const OLD = 'scs9600000000001';
const NEW = 'scs9600000000002';
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString();
const said = (stderr: string): string[] => stderr.split('\n').filter((l) => l && !l.endsWith(' ...') && !l.endsWith('…'));
const listed = { service: 'ELB', resource_location: 'region', resource_num: 1, region_resources: [{ region_id: 'cn-north-4', is_error: false, resources: [{ resource_id: 'elb-s', resource_name: 'elb-s' }] }] };
/** The verifying look-up (the second ListDeployedResources) answers `results`. */
const verifyAnswers = (results: unknown[]) => t.emu.fault({ op: 'deployed-resources', after: 1, times: 5, answer: { status: 200, body: { results } } });

beforeEach(async () => {
  await t.emu.seed({
    certificates: [
      { id: OLD, name: 's1', domain: 's.example.org', sans: ['s.example.org'], not_after: inDays(30) },
      { id: NEW, name: 's2', domain: 's.example.org', sans: ['s.example.org'], not_after: inDays(150) },
    ],
    resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-s', certificate_id: OLD }],
  });
});

describe('the new certificate\'s result has no counts; the old one\'s says total_num 0', () => {
  const answers = () => verifyAnswers([{ certificate_id: NEW }, { certificate_id: OLD, total_num: 0, deployed_resources: [] }]);

  it('the row says what SCM left unsaid, not is_error; the old one is deleted and the hint does not say it was kept', async () => {
    await answers();
    const r = await run(['rotate', OLD, '--to', NEW, '--delete-old']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('is_error');
    expect(r.stdout).toMatch(new RegExp(`ELB +cn-north-4 +elb-s +${OLD} +unknown +deployed; SCM cannot tell whether it uses ${NEW}: SCM's result for ${NEW} gives neither a count nor a list of resources\n`));
    expect(r.stdout).toContain(`OLD\n${OLD}: deleted\n`);
    expect(said(r.stderr).slice(-2)).toEqual([
      `scm: not every resource is known to use ${NEW}: ELB cn-north-4 elb-s`,
      `hint: nothing failed; the old certificates SCM shows nothing uses any more were deleted (${OLD}); check later with scm show ${NEW} where it is deployed`,
    ]);
    expect((await t.emu.state()).certificates.map((c) => c.id)).toEqual([NEW]);
  });

  it('Chinese: the row and the hint', async () => {
    await answers();
    const zh = await run(['rotate', OLD, '--to', NEW, '--delete-old', '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain(`已部署；SCM 无法确定它是否使用 ${NEW}：SCM 对 ${NEW} 的结果既没有数量也没有资源列表\n`);
    expect(zh.stdout).not.toContain('is_error');
    expect(said(zh.stderr).at(-1)).toBe(`提示：没有失败；SCM 显示已无资源使用的旧证书已删除（${OLD}）；请稍后用 \`scm show ${NEW}\` 查看它的部署位置`);
  });

  it('--json: reason unverified, deleted lists the old one', async () => {
    await answers();
    const r = await run(['rotate', OLD, '--to', NEW, '--delete-old', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ status: 'incomplete', deleted: [OLD], kept: [] });
    expect(doc.resources).toMatchObject([{ resource: 'elb-s', result: 'unknown', reason: 'unverified', message: `deployed; SCM cannot tell whether it uses ${NEW}: SCM's result for ${NEW} gives neither a count nor a list of resources` }]);
  });
});

describe('the old certificate\'s result has no counts', () => {
  it('it is kept, and said to have no counts, not to be missing from the answer (en, zh)', async () => {
    await verifyAnswers([{ certificate_id: NEW, total_num: 1, deployed_resources: [listed] }, { certificate_id: OLD }]);
    const r = await run(['rotate', OLD, '--to', NEW, '--delete-old']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`ELB +cn-north-4 +elb-s +${OLD} +deployed +now uses ${NEW}\n`));
    expect(r.stderr).not.toContain('did not include');
    expect(said(r.stderr).slice(-2)).toEqual([
      `scm: not every resource is known to use ${NEW}: SCM's result for ${OLD} gives neither a count nor a list of resources`,
      'hint: nothing failed, and old certificates that may still be in use were kept; run the same command again later',
    ]);
    expect((await t.emu.state()).certificates.map((c) => c.id)).toEqual([OLD, NEW]);
    const zh = await run(['rotate', OLD, '--to', NEW, '--delete-old', '--lang', 'zh']);
    expect(said(zh.stderr).at(-2)).toBe(`scm: 不能确定所有资源都已使用 ${NEW}：SCM 对 ${OLD} 的结果既没有数量也没有资源列表`);
  });
});
