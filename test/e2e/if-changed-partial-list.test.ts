// `upload --if-changed` asks one question: does SCM hold this certificate? A copy found by its fingerprint among
// what the list gave answers it, however much of the list could be read. A service whose total_count is more
// than its pages hold (here: a count of every certificate, whatever the search), read twice, is an incomplete
// list, and the lookup stopped there: "cannot tell" (exit 5) on every run of a renewal hook, although the
// certificate was on the first page. The certificate found is now the answer (exit 0, nothing imported); not
// found in an incomplete list is still exit 5, never an import on a guess. Against other-scm.ts.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { listItem, send, store } from '../helpers/other-scm.js';
import { withOtherScm } from '../helpers/other-scm-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withOtherScm('partial-list', 'partial.example.com');

/** ListCertificates whose total_count counts 300 more than the search finds. */
beforeEach(() => {
  t.m.hook = (req, res, mm) => {
    if (req.method !== 'GET' || req.path !== '/v3/scm/certificates') return false;
    const content = req.query.get('content') ?? '';
    const all = mm.certs.filter((c) => c.domain.includes(content) || c.name.includes(content));
    const limit = Number(req.query.get('limit'));
    const offset = Number(req.query.get('offset'));
    return send(res, 200, { certificates: all.slice(offset, offset + limit).map(listItem), total_count: all.length + 300 });
  };
});

const upload = (lang = 'en') =>
  runCli(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'partial-2', '--if-changed', '--lang', lang], { env: t.env() });

describe('upload --if-changed with a list that cannot be read whole', () => {
  it('the certificate found among what was read: unchanged, exit 0, nothing imported', async () => {
    const held = store(t.m, 'partial-1', readFileSync(t.b.cert, 'utf8'));
    const r = await upload();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`unchanged: the same certificate is already in SCM as ${held.id}, named 'partial-1' (not partial-2); nothing uploaded\n`);
    expect(t.m.count(/import$/)).toBe(0);
  });

  it('not found: still "cannot tell", exit 5, nothing imported (in Chinese too)', async () => {
    const r = await upload('zh');
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^scm: 无法确定 SCM 是否已有这张证书/m);
    expect(t.m.count(/import$/)).toBe(0);
  });
});
