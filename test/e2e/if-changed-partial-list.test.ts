// `upload --if-changed` asks one question: does SCM hold this certificate? A copy found by its fingerprint among
// what the list gave answers it, however much of the list could be read. A service whose total_count is more
// than its pages hold (here: a count of every certificate, whatever the search), read twice, is an incomplete
// list, and the lookup stopped there: "cannot tell" (exit 5) on every run of a renewal hook, although the
// certificate was on the first page. The certificate found is now the answer (exit 0, nothing imported); not
// found in an incomplete list is still exit 5, never an import on a guess. Against other-scm.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBundle, TEST_AK, TEST_SK, type Bundle } from '../helpers/emulator.js';
import { listItem, send, startOtherScm, store, type OtherScm } from '../helpers/other-scm.js';
import { runCli } from '../helpers/run-cli.js';

let m: OtherScm;
let dir: string;
let b: Bundle;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-partial-list-'));
  b = makeBundle(join(dir, 'b'), { cn: 'partial.example.com' });
  m = await startOtherScm(TEST_SK);
});
afterAll(async () => {
  await m?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** ListCertificates whose total_count counts 300 more than the search finds. */
beforeEach(() => {
  m.certs.length = 0;
  m.seen.length = 0;
  m.hook = (req, res, mm) => {
    if (req.method !== 'GET' || req.path !== '/v3/scm/certificates') return false;
    const content = req.query.get('content') ?? '';
    const all = mm.certs.filter((c) => c.domain.includes(content) || c.name.includes(content));
    const limit = Number(req.query.get('limit'));
    const offset = Number(req.query.get('offset'));
    return send(res, 200, { certificates: all.slice(offset, offset + limit).map(listItem), total_count: all.length + 300 });
  };
});

const upload = (lang = 'en') =>
  runCli(['upload', '--cert', b.fullchain, '--key', b.key, '--name', 'partial-2', '--if-changed', '--lang', lang], { env: { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: m.url, HOME: dir } });

describe('upload --if-changed with a list that cannot be read whole', () => {
  it('the certificate found among what was read: unchanged, exit 0, nothing imported', async () => {
    const held = store(m, 'partial-1', readFileSync(b.cert, 'utf8'));
    const r = await upload();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`unchanged: the same certificate is already in SCM as ${held.id}, named 'partial-1' (not partial-2); nothing uploaded\n`);
    expect(m.count(/import$/)).toBe(0);
  });

  it('not found: still "cannot tell", exit 5, nothing imported (in Chinese too)', async () => {
    const r = await upload('zh');
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^scm: 无法确定 SCM 是否已有这张证书/m);
    expect(m.count(/import$/)).toBe(0);
  });
});
