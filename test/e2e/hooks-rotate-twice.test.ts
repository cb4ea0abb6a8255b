// The README's renewal recipes with --rotate ("After a renewal"), word for word, with the real certbot and lego
// against pebble and the emulator, renewed twice: each renewal must leave every resource (an ELB copy made by a
// push, a WAF certificate, a CDN domain) on the newest certificate, add exactly one certificate to SCM, and make
// no resource of its own (a deployment replaces; it never copies).
import { chmodSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { TEST_AK, TEST_SK } from '../helpers/emulator.js';
import { freePort, runProgram } from '../helpers/pebble.js';
import { withPebble } from '../helpers/pebble-suite.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { describeWithTool } from '../helpers/tools.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const after = readme.slice(readme.indexOf('**After a renewal.**'));
const recipes = /```sh\n([\s\S]*?)```/.exec(after)?.[1] ?? '';
/** The lego v4 line's hook, as the README writes it. */
const legoHook = /^lego --domains example\.com --http renew --renew-hook '([^']+)'\s+# lego v4$/m.exec(recipes)?.[1];

describeWithTool('pebble', 'README recipes with --rotate, renewed twice', (pebblePath) => {
  const s = withPebble(pebblePath, 'rotate-twice');
  const env = (extra: Record<string, string> = {}) => ({
    PATH: `${s.pathDir}:${process.env.PATH}`, HOME: join(s.dir, 'home'), LANG: 'C.UTF-8', NO_COLOR: '1',
    HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: s.emu.url, ...extra,
  });
  const covering = async (domain: string) => (await s.emu.state()).certificates.filter((c) => c.domain === domain);
  const placed = async (ids: string[]) => (await s.emu.state()).resources.filter((x) => ids.includes(x.id)).map((x) => [x.id, x.certificateId]);

  /** The first certificate in SCM and in use: pushed to ELB (a copy), deployed to a WAF certificate and a CDN domain. */
  async function inUse(cert: string, key: string, domain: string, waf: string): Promise<string[]> {
    const up = await runCli(['upload', '--cert', cert, '--key', key, '--name', `${domain}-first`, '--push', 'ELB:cn-north-4', '--quiet'], { env: env() });
    expect(up.code, up.stderr).toBe(0);
    const first = up.stdout.trim();
    await s.emu.seed({ resources: [{ service: 'WAF', project: 'cn-north-4', id: waf, certificate_id: first }, { service: 'CDN', kind: 'domain', id: domain, certificate_id: first }] });
    return (await s.emu.state()).resources.filter((x) => x.certificateId === first).map((x) => x.id);
  }

  async function expectRenewed(domain: string, resources: string[], before: number): Promise<string> {
    const certs = await covering(domain);
    expect(certs).toHaveLength(before + 1);
    const newest = certs.at(-1)!.id;
    expect(await placed(resources)).toEqual(resources.map((id) => [id, newest]));
    expect((await s.emu.state()).resources.filter((x) => x.name?.startsWith(domain) || x.id === domain || resources.includes(x.id))).toHaveLength(resources.length);
    return newest;
  }

  describeWithTool('lego', 'lego v4: renew --renew-hook, as the README writes it', (lego) => {
    it('two renewals: each one takes the place of the one before, everywhere, once', async () => {
      expect(legoHook).toBe('scm upload --from lego --rotate');
      const domain = 'lego-twice.example.com';
      const common = ['--server', s.pebble.directory, '--accept-tos', '--email', 'twice@example.com', '--path', join(s.dir, 'lego')];
      const legoEnv = env({ LEGO_CA_CERTIFICATES: s.pebble.caFile });
      const issue = await runProgram(lego, [...common, '--domains', domain, '--http', '--http.port', `127.0.0.1:${await freePort()}`, 'run'], { env: legoEnv, timeoutMs: 60_000 });
      expect(issue.code, issue.stderr).toBe(0);
      const base = join(s.dir, 'lego', 'certificates', domain);
      const resources = await inUse(`${base}.crt`, `${base}.key`, domain, 'lego-twice-waf');
      expect(resources).toHaveLength(3);
      let previous = '';
      for (const round of [1, 2]) {
        const before = (await covering(domain)).length;
        const r = await runProgram(lego, [...common, '--domains', domain, '--http', '--http.port', `127.0.0.1:${await freePort()}`, 'renew', '--days', '100000', '--no-random-sleep', '--renew-hook', legoHook!], { env: legoEnv, timeoutMs: 90_000 });
        expect(r.code, `renewal ${round}: ${r.stdout}${r.stderr}`).toBe(0);
        const newest = await expectRenewed(domain, resources, before);
        expect(newest).not.toBe(previous);
        expect(r.stdout + r.stderr).toContain(`every resource uses ${newest}: 3 deployed, 0 unchanged`);
        previous = newest;
      }
    }, 240_000);
  });

  describeWithTool('certbot', 'certbot: the contrib hook with SCM_HOOK_ROTATE=yes, as the README writes it', (certbot) => {
    it('two renewals: each one takes the place of the one before, everywhere, once', async () => {
      expect(recipes).toMatch(/^SCM_HOOK_ROTATE=yes +# certbot: in contrib\/certbot\/deploy-hook\.sh, or certbot's environment$/m);
      const domain = 'certbot-twice.example.com';
      const config = join(s.dir, 'certbot', 'config');
      const dirs = ['--config-dir', config, '--work-dir', join(s.dir, 'certbot', 'work'), '--logs-dir', join(s.dir, 'certbot', 'logs')];
      mkdirSync(join(config, 'renewal-hooks', 'deploy'), { recursive: true });
      copyFileSync(join(ROOT, 'contrib', 'certbot', 'deploy-hook.sh'), join(config, 'renewal-hooks', 'deploy', 'scm.sh'));
      chmodSync(join(config, 'renewal-hooks', 'deploy', 'scm.sh'), 0o755);
      const certbotEnv = env({ REQUESTS_CA_BUNDLE: s.pebble.caFile, SCM_HOOK_ROTATE: 'yes', SCM_HOOK_WAF_TYPE: 'cloud' });
      const issue = await runProgram(certbot, ['certonly', '--standalone', '--non-interactive', '--agree-tos', '--register-unsafely-without-email', '--server', s.pebble.directory, ...dirs, '--http-01-address', '127.0.0.1', '--http-01-port', String(await freePort()), '-d', domain], { env: certbotEnv, timeoutMs: 90_000 });
      expect(issue.code, issue.stderr).toBe(0);
      const live = join(config, 'live', domain);
      const resources = await inUse(join(live, 'fullchain.pem'), join(live, 'privkey.pem'), domain, 'certbot-twice-waf');
      let previous = '';
      for (const round of [1, 2]) {
        const before = (await covering(domain)).length;
        const r = await runProgram(certbot, ['renew', '--force-renewal', '--no-random-sleep-on-renew', '--non-interactive', ...dirs, '--http-01-port', String(await freePort())], { env: certbotEnv, timeoutMs: 90_000 });
        expect(r.code, `renewal ${round}: ${r.stderr}`).toBe(0);
        const newest = await expectRenewed(domain, resources, before);
        expect(newest).not.toBe(previous);
        // The hook succeeded quietly: its one line in certbot's output, no error output.
        expect(r.stdout + r.stderr).toContain(`scm: ${domain} is in SCM as ${newest}`);
        expect(r.stdout + r.stderr).not.toContain('error output');
        previous = newest;
      }
    }, 240_000);
  });
});
