// `scm upload --from certbot --rotate -q`, as the renewal hooks run it, when the rotation fails part-way:
// - run again on files SCM already holds (the hook run by hand, or a second hook), stdout's first line still names
//   the certificate the rows are about, as 'uploaded NAME as ID' does on the first run, the id last for the hooks to
//   read; without it a rerun's log had the rows and no id to finish with;
// - a deployment refused for the credentials (a user allowed to import but not to deploy) or by SCM as a whole
//   request keeps its hint and names the command that finishes by hand, as a network failure's hint does: the ACME
//   client does not run the hook again for this certificate.
import { describe, expect, it } from 'vitest';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withEmulator('rotate-hook-rerun', { cn: 'example.com' });
const hookEnv = (extra: Record<string, string> = {}) => t.env({ RENEWED_LINEAGE: t.b.dir, RENEWED_DOMAINS: 'example.com', ...extra });
const rotateQuiet = (extra: Record<string, string> = {}) => runCli(['upload', '--from', 'certbot', '--rotate', '--waf-type', 'cloud', '--quiet', '--no-input'], { env: hookEnv(extra), timeoutMs: 60_000 });

/** An older certificate for example.com on a WAF certificate; the renewed one already in SCM under `name`. */
async function world(name?: string): Promise<{ older: string; held?: string }> {
  const { certificates: [older] } = await t.emu.seed({ certificates: [{ name: 'older', domain: 'example.com', sans: ['example.com'] }] });
  await t.emu.seed({ resources: [{ service: 'WAF', project: 'cn-north-4', id: 'rerun-waf', certificate_id: older }] });
  if (name === undefined) return { older: older! };
  const up = await runCli(['upload', t.b.dir, '--name', name, '-q'], { env: t.env() });
  expect(up.code, up.stderr).toBe(0);
  return { older: older!, held: up.stdout.trim() };
}

describe('upload --from certbot --rotate -q: a rerun that fails part-way names the certificate first', () => {
  it('in SCM already: the first line says so with its name and id, then the rows', async () => {
    const { older, held } = await world('renewed-by-hand');
    await t.emu.fault({ op: 'deploy', fail_resources: ['rerun-waf'], error_msg: 'WAF.00011005 The certificate is in use.' });
    const r = await rotateQuiet();
    expect(r.code, r.stderr).toBe(4);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`in SCM already (not uploaded again): renewed-by-hand as ${held}`);
    expect(lines[2]).toMatch(new RegExp(`^WAF +cn-north-4 +rerun-waf +${older} +failed`));
    expect((await t.emu.state()).certificates).toHaveLength(2);
  });

  it('in Chinese, the id last too', async () => {
    const { held } = await world('renewed-by-hand');
    await t.emu.fault({ op: 'deploy', fail_resources: ['rerun-waf'], error_msg: 'WAF.00011005 The certificate is in use.' });
    const r = await rotateQuiet({ LANG: 'zh_CN.UTF-8' });
    expect(r.code, r.stderr).toBe(4);
    expect(r.stdout.split('\n')[0]).toBe(`已在 SCM 中（未再次上传）：renewed-by-hand，ID 为 ${held}`);
  });

  it('uploaded by this run: the first line is still "uploaded NAME as ID"', async () => {
    await world();
    await t.emu.fault({ op: 'deploy', fail_resources: ['rerun-waf'], error_msg: 'WAF.00011005 The certificate is in use.' });
    const r = await rotateQuiet();
    expect(r.code, r.stderr).toBe(4);
    expect(r.stdout.split('\n')[0]).toMatch(/^uploaded example\.com-\d{8} as scs\d{13}$/);
  });

  it('a rotation that succeeds on a rerun prints the id alone, as before', async () => {
    const { held } = await world('renewed-by-hand');
    const r = await rotateQuiet();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${held}\n`);
  });
});

describe('upload --from certbot --rotate: a deployment refused as a whole names the command that finishes', () => {
  it('credentials refused for the deployment (exit 3): the hint keeps its advice and names scm rotate --to NEW', async () => {
    const { held } = await world('renewed-by-hand');
    await t.emu.fault({ op: 'deploy', status: 403 });
    const r = await rotateQuiet();
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('IAM action this request needs: scm:cert:deployResources');
    expect(r.stderr).toMatch(new RegExp(`\\nhint: ask the administrator to grant the user the SCM permissions it needs \\(more: scm explain APIGW\\.0302\\); the hook is not run again for this certificate: to finish by hand, run scm rotate --domain example\\.com --to ${held} --waf-type cloud\\n$`));
  });

  it('SCM refusing the request (exit 4), in Chinese', async () => {
    const { held } = await world('renewed-by-hand');
    await t.emu.fault({ op: 'deploy', status: 400, error_code: 'SCM.0010', error_msg: 'not allowed' });
    const r = await rotateQuiet({ LANG: 'zh_CN.UTF-8' });
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toContain(`不会为这张证书再次运行钩子：请手动运行 \`scm rotate --domain example.com --to ${held} --waf-type cloud\` 完成\n`);
  });

  it('without a hook (scm rotate by hand), no such command: the same command is the one to run', async () => {
    const { held } = await world('renewed-by-hand');
    await t.emu.fault({ op: 'deploy', status: 403 });
    const r = await runCli(['rotate', '--domain', 'example.com', '--to', held!, '--waf-type', 'cloud'], { env: t.env(), timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).not.toContain('the hook is not run again');
  });
});
