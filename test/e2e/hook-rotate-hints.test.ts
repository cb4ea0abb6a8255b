// `scm upload --from ... --rotate`, as the renewal hooks run it, through the built binary: when a deployment
// failed (or may still be running: 504), the hint names a command a person can run by hand (`scm rotate
// --domain D --to NEW ...`, with the hook's options), not "the same command", which was built inside the hook
// from RENEWED_* and is never run again; in both languages. And `--rotate --dry-run -q` prints the new id alone when SCM already holds the new certificate.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRecorder, leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
let fresh: Bundle;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));

beforeAll(async () => ({ dir, old, fresh, emu } = await rotationWorld('hook-rotate')), 60_000);
afterAll(() => leaveWorld(emu, dir));

describe('upload --from certbot --rotate', () => {
  let oldId: string;
  let newId: string;
  const certbot = () => ({ RENEWED_LINEAGE: fresh.dir, RENEWED_DOMAINS: 'example.com www.example.com' });
  beforeAll(async () => {
    [oldId] = (await emu.seed({ certificates: [{ name: 'example-old', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] })).certificates as [string];
    await emu.seed({ resources: [
      { service: 'ELB', project: 'cn-north-4', id: 'elb-north', certificate_id: oldId },
      { service: 'WAF', project: 'cn-north-4', id: 'waf-1', certificate_id: oldId },
    ] });
  });

  it('a deployment failing: the hint names the scm rotate command that finishes it (English)', async () => {
    await emu.fault({ op: 'deploy', times: 4, fail_resources: ['elb-north'], error_msg: 'ELB.8902 The certificate is in use.' });
    const r = await run(['upload', '--from', 'certbot', '--if-changed', '--quiet', '--no-input', '--rotate', '--waf-type', 'cloud'], { env: certbot() });
    expect(r.code).toBe(4);
    newId = (await emu.state()).certificates.find((c) => c.id !== oldId)!.id;
    expect(r.stderr).toContain(`hint: once that is fixed, run scm rotate --domain example.com --to ${newId} --waf-type cloud (the hook is not run again for this certificate): it deploys only what is left\n`);
    expect(r.stderr).not.toContain('same command');
  });

  it('in Chinese too', async () => {
    await emu.fault({ op: 'deploy', times: 4, fail_resources: ['elb-north'], error_msg: 'ELB.8902 The certificate is in use.' });
    const r = await run(['upload', '--from', 'certbot', '--quiet', '--no-input', '--rotate', '--waf-type', 'cloud'], { env: { ...certbot(), LANG: 'zh_CN.UTF-8' } });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`提示：问题解决后运行 \`scm rotate --domain example.com --to ${newId} --waf-type cloud\`（不会为这张证书再次运行钩子）：只会部署剩下的资源\n`);
  });

  it('a deployment that may still be running (504): the hint names the command to run in a minute, not "the same command"', async () => {
    await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' }); // what the failures above left unused
    await emu.fault({ op: 'deploy', status: 504, times: 10 });
    const r = await run(['upload', '--from', 'certbot', '--quiet', '--no-input', '--rotate', '--waf-type', 'cloud'], { env: certbot() });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain(`hint: in a minute, run scm rotate --domain example.com --to ${newId} --waf-type cloud (the hook is not run again for this certificate): it looks first and deploys only what is missing\n`);
    await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
  });

  it('the upload failing before any deployment: the hint names scm rotate with the hook\'s files, in both languages', async () => {
    await emu.fault({ op: 'deployed-resources', status: 503, times: 4 });
    const r = await run(['upload', '--from', 'certbot', '--quiet', '--no-input', '--rotate', '--waf-type', 'cloud', '--name', 'renewed-by-hook'], { env: certbot() });
    await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`; the hook is not run again for this certificate: to finish by hand, run scm rotate --domain example.com --cert ${fresh.dir}/fullchain.pem --key ${fresh.dir}/privkey.pem --name renewed-by-hook --waf-type cloud\n`);
    await emu.fault({ op: 'deployed-resources', status: 503, times: 4 });
    const zh = await run(['upload', '--from', 'certbot', '--quiet', '--no-input', '--rotate', '--waf-type', 'cloud', '--name', 'renewed-by-hook'], { env: { ...certbot(), LANG: 'zh_CN.UTF-8' } });
    await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
    expect(zh.stderr).toContain(`；不会为这张证书再次运行钩子：请手动运行 \`scm rotate --domain example.com --cert ${fresh.dir}/fullchain.pem --key ${fresh.dir}/privkey.pem --name renewed-by-hook --waf-type cloud\` 完成\n`);
  });

  it('the command quotes a wildcard domain for the shell and carries the hook\'s endpoint', async () => {
    const { rerunCommand } = await import('../../src/commands/rotate/from-upload.js');
    expect(rerunCommand({ domain: '*.example.com', opts: { wafType: 'premium', endpoint: 'http://127.0.0.1:8443' } } as never, 'scs1700000000000'))
      .toBe("scm rotate --domain '*.example.com' --to scs1700000000000 --waf-type premium --endpoint http://127.0.0.1:8443");
  });

  it('--from lego --rotate --dry-run -q: the new id alone on stdout, as -q promises', async () => {
    const lego = { LEGO_CERT_PATH: fresh.fullchain, LEGO_CERT_KEY_PATH: fresh.key, LEGO_CERT_DOMAIN: 'example.com' };
    const r = await run(['upload', '--from', 'lego', '--rotate', '--waf-type', 'cloud', '--dry-run', '-q'], { env: lego });
    expect([r.code, r.stdout]).toEqual([0, `${newId}\n`]);
    const json = await run(['upload', '--from', 'lego', '--rotate', '--waf-type', 'cloud', '--dry-run', '--json'], { env: lego });
    expect(JSON.parse(json.stdout).new).toBe(newId);
  });
});
