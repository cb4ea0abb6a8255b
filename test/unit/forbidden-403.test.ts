// A 403 that no catalogue code explains (IAM's own body: {"error":{"code":403,"message":"Policy doesn't allow
// scm:cert:list to be performed."}}) was told as credentials that are wrong: "check the AK/SK (or the token)",
// when the credentials were accepted and lack the permission. It still exits 3; it now names the IAM action the
// request needs and says to grant it (en and zh). A 401, and a 403 with a code the catalogue explains, are as before.
import { describe, expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';

const policy = "Policy doesn't allow scm:cert:list to be performed.";
const err = (status: number, lang: 'en' | 'zh' = 'en', errorCode?: string): ScmApiError =>
  new ScmApiError({ operation: 'list', status, errorMsg: policy, lang, ...(errorCode ? { errorCode } : {}) });

describe('a 403 without a code the catalogue knows', () => {
  it('exit 3, the IAM action named, a hint to grant it', () => {
    const e = err(403, 'en', '403');
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain('IAM action this request needs: scm:cert:list');
    expect(e.hint).toMatch(/^the credentials may be valid but not allowed this request: grant their IAM user the action above/);
    const z = err(403, 'zh');
    expect(z.message).toContain('此请求所需的 IAM 操作：scm:cert:list');
    expect(z.hint).toMatch(/^凭证可能有效，但无权执行此请求/);
  });

  it('a 401 is still about the credentials themselves; a known code keeps its own fix', () => {
    const e = err(401);
    expect([e.exitCode, e.hint]).toEqual([3, 'check the AK/SK (or the token), the project id, and that --endpoint is the SCM API of your site']);
    expect(e.message).not.toContain('IAM action');
    const k = err(403, 'en', 'APIGW.0306');
    expect(k.hint).toMatch(/scm explain APIGW\.0306/);
    expect(k.message).not.toContain('IAM action this request needs');
  });

  it('a request whose IAM action Huawei does not publish: no "action above" to grant', () => {
    const e = new ScmApiError({ operation: 'deployed-resources', status: 403, lang: 'en' });
    expect(e.message).toContain('IAM action this request needs: not published by Huawei');
    expect(e.hint).not.toContain('action above');
    expect(e.hint).toMatch(/grant their IAM user permission for it \(Huawei publishes no action name for it/);
    expect(new ScmApiError({ operation: 'notify', status: 403, lang: 'zh' }).hint).toMatch(/华为云未公布其操作名称/);
  });
});

describe('a 401 without a code, the credential used known', () => {
  it('names that credential alone and where it came from (en, zh); unknown: both kinds, as before', () => {
    const at = (lang: 'en' | 'zh', credential: 'aksk' | 'token', credentialFrom?: string): ScmApiError =>
      new ScmApiError({ operation: 'list', status: 401, lang, credential, ...(credentialFrom ? { credentialFrom } : {}) });
    expect(at('en', 'token', 'SCM_AUTH_TOKEN').hint).toBe('check the IAM token, the project id, and that --endpoint is the SCM API of your site; the IAM token used came from SCM_AUTH_TOKEN');
    expect(at('zh', 'aksk', 'HW_ACCESS_KEY/HW_SECRET_KEY').hint).toBe('请检查 AK/SK、项目 ID，以及 --endpoint 是否为所在站点的 SCM API；本次使用的 AK/SK 来自 HW_ACCESS_KEY/HW_SECRET_KEY');
    expect(at('en', 'aksk').hint).toBe('check the AK/SK, the project id, and that --endpoint is the SCM API of your site');
  });
});
