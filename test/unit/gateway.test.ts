// The gateway's real error shapes: every published APIGW code with its status, a text per status for
// APIGW.0201, classification by the status actually sent (documented SCM quirks excepted), the two separate
// questions (may it be retried? may it have taken effect?), and the emulator answering each status as the
// gateway does.
import { describe, expect, it } from 'vitest';
import { ScmApiError, type ApiErrorFields } from '../../src/api/errors.js';
import { classifyApiError, entryFor, normalizeCode, textAt } from '../../src/core/catalogue/index.js';
import { explanationOf } from '../../src/core/catalogue/explanation.js';
import { resolve } from '../../src/core/catalogue/index.js';
import { parseFault } from '../../src/emulator/faults.js';
import { testClient } from '../helpers/emulator.js';
import { useEmulator } from '../helpers/in-process.js';

/** The published table (lifecycle-research §4, api-sign-errorcode): code -> first status. */
const PUBLISHED: Record<string, number> = {
  'APIGW.0101': 404, 'APIGW.0103': 404, 'APIGW.0104': 400, 'APIGW.0105': 400, 'APIGW.0106': 400, 'APIGW.0201': 400,
  'APIGW.0301': 401, 'APIGW.0302': 403, 'APIGW.0303': 401, 'APIGW.0304': 403, 'APIGW.0305': 401, 'APIGW.0306': 403,
  'APIGW.0307': 401, 'APIGW.0308': 429, 'APIGW.0310': 403, 'APIGW.0311': 401, 'APIGW.0401': 403, 'APIGW.0402': 403,
  'APIGW.0404': 403, 'APIGW.0501': 405, 'APIGW.0502': 405, 'APIGW.0601': 500, 'APIGW.0602': 400, 'APIGW.0605': 500,
  'APIGW.0606': 500, 'APIGW.0607': 400, 'APIGW.0608': 500, 'APIGW.0609': 500, 'APIGW.0610': 502, 'APIGW.0611': 500,
  'APIGW.0612': 500, 'APIGW.0613': 503, 'APIGW.0705': 500, 'APIGW.0801': 403, 'APIGW.0802': 403,
};

describe('the catalogue holds the published gateway table', () => {
  it('every code with its status, a message in both languages; APIG. accepted', () => {
    for (const [code, status] of Object.entries(PUBLISHED)) {
      const e = entryFor(code);
      expect(e, code).toBeDefined();
      expect([e!.status, e!.origin], code).toEqual([status, 'gateway']);
      expect(e!.message.en.length * e!.message.zh.length, code).toBeGreaterThan(0);
      expect(normalizeCode(code.replace('APIGW.', 'APIG.'))).toBe(code);
    }
  });

  it('APIGW.0201 has a text per status: "Backend timeout." with 504, never "malformed request"', () => {
    const e = entryFor('APIGW.0201')!;
    const by = (s: number) => textAt(e, s).message;
    expect([400, 413, 414, 494, 500, 502, 504].map((s) => by(s).en)).toEqual([
      'API request error.', 'Request entity too large.', 'Request URI too large.', 'Request headers too large.', 'Internal server error.', 'Backend unavailable.', 'Backend timeout.',
    ]);
    expect([by(502).zh, by(504).zh]).toEqual(['后端不可用', '后端超时']);
    expect(e.variants!.find((v) => v.status === 500)!.published).toBe(false);
    // explain --json carries the other statuses with the exit code each gets.
    const x = explanationOf(resolve('APIG.0201') as Exclude<ReturnType<typeof resolve>, { kind: 'unknown' }>);
    expect(x.otherStatuses!.map((v) => [v.status, v.exitCode])).toEqual([[413, 4], [414, 4], [494, 4], [500, 5], [502, 5], [504, 5]]);
  });
});

