// Error bodies of the shapes Huawei's services and their gateways send besides SCM's own: IAM's Keystone-style
// {"error":{"code":401,"message","title"}} (the code a number, or digits: the HTTP status again, no error code),
// {"errorCode","errorMessage"}, a bare {"message"}, a null or empty error_code. Their words were lost and the
// whole JSON shown instead ("no error code {"error":{"code":401,...}} (HTTP 401)"); the message is now read, and
// a numeric code as its digits (as IAM's "401" already was: test/e2e/api-exit.test.ts).
import { describe, expect, it } from 'vitest';
import { errorFields } from '../../src/api/client.js';
import { ScmApiError } from '../../src/api/errors.js';
import { useAnswerServer } from '../helpers/answer-server.js';
import { testClient } from '../helpers/emulator.js';

const IAM = 'The request you have made requires authentication.';

describe('error bodies of other shapes', () => {
  it('reads the message when the code is a number, missing, null or empty', () => {
    expect(errorFields(JSON.stringify({ error: { code: 401, message: IAM, title: 'Unauthorized' } }))).toEqual({ code: '401', msg: IAM });
    expect(errorFields(JSON.stringify({ error: { code: '401', message: IAM, title: 'Unauthorized' } }))).toEqual({ code: '401', msg: IAM });
    expect(errorFields('{"code":400,"message":"Bad request"}')).toEqual({ code: '400', msg: 'Bad request' });
    expect(errorFields('{"message":"Internal Server Error"}')).toEqual({ msg: 'Internal Server Error' });
    expect(errorFields('{"error_code":null,"error_msg":"something wrong"}')).toEqual({ msg: 'something wrong' });
    expect(errorFields('{"error_code":"","error_msg":"something wrong"}')).toEqual({ msg: 'something wrong' });
    expect(errorFields('{"errorCode":"SCM.0014","errorMessage":"m"}')).toEqual({ code: 'SCM.0014', msg: 'm' });
  });

  it('words sent as an object or a list are said as their JSON, not dropped beside the code', () => {
    expect(errorFields('{"error_code":"SCM.0001","error_msg":{"detail":["bad"]}}')).toEqual({ code: 'SCM.0001', msg: '{"detail":["bad"]}' });
    expect(errorFields('{"error":{"code":"APIGW.0101","message":[1,2]}}')).toEqual({ code: 'APIGW.0101', msg: '[1,2]' });
  });

  it('keeps what it read before: a code with its message, nested or not; nothing from what is no error body', () => {
    expect(errorFields('{"error":{"error_code":"SCM.0014","error_msg":"m"}}')).toEqual({ code: 'SCM.0014', msg: 'm' });
    expect(errorFields('{"code":"APIGW.0301","message":"x","request_id":"r"}')).toEqual({ code: 'APIGW.0301', msg: 'x', requestId: 'r' });
    expect(errorFields('{"certificates":[],"total_count":0}')).toEqual({});
    expect(errorFields('"just a string"')).toEqual({});
    expect(errorFields('<html>bad gateway</html>')).toEqual({});
  });
});

const server = useAnswerServer(() => ({ status: 401, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ error: { code: 401, message: IAM, title: 'Unauthorized' } }) }));

it("IAM's 401 through the client: its words, not its JSON; exit 3", async () => {
  const { client } = await testClient(server.url, { retries: 0 });
  const e = (await client.show('scs1700000000001').catch((x: unknown) => x)) as ScmApiError;
  expect([e instanceof ScmApiError, e.exitCode, e.errorCode, e.errorMsg]).toEqual([true, 3, '401', IAM]);
  expect(e.message).not.toContain('{');
});
