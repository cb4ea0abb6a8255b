// What the service says of a push, a deployment or a resource is shown as an error_msg is: cut to 500
// characters and its control characters shown as escapes, so an answer can neither flood the terminal nor
// rewrite it (a batch-push message, a deploy failure_info, many failure entries for one resource, a
// resource name). --json carries the same cut words.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('words', { cn: 'shop.example.com' });
let id: string;
const { run } = cliRecorder(() => t.env());
const LONG = `refused \u001b[2J${'Z'.repeat(100_000)}`;
/** No line of the output longer than a cut message and its row. */
const longest = (text: string): number => Math.max(...text.split('\n').map((l) => l.length));

beforeEach(async () => {
  [id] = (await t.emu.seed({ certificates: [{ name: 'shop', pem: readFileSync(t.b.cert, 'utf8'), chain: readFileSync(t.b.chain, 'utf8'), private_key: t.b.keyPem }] })).certificates as [string];
  await t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1', name: 'lb-1' }, { service: 'ELB', project: 'cn-north-4', id: 'elb-2', name: 'lb-2' }] });
});

describe('the service\'s words about a push or a deployment', () => {
  it('a batch-push message of 100 kB with an escape: exit 4, cut to 500 characters, ESC shown as \\1B (text and --json)', async () => {
    const answer = { status: 200, body: { results: ['cn-north-4', 'cn-east-3'].map((p) => ({ project_name: p, cert_id: '', message: LONG })) } };
    await t.emu.fault({ op: 'batch-push', answer });
    const r = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4', '--project', 'cn-east-3']);
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(/^cn-north-4 +failed +refused \\1B\[2JZ{480}/m);
    expect(r.stdout + r.stderr).not.toContain('\u001b[2J');
    expect(longest(r.stdout)).toBeLessThan(600);
    expect(r.stdout.length + r.stderr.length).toBeLessThan(5000);
    await t.emu.fault({ op: 'batch-push', answer });
    const j = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4', '--project', 'cn-east-3', '--json']);
    expect(j.code).toBe(4);
    const out = JSON.parse(j.stdout) as { results: Array<{ message: string }> };
    expect(out.results.map((x) => x.message.length)).toEqual([501, 501]);
  });

  it('a deploy failure_info of 100 kB, and a thousand failure entries for one resource: each row cut to 500 characters', async () => {
    await t.emu.fault({ op: 'deploy', fail_resources: ['elb-1'], error_msg: LONG });
    const r = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1', '--resource', 'elb-2']);
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(/^elb-1 +failed +refused \\1B\[2JZ{480}/m);
    expect(longest(r.stdout)).toBeLessThan(600);
    expect(r.stdout.length + r.stderr.length).toBeLessThan(5000);
    const failure_list = Array.from({ length: 1000 }, (_, n) => ({ resource: 'elb-1', failure_info: `ELB.0001 failure number ${n}` }));
    await t.emu.fault({ op: 'deploy', answer: { status: 200, body: { failure_list } } });
    const many = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1']);
    expect(many.code).toBe(4);
    expect(many.stdout).toMatch(/^elb-1 +failed +ELB\.0001 failure number 0; ELB\.0001 failure number 1;/m);
    expect(longest(many.stdout)).toBeLessThan(600);
    expect(many.stdout.length + many.stderr.length).toBeLessThan(5000);
  });
});

describe('names and fields SCM lists', () => {
  const HUGE = `name\u001b[2J${'N'.repeat(100_000)}`;
  const entry = { id: 'scs1700000000001', name: HUGE, domain: `a.example.test${'d'.repeat(100_000)}`, sans: '', expire_time: '2030-01-01 00:00:00.0', status: 'UPLOAD' };

  it('scm list and prune --dry-run: a 100 kB name or domain is cut to 500 characters in the table; --json keeps it whole', async () => {
    await t.emu.fault({ op: 'list', answer: { status: 200, body: { certificates: [entry], total_count: 1 } } });
    const r = await run(['list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('name\\1B[2JNNN');
    expect(r.stdout).not.toContain('\u001b[2J');
    expect(r.stdout.length).toBeLessThan(3000);
    await t.emu.fault({ op: 'list', answer: { status: 200, body: { certificates: [entry], total_count: 1 } } });
    const j = await run(['list', '--json']);
    expect((JSON.parse(j.stdout) as { certificates: Array<{ name: string }> }).certificates[0]!.name).toBe(HUGE);
    const older = { ...entry, id: 'scs1700000000002', domain: 'a.example.test', expire_time: '2029-01-01 00:00:00.0' };
    await t.emu.fault({ op: 'list', answer: { status: 200, body: { certificates: [{ ...entry, domain: 'a.example.test' }, older], total_count: 2 } }, times: 2 });
    const p = await run(['prune', '--domain', 'a.example.test', '--dry-run']);
    expect(p.stdout).toMatch(/name\\1B\[2JN{400}/);
    expect(p.stdout.length + p.stderr.length).toBeLessThan(5000);
  });

  it('scm show: a 100 kB name and an unknown field of 100 kB are cut to 500 characters', async () => {
    await t.emu.fault({ op: 'show', answer: { status: 200, body: { id: 'scs1700000000001', name: HUGE, domain: 'a.example.test', fingerprint: 'AA', extra: 'E'.repeat(100_000) } } });
    const r = await run(['show', 'scs1700000000001']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/name\\1B\[2JN{400}/);
    expect(r.stdout).toMatch(/^extra +E{500}…$/m);
    expect(r.stdout.length).toBeLessThan(3000);
  });
});

describe('an empty answer labelled with a content coding', () => {
  it.each(['gzip', 'br'])('push (204) and delete (204) with Content-Encoding %s and no body: done, exit 0, sent once, never taken for a lost answer', async (encoding) => {
    await t.emu.fault({ op: 'push', encoding });
    const p = await run(['push', id, '--service', 'ELB', '--project', 'cn-north-4']);
    expect(p.code, p.stderr).toBe(0);
    expect(p.stdout + p.stderr).not.toMatch(/does not decode|answer was lost/);
    await t.emu.fault({ op: 'delete', encoding });
    const d = await run(['delete', id, '--force']);
    expect(d.code, d.stderr).toBe(0);
    expect(d.stdout + d.stderr).not.toMatch(/does not decode|answer .*was lost/);
    expect((await t.emu.state()).requests.byOperation).toMatchObject({ push: 1, delete: 1 });
  });
});
