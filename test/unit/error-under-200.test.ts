// A 200 whose body is an error in another of Huawei's shapes ({"error":{"code":"SCM.0010","message"}}, or
// {"code":"APIGW.0301","message"}) was taken for success: `scm push` printed "pushed" and exited 0 over a
// refusal. Only a top-level error_code was read under 200. Any error code of Huawei's form (SCM.0010,
// APIGW.0301) that errorFields finds is now the error it names; {"code":200,"message":"success"} is no error.
import { expect, it } from 'vitest';
import { ScmApiError } from '../../src/api/errors.js';
import { useAnswerServer } from '../helpers/answer-server.js';
import { testClient } from '../helpers/emulator.js';

let body: unknown;
const server = useAnswerServer(() => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));

const push = async (): Promise<unknown> => {
  const { client } = await testClient(server.url, { retries: 0 });
  return client.pushOnce('scs1700000000001', { target_service: 'CDN', target_project: 'cn-north-4' }).catch((x: unknown) => x);
};

it('a nested error, or {code, message} of Huawei form, under 200: the refusal it names', async () => {
  body = { error: { code: 'SCM.0010', message: 'not allowed' } };
  const e = (await push()) as ScmApiError;
  expect([e instanceof ScmApiError, e.errorCode, e.errorMsg, e.exitCode]).toEqual([true, 'SCM.0010', 'not allowed', 4]);
  body = { code: 'APIGW.0302', message: 'The IAM user is not authorized to access the API' };
  const p = (await push()) as ScmApiError;
  expect([p instanceof ScmApiError, p.errorCode]).toEqual([true, 'APIGW.0302']);
});

it('a success wrapper ({"code":200,"message":"success"}), or words alone, is no error', async () => {
  for (const b of [{ code: 200, message: 'success' }, { code: '0', message: 'ok' }, { message: 'ok' }, {}]) {
    body = b;
    expect(await push()).toEqual({});
  }
});
