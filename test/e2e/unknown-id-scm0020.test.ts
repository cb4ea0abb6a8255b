// SCM's error tables give two codes for a certificate id SCM does not know: SCM.0008 ("Abnormal certificate ID")
// and SCM.0020 ("Incorrect certificate ID.", 证书ID错误: "pass the correct certificate number"). Our emulator only
// ever answers SCM.0008; another server (or the service for some ids) may answer SCM.0020. scm checks every id's
// form (scs + 13 digits) before sending it, so SCM.0020 to an id of that form is SCM not holding it: delete
// counts it as already deleted (exit 0), and show explains it as SCM.0008, not as a malformed id. Against other-scm.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBundle, TEST_AK, TEST_SK, type Bundle } from '../helpers/emulator.js';
import { send, startOtherScm, store, type OtherScm } from '../helpers/other-scm.js';
import { runCli } from '../helpers/run-cli.js';

let m: OtherScm;
let dir: string;
let b: Bundle;
const GONE = 'scs1234567890123';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-unknown-0020-'));
  b = makeBundle(join(dir, 'b'), { cn: 'unknown.example.com' });
  m = await startOtherScm(TEST_SK);
});
afterAll(async () => {
  await m?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  m.certs.length = 0;
  m.seen.length = 0;
  // An id it does not hold: 400 SCM.0020, for every call about one certificate.
  m.hook = (req, res, mock) => {
    const one = /^\/v3\/scm\/certificates\/(scs\d+)(\/[\w-]+)?$/.exec(req.path);
    if (one && !mock.certs.some((c) => c.id === one[1])) return send(res, 400, { error_code: 'SCM.0020', error_msg: 'Incorrect certificate ID.' });
    return false;
  };
});

const scm = (...args: string[]) => runCli([...args, '--retries', '0'], { env: { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: m.url, HOME: dir } });

describe('SCM.0020 for an id of the right form', () => {
  it('delete: already deleted, exit 0; the others are deleted', async () => {
    const held = store(m, 'held', readFileSync(b.cert, 'utf8')).id;
    const r = await scm('delete', GONE, held);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${GONE} +already deleted \\(SCM does not hold it\\)`, 'm'));
    expect(m.certs).toEqual([]);
  });

  it('delete in Chinese too', async () => {
    const r = await scm('delete', GONE, '--lang', 'zh');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${GONE} +已不存在（SCM 中没有这张证书）`, "m"));
  });

  it('show: exit 4, explained as an id SCM does not hold, not as a malformed one', async () => {
    const r = await scm('show', GONE);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('SCM.0008');
    expect(r.stderr).toContain('SCM.0020 Incorrect certificate ID.');
    expect(r.stderr).not.toContain('not in the form SCM uses');
  });
});
