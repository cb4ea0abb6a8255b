// `upload --push` of a certificate SCM already holds looks first (ListDeployedResources) and pushes only where it
// is not yet. A site without that API answers 404 (the gateway's APIGW.0101, or a bare page): whether an earlier
// run pushed it cannot be checked, so nothing is pushed (a second copy in WAF/ELB each rerun of a renewal hook
// is worse than a refusal). It said "check the endpoint and the request path", which the upload just used; now it
// says the site lacks the API and gives the command that pushes without looking. Built binary, emulator.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('deployed-api-missing');
const { run } = cliRecorder(() => t.env());
const upload = (...extra: string[]) => run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'api-missing', '--if-changed', '--push', 'WAF:cn-north-4', ...extra]);
const pushes = async (): Promise<number> => (await t.emu.settled()).certificates.reduce((n, c) => n + c.pushes.length, 0);

describe('ListDeployedResources answers 404', () => {
  it.each([
    ['the gateway\'s APIGW.0101', { op: 'deployed-resources', status: 404, times: 10 }],
    ['a bare 404 page', { op: 'deployed-resources', times: 10, answer: { status: 404, body: '<html><title>404 Not Found</title></html>' } }],
  ])('%s: not pushed again, said as a missing API, with the command that pushes anyway', async (_, fault) => {
    const first = await upload('-q');
    expect(first.code, first.stderr).toBe(0);
    const id = first.stdout.trim();
    expect(await pushes()).toBe(1);
    await t.emu.fault(fault);
    const r = await upload();
    expect(r.code, r.stderr).toBe(4);
    expect(await pushes()).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/this SCM site does not offer ListDeployedResources \(HTTP 404\): whether it is in WAF there already cannot be checked; not pushed, to avoid a second copy/);
    expect(r.stderr).toMatch(new RegExp(`^hint: if it is not in WAF there yet \\(see the WAF console\\), push it without that check: scm push ${id} --service WAF --project cn-north-4$`, 'm'));
    expect(r.stderr).not.toMatch(/check the endpoint/);
    const zh = await upload('--lang', 'zh');
    expect(zh.code).toBe(4);
    expect(zh.stdout + zh.stderr).toMatch(/此 SCM 站点不提供 `ListDeployedResources`（HTTP 404）：无法确认 WAF 中是否已有这张证书；为避免产生第二份副本，未推送/);
    expect(zh.stderr).toMatch(new RegExp(`^提示：如果 WAF 中还没有这张证书（请在 WAF 控制台查看），可不经此检查直接推送：\`scm push ${id} --service WAF --project cn-north-4\`$`, 'm'));
    const push = await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4']);
    expect(push.code, push.stderr).toBe(0);
    expect(await pushes()).toBe(2);
  });
});