describe('classification by the status actually sent', () => {
  it.each([
    ['APIGW.0201', 400, 'rejected'], ['APIGW.0201', 413, 'rejected'], ['APIGW.0201', 494, 'rejected'],
    ['APIGW.0201', 500, 'unavailable'], ['APIGW.0201', 502, 'unavailable'], ['APIG.0201', 504, 'unavailable'],
    ['APIGW.0308', 429, 'unavailable'], ['APIGW.0301', 401, 'auth'], ['APIGW.0301', 400, 'auth'],
    // Documented SCM quirks keep the catalogue's reading; an SCM rejection with any 5xx is that rejection (SCM
    // answered it); gateway codes go by the status sent.
    ['SCM.0013', 500, 'rejected'], ['SCM.0010', 403, 'rejected'], ['SCM.0005', 500, 'rejected'], ['SCM.0014', 503, 'rejected'],
    ['SCM.4002', 502, 'auth'], ['SCM.4001', 500, 'unavailable'], ['APIGW.0301', 500, 'unavailable'],
    ['XYZ.0001', 401, 'auth'], ['XYZ.0002', 502, 'unavailable'], ['XYZ.0003', 409, 'rejected'],
  ] as const)('%s with %i is %s', (code, status, klass) => {
    expect(classifyApiError(status, code)).toBe(klass);
  });

  const err = (f: Omit<ApiErrorFields, 'operation'>) => new ScmApiError({ operation: 'import', ...f });
  it.each([
    // [code, status, may retry, may have taken effect]
    ['APIGW.0201', 502, true, true], ['APIGW.0201', 504, true, true], ['APIGW.0201', 500, true, true],
    ['APIGW.0308', 429, true, false], ['APIGW.0613', 503, true, false], ['APIGW.0610', 502, true, false],
    ['SCM.4001', 503, true, true], ['APIGW.0201', 400, false, false], ['APIGW.0201', 413, false, false],
    ['SCM.0013', 500, false, false], ['APIGW.0301', 401, false, false], ['SCM.0014', 500, false, false], ['SCM.1000', 503, false, false],
  ] as const)('%s with %i: retry %s, may have taken effect %s', (code, status, retry, effect) => {
    const e = err({ status, errorCode: code });
    expect([e.retryable, e.mayHaveTakenEffect]).toEqual([retry, effect]);
  });

  it('the display says what the gateway meant, in English and Chinese', () => {
    const en = err({ status: 504, errorCode: 'APIG.0201', errorMsg: 'Backend timeout.', requestId: 'abc' });
    expect(en.message.split('\n')[0]).toBe('SCM could not complete the import: APIGW.0201 Backend timeout. (HTTP 504, request id abc)');
    expect(en.exitCode).toBe(5);
    expect(en.message).not.toMatch(/server said/);
    expect(en.hint).toMatch(/looked up, in case it took effect.*scm explain APIGW\.0201/);
    const zh = err({ status: 504, errorCode: 'APIGW.0201', requestId: 'abc', lang: 'zh' });
    expect(zh.message.split('\n')[0]).toBe('SCM 未能导入：APIGW.0201 后端超时（HTTP 504，请求 ID abc）');
    expect(zh.message).toMatch(/^ {2}原因：网关后面的 SCM 服务没有及时响应/m);
  });
});

describe('the emulator answers a bare status fault like the gateway', () => {
  const at = useEmulator('gateway');

  it.each([
    [400, 'APIGW.0201', 'API request error.'], [401, 'APIGW.0301', 'Incorrect IAM authentication information.'],
    [403, 'APIGW.0302', 'The IAM user is not authorized to access the API.'], [404, 'APIGW.0101', 'The API does not exist or has not been published in the environment.'],
    [413, 'APIGW.0201', 'Request entity too large.'], [414, 'APIGW.0201', 'Request URI too large.'], [429, 'APIGW.0308', 'The throttling threshold has been reached.'],
    [494, 'APIGW.0201', 'Request headers too large.'], [500, 'APIGW.0201', 'Internal server error.'], [502, 'APIGW.0201', 'Backend unavailable.'],
    [504, 'APIGW.0201', 'Backend timeout.'], [503, 'SCM.4001', 'Error accessing the PDP interface.'],
  ] as const)('%i: %s "%s"', async (status, code, message) => {
    at.emu.faults.add([parseFault({ op: 'list', status })]);
    const res = await fetch(`${at.emu.url}/v3/scm/certificates`);
    const body = (await res.json()) as Record<string, string>;
    expect(res.status).toBe(status);
    expect(body.error_code).toBe(code);
    expect(body.error_msg).toBe(message);
    // The gateway adds request_id; SCM's own bodies do not carry it.
    expect(body.request_id === res.headers.get('x-request-id')).toBe(code.startsWith('APIGW.'));
  });

  it('a 504 with commit: the import is stored although the client hears 504; the client counts it as "maybe"', async () => {
    at.emu.faults.add([parseFault({ op: 'list', status: 504, commit: true })]);
    const { client } = await testClient(at.emu.url, { retries: 0 });
    const e = (await client.listPage().catch((x: unknown) => x)) as ScmApiError;
    expect([e.status, e.errorCode, e.retryable, e.mayHaveTakenEffect]).toEqual([504, 'APIGW.0201', true, true]);
    expect(() => parseFault({ commit: true })).toThrow(/'commit' goes with 'status'/);
  });
});
