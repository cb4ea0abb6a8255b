// Exit codes and outcomes of API failures through the built binary, against the emulator: a rejection (4xx,
// or 500 SCM.0013) while paging the list exits 4 from list, prune and upload --if-changed as it does from
// show (not 5); a Retry-After longer than scm waits ends the run at once with exit 5 and the time to try
// again (one request, not a second one 30 s early); a delete whose first answer was lost (504 after SCM
// deleted it) is reported as deleted, in --json `deleted` too, not as "already deleted".
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('api-exit', { cn: 'shop.example.test' });
const { run } = cliRecorder(() => t.env());
const lastJson = (stderr: string): { error: Record<string, unknown> } => JSON.parse(stderr.trim().split('\n').pop()!);

describe('a rejection while reading the list: exit 4, as show', () => {
  const commands: Array<[string, () => string[]]> = [
    ['list', () => ['list']],
    ['prune', () => ['prune', '--domain', 'shop.example.test']],
    ['upload --if-changed', () => ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'shop-2026', '--if-changed']],
  ];
  it.each(commands)('%s: 400 SCM.0005 and 500 SCM.0013 exit 4, sent once; --json says so', async (_, args) => {
    for (const code of ['SCM.0005', 'SCM.0013']) {
      await t.emu.reset();
      await t.emu.fault({ op: 'list', status: code === 'SCM.0005' ? 400 : 500, error_code: code, times: 10 });
      const r = await run([...args(), '--json']);
      expect([r.code, lastJson(r.stderr).error.exitCode, lastJson(r.stderr).error.code], r.stderr).toEqual([4, 4, code]);
      expect(lastJson(r.stderr).error.message).toMatch(/could not read page 1 of the certificate list: SCM rejected listing certificates: SCM\.00(05|13) /);
      const state = await t.emu.state();
      // A 400 to a page that asked for expired certificates (list, prune) is asked once more without
      // expired_days_since (a server older than it may refuse it: list-expired.ts); refused again, it stands.
      const pages = code === 'SCM.0005' && !args().includes('upload') ? 2 : 1;
      expect([state.requests.byOperation.list, state.requests.byOperation.import]).toEqual([pages, undefined]);
    }
  });

  // A 408 is a timeout on the way, not a rejection: retried, exit 5 (timeout-408.test).
  it('a 404 and a 405 without a code exit 4; show gave 4 for the same answers already', async () => {
    for (const status of [404, 405]) {
      await t.emu.reset();
      await t.emu.fault({ op: 'list', answer: { status, body: '<html>no</html>' } });
      const r = await run(['list']);
      expect(r.code, r.stderr).toBe(4);
      expect(r.stderr).toMatch(new RegExp(`^scm: could not read page 1 of the certificate list: SCM rejected listing certificates: .*HTTP ${status}`, 'm'));
    }
  });
});

describe('an SCM rejection or credentials code sent with a 5xx is that answer', () => {
  it('import 500 SCM.0014: exit 4, one import, no lookup, no "safe to run again"; list 500 SCM.1000 and 502 SCM.4002: exit 3, sent once', async () => {
    await t.emu.fault({ op: 'import', status: 500, error_code: 'SCM.0014', times: 10 });
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'shop-5xx', '--json']);
    expect([r.code, lastJson(r.stderr).error.code], r.stderr).toEqual([4, 'SCM.0014']);
    expect(r.stderr).not.toMatch(/safe to run/);
    // The one list page is the look before the import (upload.ts), not a lookup after the rejection.
    expect((await t.emu.state()).requests.byOperation).toEqual({ list: 1, import: 1 });
    for (const [status, code] of [[500, 'SCM.1000'], [502, 'SCM.4002']] as const) {
      await t.emu.reset();
      await t.emu.fault({ op: 'list', status, error_code: code, times: 10 });
      const l = await run(['list', '--json']);
      expect([l.code, lastJson(l.stderr).error.code, (await t.emu.state()).requests.byOperation.list], l.stderr).toEqual([3, code, 1]);
    }
  });
});

