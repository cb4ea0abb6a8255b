// SCM's error tables give two codes for a certificate id SCM does not know: SCM.0008 ("Abnormal certificate ID")
// and SCM.0020 ("Incorrect certificate ID.", 证书ID错误: "pass the correct certificate number"). Our emulator only
// ever answers SCM.0008; another server (or the service for some ids) may answer SCM.0020. scm checks every id's
// form (scs + 13 digits) before sending it, so SCM.0020 to an id of that form is SCM not holding it: delete
// counts it as already deleted (exit 0), and show explains it as SCM.0008, not as a malformed id. Against other-scm.ts.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { send, store } from '../helpers/other-scm.js';
import { withOtherScm } from '../helpers/other-scm-suite.js';
import { runCli } from '../helpers/run-cli.js';

const GONE = 'scs1234567890123';
const t = withOtherScm('unknown-0020', 'unknown.example.com');
beforeEach(() => {
  // An id it does not hold: 400 SCM.0020, for every call about one certificate.
  t.m.hook = (req, res, mock) => {
    const one = /^\/v3\/scm\/certificates\/(scs\d+)(\/[\w-]+)?$/.exec(req.path);
    if (one && !mock.certs.some((c) => c.id === one[1])) return send(res, 400, { error_code: 'SCM.0020', error_msg: 'Incorrect certificate ID.' });
    return false;
  };
});

const scm = (...args: string[]) => runCli([...args, '--retries', '0'], { env: t.env() });

describe('SCM.0020 for an id of the right form', () => {
  it('delete: already deleted, exit 0; the others are deleted', async () => {
    const held = store(t.m, 'held', readFileSync(t.b.cert, 'utf8')).id;
    const r = await scm('delete', GONE, held);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${GONE} +already deleted \\(SCM does not hold it\\)`, 'm'));
    expect(t.m.certs).toEqual([]);
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

  it('push (one project and a batch): exit 4, explained as an id SCM does not hold, not as a malformed one (en and zh)', async () => {
    for (const projects of [['cn-north-4'], ['cn-north-4', 'ap-southeast-1']]) {
      const r = await scm('push', GONE, '--service', 'ELB', ...projects.flatMap((p) => ['--project', p]));
      expect(r.code, r.stderr).toBe(4);
      expect(r.stderr).toContain('SCM.0008');
      expect(r.stderr).toContain('SCM.0020 Incorrect certificate ID.');
      expect(r.stdout + r.stderr).not.toContain('not in the form SCM uses');
    }
    const zh = await scm('push', GONE, '--service', 'ELB', '--project', 'cn-north-4', '--lang', 'zh');
    expect(zh.code).toBe(4);
    expect(zh.stderr).toContain('SCM.0008');
    expect(zh.stdout + zh.stderr).not.toMatch(/格式/);
  });
});
