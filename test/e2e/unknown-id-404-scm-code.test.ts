// A server that answers an id it does not hold with 404 and an SCM code SCM documents for something else (the
// independent stand-in other-scm.ts sends 404 SCM.0002 "certificate not found"; SCM's table gives SCM.0002,
// "Incorrect tenant ID", with 500) had it read as refused credentials: `scm delete` of an id already gone failed
// with exit 3 ("SCM refused the credentials ... Incorrect tenant ID"), `scm show` too. A 404 with an SCM code is
// now SCM not holding the certificate (404's own meaning), as any other SCM code with 404 already was: delete says
// already deleted (exit 0), show explains it as SCM.0008 (exit 4). The gateway's credential codes keep exit 3.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { classifyApiError } from '../../src/core/catalogue/index.js';
import { makeBundle, TEST_AK, TEST_SK, type Bundle } from '../helpers/emulator.js';
import { startOtherScm, store, type OtherScm } from '../helpers/other-scm.js';
import { runCli } from '../helpers/run-cli.js';

let m: OtherScm;
let dir: string;
let b: Bundle;
const GONE = 'scs1234567890123';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-unknown-404-'));
  b = makeBundle(join(dir, 'b'), { cn: 'gone.example.com' });
  m = await startOtherScm(TEST_SK);
});
afterAll(async () => {
  await m?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  m.certs.length = 0;
  m.seen.length = 0;
});

const scm = (...args: string[]) => runCli([...args, '--retries', '0'], { env: { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: m.url, HOME: dir } });

describe("other-scm's 404 SCM.0002 for an id it does not hold", () => {
  it('the class: 404 with an SCM code is a rejection; with 403 or 400 SCM.0002 still means credentials; the gateway\'s code keeps them', () => {
    expect([classifyApiError(404, 'SCM.0002'), classifyApiError(403, 'SCM.0002'), classifyApiError(400, 'SCM.0002'), classifyApiError(404, 'APIGW.0301')]).toEqual(['rejected', 'auth', 'auth', 'auth']);
  });

  it('delete: already deleted, exit 0; the one held is deleted', async () => {
    const held = store(m, 'held', readFileSync(b.cert, 'utf8')).id;
    const r = await scm('delete', GONE, held);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${GONE} +already deleted \\(SCM does not hold it\\)`, 'm'));
    expect(m.certs).toEqual([]);
  });

  it('show: exit 4, explained as an id SCM does not hold', async () => {
    const r = await scm('show', GONE);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('SCM.0008');
    expect(r.stderr).not.toMatch(/refused the credentials|tenant/);
  });
});