describe('a Retry-After longer than scm waits', () => {
  it('429 Retry-After 120 on list: exit 5 after one request, saying when to try again; not "honouring Retry-After"', async () => {
    await t.emu.fault({ op: 'list', status: 429, retry_after: 120, times: 10 });
    const r = await run(['list', '--retries', '1']);
    expect(r.code, r.stderr).toBe(5);
    expect((await t.emu.state()).requests.byOperation.list).toBe(1);
    expect(r.stderr).toMatch(/^scm: could not read page 1 of the certificate list: SCM could not complete listing certificates: APIGW\.0308 .*; SCM asked to wait 120s before trying again \(until \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\), longer than scm waits for a Retry-After \(30s\)$/m);
    expect(r.stderr).toMatch(/^hint: try again after \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(in 120s\)$/m);
    expect(r.stderr).not.toMatch(/retry 1 of 1|honouring Retry-After/);
    const z = await run(['list', '--retries', '1', '--json', '--lang', 'zh']);
    expect([z.code, lastJson(z.stderr).error.exitCode, lastJson(z.stderr).error.code]).toEqual([5, 5, 'APIGW.0308']);
    expect(lastJson(z.stderr).error.hint).toMatch(/^请在 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC 之后再试（120 秒后）$/);
  });
});

describe('a delete whose first answer was lost', () => {
  it('504 after SCM deleted it: deleted (not already deleted), in --json deleted; exit 0', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'old', domain: 'old.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'delete', status: 504, error_code: 'APIGW.0201', commit: true });
    const r = await run(['delete', id, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { results: Array<{ id: string; result: string }>; deleted: string[] };
    expect([doc.results.map((x) => [x.id, x.result]), doc.deleted]).toEqual([[[id, 'deleted']], [id]]);
    expect(r.stderr).not.toMatch(/already deleted/);
    expect([(await t.emu.state()).requests.byOperation.delete, (await t.emu.state()).certificates]).toEqual([2, []]);

    const [other] = (await t.emu.seed({ certificates: [{ name: 'old2', domain: 'old.example.test' }] })).certificates as [string];
    await t.emu.fault({ op: 'delete', status: 504, error_code: 'APIGW.0201', commit: true });
    const text = await run(['delete', other]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^${other}  deleted \\(the answer to the first attempt was lost; the retry found it gone\\)  not deployed anywhere$`, 'm'));
  });
});

describe('an error body under a success status is that error', () => {
  const refusal = { status: 200, body: { error_code: 'SCM.0010', error_msg: 'Certificate not held by this account.' } };
  it('push, notify, delete, deploy answered 200 {error_code}: exit 4 naming SCM.0010, never "done"', async () => {
    const [id] = (await t.emu.seed({ certificates: [{ name: 'x', domain: 'x.example.test' }] })).certificates as [string];
    const cases: Array<[string, string[]]> = [
      ['push', ['push', id, '--service', 'WAF', '--project', 'cn-north-4', '--json']],
      ['notification-disable', ['notify', 'off', id, '--json']],
      ['delete', ['delete', id, '--json']],
      ['deploy', ['deploy', id, '--service', 'CDN', '--resource', 'x.example.test', '--json']],
    ];
    for (const [op, args] of cases) {
      await t.emu.fault({ op, answer: refusal });
      const r = await run(args);
      expect([op, r.code], r.stdout + r.stderr).toEqual([op, 4]);
      expect(r.stdout + r.stderr, op).toContain('SCM.0010');
    }
    expect((await t.emu.state()).certificates.map((c) => c.id)).toEqual([id]);
  });

  it('an import answered 200 {error_code}: a rejection (exit 4), not an answer lost and found', async () => {
    await t.emu.fault({ op: 'import', answer: refusal });
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'shop-2026', '--json']);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stdout + r.stderr).not.toMatch(/answer was lost|imported once/);
    expect((await t.emu.state()).requests.byOperation.import).toBe(1);
  });

  it('a gateway code that is only a status ("401") stays as sent, with no "unknown code" hint', async () => {
    await t.emu.fault({ op: 'list', answer: { status: 401, body: { error: { code: '401', message: 'The request you have made requires authentication.', title: 'Unauthorized' } } } });
    const r = await run(['list', '--json']);
    expect(r.code).toBe(3);
    const e = lastJson(r.stderr).error;
    expect(e.code).toBe('401');
    expect(JSON.stringify(e)).not.toMatch(/SCM\.0401|does not know/);
  });
});
