// `upload --if-changed --push` where SCM cannot tell whether the certificate is deployed already, through the
// built binary: a region flagged is_error, an answer that leaves the id out, or the look-up failing. Nothing is
// pushed there; stdout names the certificate and every target's row; the hint says to look (scm show), never
// to push blind; exit 5 (unknown), not 4 (SCM rejected nothing). In both languages.
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('push-unknown');
const { run } = cliRecorder(() => t.env());
const upload = (...extra: string[]) => run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'app-example', ...extra]);

let id: string;
beforeEach(async () => {
  id = (await upload('--quiet')).stdout.trim();
});

describe('upload --if-changed --push: SCM cannot tell whether it is deployed', () => {
  it('cn-east-3 is_error: pushed to cn-north-4 only; the hint says to look, not to push to cn-east-3; exit 5', async () => {
    await t.emu.seed({ unreliable: [{ service: 'ELB', region: 'cn-east-3' }] });
    const r = await upload('--if-changed', '--push', 'ELB:cn-north-4,cn-east-3');
    expect(r.code, r.stderr).toBe(5);
    expect(r.stdout).toMatch(new RegExp(`^unchanged: .* as ${id}; nothing uploaded\\npushed with failures: ${id} to ELB in 1 of 2 projects\\n`));
    expect(r.stderr).toMatch(new RegExp(`^hint: SCM cannot tell whether the certificate is already deployed at some targets, so they were not pushed: see where it is with scm show ${id}, then push only where it is missing$`, 'm'));
    expect(r.stderr).not.toMatch(/scm push|--project/);
    const zh = await upload('--if-changed', '--push', 'ELB:cn-north-4,cn-east-3', '--lang', 'zh');
    expect(zh.code).toBe(5);
    expect(zh.stderr).toMatch(new RegExp(`^提示：SCM 无法确定证书是否已部署在部分目标，因此没有推送到这些目标：请用 \`scm show ${id}\` 查看部署位置，只向缺少的位置推送$`, 'm'));
  });

  it('the answer leaves the id out: every target unknown, exit 5, no "check the project names"', async () => {
    await t.emu.fault({ op: 'deployed-resources', answer: { status: 200, body: { results: [] } } });
    const r = await upload('--if-changed', '--push', 'ELB:cn-north-4,cn-east-3');
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).not.toMatch(/check the project names/);
    expect(r.stderr).toMatch(/^hint: SCM cannot tell whether the certificate is already deployed/m);
    expect((await t.emu.state()).requests.byOperation['batch-push']).toBeUndefined();
  });

  it('the look-up fails (503, --retries 0): stdout says it is in SCM as ID, and the push row; exit 5', async () => {
    await t.emu.fault({ op: 'deployed-resources', status: 503, times: 10 });
    const r = await upload('--if-changed', '--push', 'ELB:cn-north-4', '--retries', '0');
    expect(r.code, r.stderr).toBe(5);
    expect(r.stdout).toMatch(new RegExp(`^unchanged: the same certificate is already in SCM as ${id}; nothing uploaded\\npush failed: ${id} to ELB in cn-north-4 \\(could not check where it is deployed \\(.*SCM\\.4001.*\\): not pushed, to avoid a second copy\\)\\n$`));
    expect((await t.emu.state()).requests.byOperation.push).toBeUndefined();
    await t.emu.fault({ op: 'deployed-resources', status: 503, times: 10 });
    const j = await upload('--if-changed', '--push', 'ELB:cn-north-4', '--retries', '0', '--json');
    expect(j.code).toBe(5);
    expect(JSON.parse(j.stdout)).toMatchObject({ certificate_id: id, changed: false, push: [{ ok: false, results: [{ project: 'cn-north-4', ok: false, result: 'failed' }] }] });
  });
});
