// A 429 whose Retry-After asks no wait (0, or a date already past) is said without a wait: "SCM asked to
// wait 0s" told the user to wait for nothing. A wait of any length is still said, rounded up.
import { describe, expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';

const throttled = (retryAfterMs: number | undefined, lang: 'en' | 'zh' = 'en'): ScmApiError =>
  new ScmApiError({ operation: 'list', status: 429, errorCode: 'APIGW.0308', errorMsg: 'The throttling threshold has been reached', lang, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });

describe('a 429 with Retry-After: 0', () => {
  it('says no wait of 0s, in either language', () => {
    expect(throttled(0).message).not.toMatch(/wait 0s|Retry-After/);
    expect(throttled(0, 'zh').message).not.toMatch(/等待 0 秒|Retry-After/);
    expect(throttled(0).exitCode).toBe(5);
  });

  it('still says a wait the server asked for, rounded up', () => {
    expect(throttled(1).message).toContain('SCM asked to wait 1s before trying again (Retry-After)');
    expect(throttled(120_000).message).toContain('SCM asked to wait 120s');
    expect(throttled(2_000, 'zh').message).toContain('SCM 要求等待 2 秒后再试');
    expect(throttled(undefined).message).not.toContain('Retry-After');
  });
});
