// Never push or deploy twice, through the built binary against the emulator: a request that timed out may
// still be running at SCM, so a look that does not see it yet is no reason to send it again (exit 5, the rest
// not sent, and the error says how to finish); after a partial batch, push's hint is the command for the rest
// only; scm push to a sub-project pushes although its region holds a copy (it never looks first).
import { describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('second-send', { bundle: false });
const { run } = cliRecorder(() => t.env());

const seedOne = async (): Promise<string> => ((await t.emu.seed({ certificates: [{ name: 'c', domain: 'c.example.test' }] })).certificates as [string])[0];
const pushesOf = async (id: string): Promise<string[]> => (await t.emu.settled()).certificates.find((c) => c.id === id)!.pushes.map((p) => `${p.service}:${p.project}`);

describe('a request that timed out may still be running', () => {
  it('push: the look does not see it yet: not sent again (exit 5) and told how to finish; one copy once SCM is done', async () => {
    const id = await seedOne();
    await t.emu.fault({ op: 'push', delay_ms: 2500 });
    const r = await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4', '--timeout', '1', '--json']);
    expect(r.code, r.stderr).toBe(5);
    const doc = JSON.parse(r.stdout) as { results: Array<{ result: string; message: string }> };
    expect(doc.results.map((x) => x.result)).toEqual(['failed']);
    expect(doc.results[0]!.message).toMatch(new RegExp(`may still take effect: not sent again \\(in a minute, see where it is with scm show ${id}, then push only where it is missing\\)`));
    // The error itself carries that advice (the row is not printed with -q, as in the renewal hooks).
    const error = JSON.parse(r.stderr.trim().split('\n').pop()!).error as { hint: string; exitCode: number };
    expect([error.exitCode, error.hint]).toEqual([5, expect.stringMatching(new RegExp(`^wait a minute, then see where it is with scm show ${id}`))]);
    expect(await pushesOf(id)).toEqual(['WAF:cn-north-4']);
    const show = await run(['show', id, '--json']);
    expect(JSON.stringify(JSON.parse(show.stdout).deployedTo)).toMatch(/WAF/);
  });

  it('deploy: one DeployCertificate, whatever the look said while it was running; the rerun finishes', async () => {
    const id = await seedOne();
    await t.emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1' }] });
    await t.emu.fault({ op: 'deploy', delay_ms: 2500 });
    const args = ['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1', '--timeout', '1'];
    const r = await run([...args, '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(5);
    expect(r.stdout + r.stderr).toMatch(/该请求可能仍会生效：未重新部署/);
    expect(r.stderr).toMatch(/一分钟后再次运行同一命令即可/);
    expect((await t.emu.settled()).requests.deploys).toHaveLength(1);
    const again = await run(args);
    expect(again.code, again.stderr).toBe(0);
    expect((await t.emu.settled()).requests.deploys).toHaveLength(1);
  });
});

describe('scm push after a partial batch', () => {
  it('10 of 11 projects pushed, the 11th refused: the hint is the command for the 11th alone, and it makes no second copy', async () => {
    const id = await seedOne();
    const projects = ['cn-north-4', 'cn-north-1', 'cn-east-3', 'cn-east-2', 'cn-south-1', 'cn-southwest-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'af-south-1', 'la-south-2'];
    await t.emu.fault({ op: 'batch-push', status: 400, error_code: 'SCM.0069', after: 1 });
    const first = await run(['push', id, '--service', 'WAF', '--project', projects.join(',')]);
    expect(first.code).toBe(4);
    const command = new RegExp(`^hint: the others were pushed; to finish, push to the rest only: (scm push ${id} --service WAF --project la-south-2)$`, 'm').exec(first.stderr)?.[1];
    expect(command, first.stderr).toBeDefined();
    expect(await pushesOf(id)).toHaveLength(10);
    const again = await run(command!.split(' ').slice(1));
    expect(again.code, again.stderr).toBe(0);
    expect((await pushesOf(id)).sort()).toEqual(projects.map((p) => `WAF:${p}`).sort());
  });

  it('scm push to a sub-project whose region holds a copy: pushed (push does not look first; upload --push: push-sub-project.test)', async () => {
    const id = await seedOne();
    expect((await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4'])).code).toBe(0);
    expect((await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4_sub'])).code).toBe(0);
    expect((await pushesOf(id)).sort()).toEqual(['WAF:cn-north-4', 'WAF:cn-north-4_sub']);
  });
});
