// A 4xx without an SCM error code (a proxy's 405 or 400, an empty body) is not SCM's answer: SCM names each of
// its refusals. Only a 404 said so; a 405, 400 or 415 with no code ended with "no error code (HTTP 405)" and no
// hint at all. Each now gets the 404's hint, naming its own status (en and zh); a 401/403 keeps the credentials hint.
import { describe, expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';

const hint = (status: number, lang: 'en' | 'zh' = 'en', errorCode?: string): string | undefined => new ScmApiError({ operation: 'show', status, lang, ...(errorCode ? { errorCode } : {}) }).hint;

describe('a 4xx with no error code', () => {
  it.each([400, 404, 405, 415])('%i: not SCM\'s answer, check the endpoint and any proxy', (status) => {
    expect(hint(status)).toBe(`this ${status} carries no SCM error code, so it is not SCM's answer: check the endpoint (--endpoint, SCM_ENDPOINT, --region) and any proxy in between (HTTPS_PROXY/NO_PROXY)`);
    expect(hint(status, 'zh')).toBe(`这个 ${status} 没有 SCM 错误码，不是 SCM 的应答：请检查终端节点（--endpoint、SCM_ENDPOINT、--region）以及中间的代理（HTTPS_PROXY/NO_PROXY）`);
  });

  it('401 keeps the credentials hint, 403 the permission hint (forbidden-403.test); a code keeps its own', () => {
    expect([hint(401), hint(403)]).toEqual([expect.stringMatching(/^check the AK\/SK/), expect.stringMatching(/^the credentials may be valid but not allowed this request/)]);
    expect(hint(405, 'en', 'XYZ.0001')).toMatch(/^scm does not know XYZ\.0001/);
  });
});
