// The --json error object of a failed page of the list, or of a lookup that could not decide, carries the API
// facts of the answer that failed (status, error_code, error_msg, request_id, operation, and a Retry-After's
// retry_after_seconds and retry_at), as `scm show --json` does for the same answer: they were only
// {type, message, exitCode, code, hint}, so a script had to parse the message to learn the status or when to retry.
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('json-error-facts');
const { run } = cliRecorder(() => t.env());
const lastError = (stderr: string): Record<string, unknown> => JSON.parse(stderr.trim().split('\n').at(-1)!).error;

describe('the API facts in --json errors of wrapped failures', () => {
  it('list: a 429 asking for 120 s on page 1: status, code, request id, retry time and the page', async () => {
    await t.emu.fault({ op: 'list', status: 429, retry_after: 120, times: 5 });
    const r = await run(['list', '--json', '--retries', '1']);
    expect(r.code, r.stderr).toBe(5);
    const e = lastError(r.stderr);
    expect(e).toMatchObject({ type: 'ListPageError', exitCode: 5, code: 'APIGW.0308', status: 429, error_code: 'APIGW.0308', operation: 'list', retry_after_seconds: 120, page: 1 });
    expect(e.request_id).toMatch(/^[0-9a-f]{32}$/);
    expect(Date.parse(String(e.retry_at))).toBeGreaterThan(Date.now());
  });

  it('upload --if-changed: the lookup fails on a 400; status and code of that answer', async () => {
    await t.emu.fault({ op: 'list', status: 400, error_code: 'SCM.0005', error_msg: 'Invalid parameter', times: 5 });
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'facts', '--if-changed', '--json']);
    expect(r.code, r.stderr).toBe(4);
    expect(lastError(r.stderr)).toMatchObject({ type: 'LookupError', exitCode: 4, status: 400, error_code: 'SCM.0005', error_msg: 'Invalid parameter', operation: 'list' });
  });
});
