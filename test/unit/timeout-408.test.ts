// A 408 (Request Timeout: a gateway, load balancer or proxy gave up waiting) is a timeout, not SCM refusing the
// request: retried like a 5xx, exit 5 once the retries are spent. Whether the request reached SCM is not
// known, so it may have taken effect: a read is simply asked again, an import is looked up by fingerprint first
// and a push looks at ListDeployedResources first (retry.ts mayHaveTakenEffect). Unlike a 504 it does not leave
// the request running: whoever sent the 408 stopped reading it, so a look made now is to be believed
// (mayStillRun false). A 408 with a code SCM knows as a rejection is that rejection, as with a 5xx
// (cli-contract: "a known SCM rejection").
import { describe, expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';
import { mayStillRun } from '../../src/api/retry.js';
import { classifyApiError } from '../../src/core/catalogue/index.js';

const err = (status: number, errorCode?: string, lang: 'en' | 'zh' = 'en') => new ScmApiError({ operation: 'import', status, lang, ...(errorCode ? { errorCode } : {}) });

describe('HTTP 408', () => {
  it('without a code: retryable, may have taken effect, not still running, exit 5', () => {
    const e = err(408);
    expect(classifyApiError(408)).toBe('unavailable');
    expect([e.retryable, e.mayHaveTakenEffect, mayStillRun(e), e.exitCode]).toEqual([true, true, false, 5]);
    expect(e.hint).toBe('the service is unavailable; try again later');
    expect(err(408, undefined, 'zh').hint).toBe('服务暂时不可用，请稍后再试');
  });

  it('with the gateway\'s code: the same', () => {
    const e = err(408, 'APIGW.0201');
    expect([e.retryable, e.mayHaveTakenEffect, e.exitCode]).toEqual([true, true, 5]);
  });

  it('with an SCM rejection code: that rejection, not retried', () => {
    const e = err(408, 'SCM.0014');
    expect([e.failure, e.retryable, e.mayHaveTakenEffect, e.exitCode]).toEqual(['rejected', false, false, 4]);
  });

  it('other 4xx stay rejections; 429 stays retryable and certainly not acted on', () => {
    for (const s of [400, 404, 409, 410, 425]) expect(err(s).retryable, String(s)).toBe(false);
    const e = err(429);
    expect([e.retryable, e.mayHaveTakenEffect, mayStillRun(e)]).toEqual([true, false, false]);
  });
});
