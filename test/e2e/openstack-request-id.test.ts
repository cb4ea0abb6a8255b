// The request id a user quotes to support: Huawei's gateway sends X-Request-Id; OpenStack-style services send
// X-Openstack-Request-Id instead. scm read only the first, so an error from such a service named no request id.
// Whichever is present is shown (text and --json), X-Request-Id first. Against other-scm.ts.
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { TEST_SK } from '../helpers/emulator.js';
import { withOtherScm } from '../helpers/other-scm-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withOtherScm('openstack-request-id', 'osid.example.com');
const ID = 'scs1234567890123';
const OS_ID = 'req-6b0a3f7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

/** Every request answered 400 SCM.0008 with the given headers (and none other naming the request). */
function refusing(headers: Record<string, string>): void {
  t.m.hook = (_req, res: ServerResponse) => {
    res.writeHead(400, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify({ error_code: 'SCM.0008', error_msg: 'Abnormal certificate ID' }));
    return true;
  };
}

const show = (...extra: string[]) => runCli(['show', ID, '--retries', '0', ...extra], { env: t.env() });

describe('the request id of another service', () => {
  it('X-Openstack-Request-Id alone: named in the error, text and --json', async () => {
    refusing({ 'X-Openstack-Request-Id': OS_ID });
    const r = await show();
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`request id ${OS_ID}`);
    const j = await show('--json');
    expect(j.stderr + j.stdout).toContain(OS_ID);
  });

  it('both: X-Request-Id is the one shown', async () => {
    refusing({ 'X-Openstack-Request-Id': OS_ID, 'X-Request-Id': 'abc123' });
    const r = await show();
    expect(r.stderr).toContain('request id abc123');
    expect(r.stderr).not.toContain(OS_ID);
  });

  it('push too (an error of a write)', async () => {
    refusing({ 'X-Openstack-Request-Id': OS_ID });
    const r = await runCli(['push', ID, '--service', 'WAF', '--project', 'cn-north-4', '--retries', '0'], { env: t.env() });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`request id ${OS_ID}`);
  });

  it('--debug: the answer line names the X-Openstack-Request-Id (scrubbed as any server text)', async () => {
    refusing({ 'X-Openstack-Request-Id': OS_ID });
    const r = await show('--debug');
    expect(r.stderr).toMatch(new RegExp(`← 400 after \\d+ ms, request id ${OS_ID}, \\d+ bytes`));
    // The secret key quoted in the id: never printed.
    refusing({ 'X-Openstack-Request-Id': `req-${TEST_SK}` });
    const s = await show('--debug');
    expect(s.stderr).toMatch(/← 400 after \d+ ms, request id req-\S+/);
    expect(s.stderr + s.stdout).not.toContain(TEST_SK);
  });
});
