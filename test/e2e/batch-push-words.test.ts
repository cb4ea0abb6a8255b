// A batch push's result `message` is a free string in the SDK models ("推送结果"): SCM's words are read in either
// language and any case. "推送成功" or "Success." with a copy id is pushed (it was a failure, offered for a re-push:
// a second copy); words that say neither ("processing") are looked up, never called a failure to push again;
// "PUSH FAILED" stays a failure. Against other-scm.ts, its batch-push answering with the words given.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { send, store } from '../helpers/other-scm.js';
import { withOtherScm } from '../helpers/other-scm-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withOtherScm('batch-push-words', 'words.example.com');
const PROJECTS = ['cn-north-4', 'ap-southeast-1'];

/** The certificate in SCM; batch-push answers `message` for every project (with a copy id), and records nothing. */
function answering(message: string, extra: Record<string, unknown> = {}): string {
  const id = store(t.m, 'words', readFileSync(t.b.cert, 'utf8')).id;
  t.m.hook = (req, res) => {
    if (!req.path.endsWith('/batch-push')) return false;
    const b = JSON.parse(req.body) as { target_projects: string[] };
    return send(res, 200, { results: b.target_projects.map((p, i) => ({ project_name: p.toUpperCase(), cert_id: `copy-${i}`, message, ...extra })) });
  };
  return id;
}

const push = (id: string, ...extra: string[]) => runCli(['push', id, '--service', 'WAF', ...PROJECTS.flatMap((p) => ['--project', p]), '--retries', '0', ...extra], { env: t.env() });

describe('batch push result words', () => {
  it.each(['推送成功', 'Success.', 'SUCCEEDED', 'push success'])('%j with a copy id: pushed, exit 0', async (message) => {
    const r = await push(answering(message));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^cn-north-4 +pushed +- +copy-0$/m);
    expect(r.stdout).toMatch(/^ap-southeast-1 +pushed +- +copy-1$/m);
  });

  it('"PUSH FAILED" with a copy id: a failure, exit 4', async () => {
    const r = await push(answering('PUSH FAILED'));
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(/^cn-north-4 +failed +PUSH FAILED/m);
  });

  it('words that say neither ("processing"): looked up, not there yet: pending, never offered for a re-push, exit 5 (en and zh)', async () => {
    const id = answering('processing');
    const r = await push(id);
    expect(r.code, r.stderr).toBe(5);
    expect(t.m.count(/\/deployed-resources$/, 'POST')).toBe(1);
    expect(r.stdout).toContain('SCM said "processing" for this project, which says neither that the push succeeded nor that it failed');
    expect(r.stderr).not.toMatch(/push to the rest only|can be pushed again/);
    const zh = await push(id, '--lang', 'zh');
    expect(zh.code).toBe(5);
    expect(zh.stdout).toContain('SCM 对这个项目返回“processing”，既未说明推送成功，也未说明失败');
  });

  it('words that say neither, and ListDeployedResources shows the copies: recovered, exit 0', async () => {
    const id = answering('accepted');
    const inner = t.m.hook!;
    t.m.hook = (req, res, mock) => {
      if (req.path === '/v3/scm/deployed-resources') {
        const region = (p: string) => ({ region_id: p, is_error: false, resources: [{ resource_id: `r-${p}`, resource_name: 'copy' }] });
        return send(res, 200, { results: [{ certificate_id: id, total_num: 2, deployed_resources: [{ service: 'WAF', resource_num: 2, resource_location: 'regional', region_resources: PROJECTS.map(region) }] }] });
      }
      return inner(req, res, mock);
    };
    const r = await push(id);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^cn-north-4 +pushed +.*ListDeployedResources shows it there/m);
    expect(t.m.count(/batch-push$/, 'POST')).toBe(1);
    // The answer was not lost: SCM's words are what was unclear, and the row says so.
    const json = await push(id, '--json');
    expect(JSON.parse(json.stdout).results[0]).toMatchObject({ project: 'cn-north-4', ok: true, result: 'recovered', message: 'SCM said "accepted" for this project, which says neither that the push succeeded nor that it failed; ListDeployedResources shows it there' });
    expect(json.stdout).not.toContain('answer was lost');
    const zh = await push(id, '--lang', 'zh');
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('SCM 对这个项目返回“accepted”，既未说明推送成功，也未说明失败；`ListDeployedResources` 显示已部署');
    expect(zh.stdout).not.toContain('应答丢失');
  });

  it.each(['SCM.0000', '0000'])('"success" beside error_code %j (zeros: no error): pushed, exit 0', async (code) => {
    const r = await push(answering('success', { error_code: code }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('the same result also says');
  });

  it.each([
    [{ error_code: 'SCM.0017', error_msg: 'push failed' }, 'error_code=SCM.0017, error_msg=push failed'],
    [{ status: 'FAILED' }, 'status=FAILED'],
    [{ result: 'error' }, 'result=error'],
    [{ success: false }, 'success=false'],
  ])('"success" beside %j: no success, looked up, pending, exit 5 (en and zh)', async (extra, said) => {
    const id = answering('success', extra);
    const r = await push(id);
    expect(r.code, r.stderr).toBe(5);
    expect(r.stdout).not.toMatch(/ pushed /);
    expect(t.m.count(/\/deployed-resources$/, 'POST')).toBe(1);
    expect(r.stdout).toContain(`SCM said "success" for this project, but the same result also says ${said}`);
    const zh = await push(id, '--lang', 'zh');
    expect(zh.code).toBe(5);
    expect(zh.stdout).toContain(`SCM 对这个项目返回“success”，但同一结果中又有 ${said}，两者矛盾`);
  });
});
