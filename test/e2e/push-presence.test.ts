// Pushing without copies, end to end: `upload --push` makes sure the certificate is at each target (also when
// SCM already held it), so a rerun completes a push that failed and makes no copies after one that worked;
// a 12-project push whose second batch fails lists the ten pushed on stdout (text and --json) and exits 4;
// batch results are judged by copy id and "success", not by failure words, and project names in another
// case still match.
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('presence');
const { run } = cliRecorder(() => t.env());
const upload = (...extra: string[]) => run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'app-example', ...extra]);
const copies = async () => (await t.emu.state()).resources.map((r) => `${r.service}:${r.region}`).sort();
const TWELVE = ['cn-north-4', 'cn-north-1', 'cn-north-2', 'cn-east-2', 'cn-east-3', 'cn-south-1', 'cn-southwest-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'af-south-1', 'la-south-2'];

describe('upload --push ensures presence', () => {
  it('a rerun after success makes no copy, also without --if-changed (SCM refuses the duplicate import)', async () => {
    const first = await upload('--push', 'WAF:cn-north-4,ap-southeast-1', '--quiet');
    expect(first.code, first.stderr).toBe(0);
    for (const extra of [['--if-changed'], []]) {
      const again = await upload('--push', 'WAF:cn-north-4,ap-southeast-1', ...extra);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/^unchanged: .*\nalready there: scs\d{13} to WAF in 2 of 2 projects\nPROJECT +RESULT +MESSAGE +CERT_ID\ncn-north-4 +present +already deployed there: not pushed again +-\nap-southeast-1 +present +.*\n$/);
    }
    expect(await copies()).toEqual(['WAF:ap-southeast-1', 'WAF:cn-north-4']);
    expect((await t.emu.state()).requests.byOperation['batch-push']).toBe(1);
  });

  it('a rerun after a failed push completes it', async () => {
    await t.emu.fault({ op: 'push', status: 400, error_code: 'SCM.0028', error_msg: 'Push cert error' });
    const failed = await upload('--push', 'ELB:cn-north-4', '--if-changed');
    expect(failed.code).toBe(4);
    // The id is on stdout although the push failed.
    expect(failed.stdout).toMatch(/^uploaded app-example as (scs\d{13})\npush failed: scs\d{13} to ELB in cn-north-4 \(SCM rejected the push: SCM\.0028 Push cert error .*\)\n$/);
    expect(await copies()).toEqual([]);
    const rerun = await upload('--push', 'ELB:cn-north-4', '--if-changed', '--json');
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ changed: false, push: [{ ok: true, results: [{ project: 'cn-north-4', result: 'pushed' }] }] });
    expect(await copies()).toEqual(['ELB:cn-north-4']);
  });
});

describe('partial batches are reported', () => {
  let id: string;
  beforeEach(async () => {
    const r = await upload('--quiet');
    id = r.stdout.trim();
    await t.emu.fault({ op: 'batch-push', after: 1, status: 503, times: 20 });
  });
  const push = (...extra: string[]) => run(['push', id, '--service', 'ELB', ...TWELVE.flatMap((p) => ['--project', p]), '--retries', '1', ...extra]);

  it('batch 2 of 12 projects fails: stdout lists the 10 pushed, then the failures; exit 4', async () => {
    const r = await push();
    expect(r.code).toBe(4);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`pushed with failures: ${id} to ELB in 10 of 12 projects`);
    expect(lines.slice(2, 12).map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual(TWELVE.slice(0, 10).map((p) => `${p} pushed`));
    expect(lines.slice(12).map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual(['af-south-1 failed', 'la-south-2 failed']);
    expect(r.stderr).toMatch(/^scm: push failed for 2 of 12 targets: af-south-1 \(SCM could not complete the batch push: SCM\.4001 .*\)$/m);
    expect(r.stderr).toMatch(/^hint: the others were pushed; to finish, push to the rest only: scm push scs\d{13} --service ELB --project \S+,\S+$/m);
  });

  it('--json: the same rows in the document, the error as the last stderr line', async () => {
    const r = await push('--json');
    expect(r.code).toBe(4);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, pushed: true, ok: false, error: { exitCode: 5, status: 503 } });
    expect(doc.results.map((x: { project: string; ok: boolean }) => [x.project, x.ok])).toEqual(TWELVE.map((p, i) => [p, i < 10]));
    expect(JSON.parse(r.stderr.trim().split('\n').at(-1)!).error).toMatchObject({ exitCode: 4, message: expect.stringMatching(/^push failed for 2 of 12 targets/) });
  });
});

describe('batch results are not judged by their words', () => {
  let id: string;
  beforeEach(async () => {
    id = (await upload('--quiet')).stdout.trim();
  });

  it('"推送失败" with a cert_id is a failure (exit 4); a project named in another case is matched', async () => {
    await t.emu.fault({ op: 'batch-push', answer: { status: 200, body: { results: [{ project_name: 'CN-NORTH-4', cert_id: 'c0ffee', message: 'success' }, { project_name: 'ap-southeast-1', cert_id: 'copy-2', message: '推送失败' }] } } });
    const r = await run(['push', id, '--service', 'WAF', '--project', 'cn-north-4', '--project', 'ap-southeast-1']);
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(/^cn-north-4 +pushed +- +c0ffee$/m);
    expect(r.stdout).toMatch(/^ap-southeast-1 +failed +推送失败 +copy-2$/m);
  });
});
