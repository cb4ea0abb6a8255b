// APIGW.0201 answered with a 5xx status the catalogue has no text for (503 from the gateway) was told with the
// 400 text: "APIGW.0201 API request error. ... why: the request parameters are invalid" for a server failure.
// A status without its own variant takes the nearest variant of its class (503: 502's "Backend unavailable");
// a status of the entry's own class, or an entry without variants of that class, keeps the entry's text.
import { describe, expect, it } from 'vitest';
import { classifyApiError, entryFor, textAt } from '../../src/core/catalogue/index.js';
import { ScmApiError } from '../../src/api/errors.js';

describe('the text of a code sent with a status it has no text for', () => {
  const gw = entryFor('APIGW.0201')!;
  it('503 and 501: the nearest server-failure text; 431 and 400: the entry\'s own', () => {
    expect([textAt(gw, 503).message.en, textAt(gw, 501).message.en, textAt(gw, 431).message.en, textAt(gw, 400).message.en, textAt(gw, 504).message.en]).toEqual(['Backend unavailable.', 'Internal server error.', 'API request error.', 'API request error.', 'Backend timeout.']);
  });

  it('an entry with no variant of that class keeps its own text', () => {
    const scm = entryFor('SCM.0014')!;
    expect(textAt(scm, 500)).toBe(scm);
  });

  it('as the user reads it: a 503 import from the gateway, en and zh', () => {
    const e = new ScmApiError({ operation: 'import', status: 503, errorCode: 'APIGW.0201', errorMsg: 'Backend unavailable', lang: 'en' });
    expect(e.message.split('\n')[0]).toBe('SCM could not complete the import: APIGW.0201 Backend unavailable. (HTTP 503)');
    expect(e.message).not.toMatch(/request parameters are invalid/);
    const z = new ScmApiError({ operation: 'import', status: 503, errorCode: 'APIGW.0201', lang: 'zh' });
    expect(z.message.split('\n')[0]).toBe('SCM 未能导入：APIGW.0201 后端不可用（HTTP 503）');
  });
});

// An error body under 200 (a proxy's or a gateway policy's) was judged by the 200: APIGW.0301 there exited 4 as a
// rejection, where the contract's table puts APIGW.0301 with the credentials (exit 3). A known code under a 2xx
// is judged by the catalogue's own status for it; an unknown one stays a rejection.
describe('a known code under a success status', () => {
  it('APIGW.0301 and SCM.1000 under 200: credentials, exit 3; SCM.0014 under 200: rejected, exit 4', () => {
    expect(classifyApiError(200, 'APIGW.0301')).toBe('auth');
    expect(classifyApiError(204, 'SCM.1000')).toBe('auth');
    expect(classifyApiError(200, 'SCM.0014')).toBe('rejected');
    expect(classifyApiError(200, 'XYZ.0001')).toBe('rejected');
    expect(classifyApiError(200)).toBe('rejected');
    const e = new ScmApiError({ operation: 'push', status: 200, errorCode: 'APIGW.0301', errorMsg: 'Incorrect IAM authentication information', lang: 'en' });
    expect([e.exitCode, e.failure, e.retryable, e.mayHaveTakenEffect]).toEqual([3, 'auth', false, false]);
  });
});
