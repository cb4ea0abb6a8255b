// The certbot hook installed as the README says, in certbot's renewal-hooks/deploy folder, with the real certbot
// and pebble: certbot runs that folder's hooks after a renewal only, never after a first issue (certonly runs
// only a --deploy-hook given on its command line), so the README must not promise "after every issue", and its
// way to cover the first issue (the same path given as --deploy-hook) must upload it once, and renewals then run
// the hook once, not twice (certbot skips a saved deploy hook that is one of the folder's).
import { chmodSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { TEST_AK, TEST_SK } from '../helpers/emulator.js';
import { freePort, runProgram } from '../helpers/pebble.js';
import { withPebble } from '../helpers/pebble-suite.js';
import { ROOT } from '../helpers/run-cli.js';
import { describeWithTool } from '../helpers/tools.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const hookText = readFileSync(join(ROOT, 'contrib', 'certbot', 'deploy-hook.sh'), 'utf8');

describeWithTool('pebble', 'certbot hook in renewal-hooks/deploy', (pebblePath) => {
  const s = withPebble(pebblePath, 'certbot-dir');

  describeWithTool('certbot', 'installed as the README says', (certbot) => {
    const configDir = () => join(s.dir, 'certbot', 'config');
    const folderHook = () => join(configDir(), 'renewal-hooks', 'deploy', 'scm.sh');
    const dirs = () => ['--config-dir', configDir(), '--work-dir', join(s.dir, 'certbot', 'work'), '--logs-dir', join(s.dir, 'certbot', 'logs')];
    const env = () => ({
      PATH: `${s.pathDir}:${process.env.PATH}`, HOME: join(s.dir, 'home'), LANG: 'C.UTF-8', NO_COLOR: '1',
      HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: s.emu.url, REQUESTS_CA_BUNDLE: s.pebble.caFile,
    });
    const certonly = async (domain: string, extra: string[] = []) => runProgram(certbot, [
      'certonly', '--standalone', '--non-interactive', '--agree-tos', '--register-unsafely-without-email', '--server', s.pebble.directory, ...dirs(),
      '--http-01-address', '127.0.0.1', '--http-01-port', String(await freePort()), '-d', domain, ...extra,
    ], { env: env(), timeoutMs: 90_000 });
    const named = async (domain: string) => (await s.emu.state()).certificates.filter((c) => c.name.startsWith(`${domain}-`));

    beforeAll(() => {
      mkdirSync(join(configDir(), 'renewal-hooks', 'deploy'), { recursive: true });
      copyFileSync(join(ROOT, 'contrib', 'certbot', 'deploy-hook.sh'), folderHook());
      chmodSync(folderHook(), 0o755);
    });

    it('a first issue does not run the folder\'s hook, and the README and the hook do not say it does', async () => {
      const r = await certonly('first-issue.example.com');
      expect(r.code, r.stderr).toBe(0);
      expect(await named('first-issue.example.com')).toEqual([]);
      for (const text of [readme, hookText]) expect(text).not.toMatch(/after every (successful )?issue/);
      expect(readme).toContain('--deploy-hook /etc/letsencrypt/renewal-hooks/deploy/scm.sh');
      expect(hookText).toContain('--deploy-hook /etc/letsencrypt/renewal-hooks/deploy/scm.sh');
    }, 120_000);

    it('the README\'s first issue (the folder\'s hook as --deploy-hook) uploads it; a renewal runs the hook once', async () => {
      const domain = 'named-hook.example.com';
      const r = await certonly(domain, ['--deploy-hook', folderHook()]);
      expect(r.code, r.stderr).toBe(0);
      expect(await named(domain)).toHaveLength(1);
      const imports = (await s.emu.state()).requests.byOperation.import ?? 0;
      const renew = await runProgram(certbot, ['renew', '--force-renewal', '--no-random-sleep-on-renew', '--non-interactive', ...dirs(), '--cert-name', domain, '--http-01-port', String(await freePort())], { env: env(), timeoutMs: 90_000 });
      expect(renew.code, renew.stderr).toBe(0);
      expect(await named(domain)).toHaveLength(2);
      expect((await s.emu.state()).requests.byOperation.import ?? 0).toBe(imports + 1);
      expect((renew.stdout + renew.stderr).match(/is in SCM as scs\d{13}/g)).toHaveLength(1);
    }, 180_000);
  });
});
