// A push that SCM answered with a success status but nothing scm can read (202 Accepted or 204 with no body, a
// proxy's HTML page with 200): SCM took the request, and the push may still land. After a look that did not see
// it yet, the targets were firm failures ('failed', as if SCM had refused them): beside a target that worked, the
// hint offered them for a push again, a second copy. They are now pending, as a batch's missing results are:
// never sent again, never offered for a re-push, exit 5. Against the independent stand-in (other-scm.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { send, store } from '../helpers/other-scm.js';
import { withOtherScm } from '../helpers/other-scm-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withOtherScm('push-unread', 'unread.example.com');
const TWELVE = ['cn-north-4', 'cn-north-1', 'cn-north-2', 'cn-east-2', 'cn-east-3', 'cn-south-1', 'cn-southwest-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'af-south-1', 'la-south-2'];

describe('a push answered with a success status and nothing to read', () => {
  it.each([
    ['202 with no body', 202, '', {}],
    ['204', 204, '', {}],
    ['200 with an HTML page', 200, '<html><head><title>Portal</title></head><body>hello</body></html>', { 'Content-Type': 'text/html' }],
  ] as const)('%s to the second batch: pending, not sent again, never offered for a re-push; exit 5', async (_what, status, body, headers) => {
    const id = store(t.m, 'unread', readFileSync(t.b.cert, 'utf8')).id;
    let batches = 0;
    t.m.hook = (req, res) => (req.path.endsWith('/batch-push') && batches++ > 0 ? send(res, status, body, headers) : false);
    const r = await runCli(['push', id, '--service', 'ELB', ...TWELVE.flatMap((p) => ['--project', p]), '--json'], { env: t.env() });
    expect(r.code, r.stderr).toBe(5);
    expect(t.m.count(/batch-push$/, 'POST')).toBe(2);
    const doc = JSON.parse(r.stdout) as { results: Array<{ project: string; ok: boolean; message: string }> };
    expect(doc.results.filter((x) => x.ok)).toHaveLength(10);
    for (const x of doc.results.filter((y) => !y.ok)) expect(x.message).toMatch(/the push may still take effect: not sent again/);
    const error = JSON.parse(r.stderr.trim().split('\n').at(-1)!).error as { hint: string };
    expect(error.hint).toMatch(/^SCM did not say whether the push reached some targets/);
    expect(error.hint).not.toMatch(/--project/);
  });

  it('one project (PushCertificate) answered with an HTML page: pending, exit 5, in Chinese too', async () => {
    const id = store(t.m, 'unread', readFileSync(t.b.cert, 'utf8')).id;
    t.m.hook = (req, res) => (req.path.endsWith('/push') ? send(res, 200, '<html><title>Portal</title></html>', { 'Content-Type': 'text/html' }) : false);
    const r = await runCli(['push', id, '--service', 'WAF', '--project', 'cn-north-4', '--lang', 'zh'], { env: t.env() });
    expect(r.code, r.stderr).toBe(5);
    expect(t.m.count(/push$/, 'POST')).toBe(1);
    expect(r.stdout).toContain('该推送可能仍会生效：未重新发送');
    expect(r.stderr).toContain('SCM 已接收推送请求，但其应答无法读取');
    expect(r.stderr).not.toContain('--timeout');
  });
});
