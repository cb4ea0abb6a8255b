// `scm upload --from certbot` runs inside certbot's deploy hook, whose stderr certbot logs as "Hook 'deploy-hook'
// ran with error output", a WARNING, so scm's step lines ("uploading ...") and the line naming the hook's
// variables made every renewal that went well look like one that did not. There (stderr no terminal) scm says on
// stderr only what needs attention: warnings, retries, errors. At a terminal, trying the hook by hand, the steps
// are shown as for any command; lego and acme.sh log both streams alike and keep them. The `upload --help`
// example, run by certbot for real.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { uploadSpec } from '../../src/commands/upload/spec.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { freePort, runProgram, ymd } from '../helpers/pebble.js';
import { withPebble } from '../helpers/pebble-suite.js';
import { BIN, runCli } from '../helpers/run-cli.js';
import { TEST_AK, TEST_SK } from '../helpers/emulator.js';
import { describeWithTool } from '../helpers/tools.js';

const DOMAIN = 'hook-progress.example.test';
const t = withEmulator('hook-progress', { cn: DOMAIN });
const certbotEnv = (): Record<string, string> => t.env({ RENEWED_LINEAGE: t.b.dir, RENEWED_DOMAINS: `${DOMAIN} www.${DOMAIN}` });
const lines = (s: string): string[] => s.split('\n').filter(Boolean);

it('upload --from certbot: the result on stdout, nothing on stderr (no steps, no line naming the variables), also when SCM holds it already', async () => {
  const first = await runCli(['upload', '--from', 'certbot', '--if-changed'], { env: certbotEnv() });
  const [cert] = (await t.emu.state()).certificates;
  expect([first.code, first.stderr]).toEqual([0, '']);
  expect(first.stdout).toBe(`uploaded ${DOMAIN}-${ymd()} as ${cert!.id}\n`);
  const again = await runCli(['upload', '--from', 'certbot', '--if-changed', '--push', 'WAF:cn-north-4'], { env: certbotEnv() });
  expect([again.code, again.stderr]).toEqual([0, '']);
  expect(lines(again.stdout)).toHaveLength(2);
  // In Chinese too.
  const zh = await runCli(['upload', '--from', 'certbot', '--if-changed', '--lang', 'zh'], { env: certbotEnv() });
  expect([zh.code, zh.stderr]).toEqual([0, '']);
});

it('upload --from certbot --rotate: the rotation\'s rows on stdout, its steps nowhere', async () => {
  const r = await runCli(['upload', '--from', 'certbot', '--rotate'], { env: certbotEnv() });
  expect([r.code, r.stderr]).toEqual([0, '']);
  expect(r.stdout).toContain(`uploaded ${DOMAIN}-${ymd()} as scs`);
});

it('lego and acme.sh log both streams alike: there the steps and the line naming the variables stay', async () => {
  const r = await runCli(['upload', '--from', 'lego', '--if-changed'], { env: t.env({ LEGO_CERT_PATH: t.b.fullchain, LEGO_CERT_KEY_PATH: t.b.key, LEGO_CERT_DOMAIN: DOMAIN }) });
  expect(r.code, r.stderr).toBe(0);
  expect(lines(r.stderr)[0]).toMatch(/^from lego: LEGO_CERT_PATH=/);
  expect(r.stderr).toMatch(/^uploading .* \.\.\.$/m);
});

it('what needs attention still goes to stderr: a retry, a failure', async () => {
  await t.emu.fault({ op: 'list', status: 503, times: 1 });
  const retried = await runCli(['upload', '--from', 'certbot', '--if-changed', '--retries', '1'], { env: certbotEnv() });
  expect(retried.code, retried.stderr).toBe(0);
  expect(lines(retried.stderr)).toHaveLength(1);
  expect(retried.stderr).toMatch(/503/);
  const refused = await runCli(['upload', '--from', 'certbot', '--if-changed'], { env: { ...certbotEnv(), HUAWEICLOUD_SDK_SK: 'not-the-secret-key-0000' } });
  expect(refused.code).toBe(3);
  expect(refused.stderr).toMatch(/^scm: /);
});

describeWithTool('script', 'at a terminal (the hook tried by hand)', (script) => {
  it('the line naming the variables and the steps are shown', async () => {
    const quoted = [process.execPath, BIN, 'upload', '--from', 'certbot'].map((a) => `'${a}'`).join(' ');
    const r = await runProgram(script, ['-qec', quoted, '/dev/null'], { env: { PATH: process.env.PATH, LANG: 'C.UTF-8', NO_COLOR: '1', TERM: 'dumb', ...certbotEnv() }, timeoutMs: 20_000 });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain(`from certbot: RENEWED_LINEAGE=${t.b.dir}`);
    expect(r.stdout).toMatch(/uploading .* \.\.\./);
  });
});

describeWithTool('pebble', 'certbot against pebble', (pebblePath) => {
  const s = withPebble(pebblePath, 'hook-progress');
  describeWithTool('certbot', 'the upload --help example', (certbot) => {
    it("certbot renew --deploy-hook 'scm upload --from certbot --if-changed': certbot logs the hook's output, and no error output", async () => {
      const example = uploadSpec.examples!.map((e) => e.cmd).find((c) => c.startsWith('certbot renew --deploy-hook'))!;
      const hook = /--deploy-hook '([^']+)'/.exec(example)![1]!;
      const domain = 'certbot-example.example.com';
      const dirs = ['--config-dir', join(s.dir, 'certbot', 'config'), '--work-dir', join(s.dir, 'certbot', 'work'), '--logs-dir', join(s.dir, 'certbot', 'logs')];
      const env = { PATH: `${s.pathDir}:${process.env.PATH}`, HOME: join(s.dir, 'home'), LANG: 'C.UTF-8', REQUESTS_CA_BUNDLE: s.pebble.caFile, HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: s.emu.url };
      const issue = await runProgram(certbot, ['certonly', '--standalone', '--non-interactive', '--agree-tos', '--register-unsafely-without-email', '--server', s.pebble.directory, ...dirs, '--http-01-address', '127.0.0.1', '--http-01-port', String(await freePort()), '-d', domain], { env, timeoutMs: 90_000 });
      expect(issue.code, issue.stderr).toBe(0);
      // The example's command line, with the test's folders, port and a renewal forced.
      const r = await runProgram(certbot, ['renew', '--deploy-hook', hook, '--force-renewal', '--no-random-sleep-on-renew', '--non-interactive', ...dirs, '--http-01-port', String(await freePort())], { env, timeoutMs: 90_000 });
      expect(r.code, r.stderr).toBe(0);
      const [cert] = (await s.emu.state()).certificates.filter((c) => c.domain === domain);
      const log = r.stdout + r.stderr;
      expect(log).toMatch(new RegExp(`Hook 'deploy-hook' ran with output:\\n uploaded ${domain}-\\d{8} as ${cert!.id}\\n`));
      expect(log).not.toContain('error output');
    }, 180_000);
  });
});
