// The built binary against a gateway whose clock is 2 hours ahead of this machine's (other-scm.ts, its Date header
// moved): the AK/SK signature is refused as expired (401 APIGW.0301), and scm says by how much the clock is off
// and to set it, not only "check the AK/SK"; exit 3 as any refused credentials, in --json the same text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEST_AK, TEST_SK } from '../helpers/emulator.js';
import { send, startOtherScm, type OtherScm } from '../helpers/other-scm.js';
import { runCli } from '../helpers/run-cli.js';

let m: OtherScm;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-clock-'));
  m = await startOtherScm(TEST_SK);
  m.hook = (_req, res) => send(res, 401, { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information: signature expired' }, { Date: new Date(Date.now() + 2 * 3_600_000 + 80_000).toUTCString() });
});
afterAll(async () => {
  await m?.close();
  rmSync(dir, { recursive: true, force: true });
});

const scm = (...args: string[]) => runCli([...args, '--retries', '0'], { env: { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: m.url, HOME: dir } });

it('list: the clock 2 h behind the gateway is said, with the hint to set it; exit 3', async () => {
  const r = await scm('list');
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/^ {2}this machine's clock is 2 h 1 min behind the server's \(its answer is dated \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\): AK\/SK signatures are refused when the clock is more than 15 minutes off$/m);
  expect(r.stderr).toMatch(/^hint: set this machine's clock to the right time \(enable NTP, e\.g\. `timedatectl set-ntp true`\), then run again$/m);
  const j = await scm('list', '--json', '--lang', 'zh');
  expect(j.code).toBe(3);
  expect(JSON.parse(j.stderr.trim().split('\n').pop()!).error.message).toMatch(/本机时钟比服务器慢 2 小时 1 分钟/);
});
