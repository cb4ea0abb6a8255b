// Which enterprise project, project and account scope a cloned repository's `.scmrc` may choose, through the
// built binary: none. With the user's credentials in the environment, a found file's enterpriseProjectId would
// put the uploaded certificate and its private key into an enterprise project of the file author's choosing
// (who may export it, who is billed), and its projectId / domainId would scope the signed requests. Refused
// (exit 2, nothing sent) when used from a file found in any folder but the home folder itself; a flag or the
// environment setting them first, the home folder's own file and a named file are the user's choice.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_AK, TEST_SK } from '../helpers/emulator.js';
import { putPrivate, useClonedRepo } from '../helpers/cloned-repo.js';

const t = useClonedRepo('scm-e2e-scope-trust-', 'scope-trust.example.test');
const { home, scmrc, total, upload } = t;
const put = putPrivate;
const EP = '3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b';
const userFile = () => join(home(), '.config', 'scm', 'config.yaml');
const scm = (args: string[], env: Record<string, string | undefined> = {}) => t.scm(args, { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, ...env });

describe("a found file's enterprise project, project and account scope", () => {
  it("enterpriseProjectId in a project folder: upload refused, exit 2, nothing sent, both languages; with the flag first: the flag's value is sent", async () => {
    put(scmrc(), `enterpriseProjectId: ${EP}\n`);
    const before = await total();
    const r = await scm(upload('cloned-ep'));
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `scm: refusing enterpriseProjectId from ${scmrc()}: a config file found by searching may not choose the enterprise project an upload puts the certificate and its private key in (who may export them, who is billed); nothing was sent\n` +
        `hint: pass --enterprise-project-id ID, keep \`enterpriseProjectId\` in the user file (${userFile()}), or name the file with --config ${scmrc()} (or SCM_CONFIG) to trust it\n`,
    ]);
    const zh = await scm(upload('cloned-ep'), { LANG: 'zh_CN.UTF-8' });
    expect([zh.code, zh.stderr.split('\n')[0]]).toEqual([2, `scm: 拒绝使用 ${scmrc()} 中的 enterpriseProjectId：搜索到的配置文件不能决定上传把证书及其私钥放进哪个企业项目（这决定谁能导出它们、费用记在哪里）；没有发出任何请求`]);
    expect(await total()).toBe(before);
    const flag = await scm(upload('flag-ep', '--enterprise-project-id', '0', '--dry-run', '--json'));
    expect([flag.code, JSON.parse(flag.stdout).requests[0].body.enterprise_project_id]).toEqual([0, '0']);
  });

  it('projectId (any spelling) and domainId in a project folder: refused for every command; from the environment: not refused, the environment\'s used', async () => {
    for (const [text, key] of [['project_id: 0123456789abcdef0123456789abcdef\n', 'projectId'], ['domainId: fedcba9876543210fedcba9876543210\n', 'domainId']] as const) {
      put(scmrc(), text);
      for (const args of [['list'], ['config']]) {
        const r = await scm(args);
        expect([r.code, r.stdout, r.stderr.split('\n')[0]], `${key} ${args[0]}`).toEqual([2, '', `scm: refusing ${key} from ${scmrc()}: a config file found by searching may not choose the project or account scm signs in to; nothing was sent`]);
      }
      const zh = await scm(['list', '--lang', 'zh']);
      expect(zh.stderr.split('\n')[0]).toBe(`scm: 拒绝使用 ${scmrc()} 中的 ${key}：搜索到的配置文件不能决定 scm 登录的项目或账号；没有发出任何请求`);
    }
    expect(await total()).toBe(0);
    put(scmrc(), 'projectId: 0123456789abcdef0123456789abcdef\n');
    const env = await scm(['config', '--json'], { HUAWEICLOUD_SDK_PROJECT_ID: 'abcdefabcdefabcdefabcdefabcdefab' });
    expect([env.code, JSON.parse(env.stdout).settings.projectId.value]).toEqual([0, 'abcdefabcdefabcdefabcdefabcdefab']);
  });

  it('the same keys in $HOME/.scmrc (no clone can put a file there), or the repository file named with --config: used', async () => {
    const all = `enterpriseProjectId: ${EP}\nprojectId: 0123456789abcdef0123456789abcdef\ndomainId: fedcba9876543210fedcba9876543210\n`;
    put(join(home(), '.scmrc'), all);
    const r = await scm(upload('home-ep', '--dry-run', '--json'));
    const req = JSON.parse(r.stdout).requests[0];
    expect([r.code, req.body.enterprise_project_id, req.headers['X-Project-Id'], req.headers['X-Domain-Id']]).toEqual([0, EP, '0123456789abcdef0123456789abcdef', 'fedcba9876543210fedcba9876543210']);
    rmSync(join(home(), '.scmrc'));
    put(scmrc(), all);
    const named = await scm(upload('named-ep', '--dry-run', '--json', '--config', scmrc()));
    expect([named.code, JSON.parse(named.stdout).requests[0].body.enterprise_project_id]).toEqual([0, EP]);
  });
});
