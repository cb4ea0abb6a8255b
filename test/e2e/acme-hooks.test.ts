// The renewal hooks for real: Debian's pebble as the ACME server, certbot and lego issuing certificates and
// running their hooks with the environment they really set, the hooks running the built scm (on PATH, as
// when installed) against the emulator, and the emulator's state showing what arrived. Tools missing:
// skipped (SCM_REQUIRE_TOOLS=1: failed). acme.sh (not packaged in Debian): acme-sh-hook.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { TEST_AK, TEST_SK } from '../helpers/emulator.js';
import { freePort, runProgram, ymd } from '../helpers/pebble.js';
import { withPebble } from '../helpers/pebble-suite.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { describeWithTool, requireTool } from '../helpers/tools.js';

const CERTBOT_HOOK = join(ROOT, 'contrib', 'certbot', 'deploy-hook.sh');
const today = (): string[] => [...new Set([ymd(), ymd(new Date(Date.now() + 60_000))])];

describeWithTool('pebble', 'ACME hooks against pebble and the emulator', (pebblePath) => {
  const s = withPebble(pebblePath, 'acme');

  /** What a cron job or systemd timer gives the client: PATH, HOME, and scm's settings. */
  const baseEnv = (): Record<string, string | undefined> => ({
    PATH: `${s.pathDir}:${process.env.PATH}`, HOME: join(s.dir, 'home'), LANG: 'C.UTF-8', NO_COLOR: '1',
    HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: s.emu.url,
  });
  const certsNamed = async (prefix: string) => (await s.emu.state()).certificates.filter((c) => c.name.startsWith(prefix));

  describeWithTool('certbot', 'certbot --deploy-hook contrib/certbot/deploy-hook.sh', (certbot) => {
    const domain = 'certbot-hook.example.com';
    const certbotDirs = () => ['--config-dir', join(s.dir, 'certbot', 'config'), '--work-dir', join(s.dir, 'certbot', 'work'), '--logs-dir', join(s.dir, 'certbot', 'logs')];
    const lineage = () => join(s.dir, 'certbot', 'config', 'live', domain);
    const certbotEnv = () => ({ ...baseEnv(), REQUESTS_CA_BUNDLE: s.pebble.caFile, SCM_HOOK_PUSH: 'WAF:cn-north-4' });

    it('certonly: the hook uploads the certificate as <domain>-<date> and pushes it', async () => {
      const port = await freePort();
      const r = await runProgram(certbot, [
        'certonly', '--standalone', '--non-interactive', '--agree-tos', '--register-unsafely-without-email', '--server', s.pebble.directory, ...certbotDirs(),
        '--http-01-address', '127.0.0.1', '--http-01-port', String(port), '-d', domain, '-d', `www.${domain}`, '--deploy-hook', CERTBOT_HOOK,
      ], { env: certbotEnv(), timeoutMs: 90_000 });
      expect(r.code, r.stderr).toBe(0);
      const certs = await certsNamed(domain);
      expect(certs).toHaveLength(1);
      expect(today().map((d) => `${domain}-${d}`)).toContain(certs[0]!.name);
      expect(certs[0]).toMatchObject({ domain, pushes: [{ service: 'WAF', project: 'cn-north-4' }] });
      // certbot shows the hook's output: the id on success.
      expect(r.stdout + r.stderr).toContain(`is in SCM as ${certs[0]!.id}`);
    }, 120_000);

    it('running the hook again for the same lineage uploads nothing (--if-changed) and succeeds', async () => {
      const before = (await s.emu.state()).requests.byOperation.import ?? 0;
      const r = await runProgram(CERTBOT_HOOK, [], { env: { ...certbotEnv(), RENEWED_LINEAGE: lineage(), RENEWED_DOMAINS: `${domain} www.${domain}` } });
      expect(r.code, r.stderr).toBe(0);
      const [cert] = await certsNamed(domain);
      expect(r.stdout).toBe(`scm: ${domain} www.${domain} is in SCM as ${cert!.id}\n`);
      expect((await s.emu.state()).requests.byOperation.import ?? 0).toBe(before);
    });

    it('certbot renew --force-renewal: the saved deploy hook uploads the renewed certificate', async () => {
      const port = await freePort();
      const r = await runProgram(certbot, ['renew', '--force-renewal', '--no-random-sleep-on-renew', '--non-interactive', ...certbotDirs(), '--http-01-port', String(port)], { env: certbotEnv(), timeoutMs: 90_000 });
      expect(r.code, r.stderr).toBe(0);
      const certs = await certsNamed(domain);
      expect(certs).toHaveLength(2);
      expect(new Set(certs.map((c) => c.fingerprint)).size).toBe(2);
      expect(certs[1]!.pushes).toMatchObject([{ service: 'WAF', project: 'cn-north-4' }]);
    }, 120_000);

    it('SCM_HOOK_PRUNE=yes: after the upload, the older certificates for the same names that nothing uses are deleted', async () => {
      const older = await s.emu.seed({ certificates: [
        // Uploaded long before the renewals (an older id, listed after them): prune keeps the last upload of a
        // group whatever its expiry.
        { id: 'scs1600000000001', name: 'older-unused', domain, sans: [domain, `www.${domain}`], not_after: new Date(Date.now() + 5 * 86_400_000).toISOString(), created_at: '2020-09-13T12:26:40.001Z' },
        { name: 'other-names', domain: `api.${domain}`, not_after: new Date(Date.now() + 5 * 86_400_000).toISOString() },
      ] });
      const before = await certsNamed(domain);
      const r = await runProgram(CERTBOT_HOOK, [], { env: { ...certbotEnv(), SCM_HOOK_PUSH: '', SCM_HOOK_PRUNE: 'yes', RENEWED_LINEAGE: lineage(), RENEWED_DOMAINS: `${domain} www.${domain}` } });
      // Nothing on stderr: prune's progress lines would make certbot log "Hook ran with error output" each time.
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toMatch(new RegExp(`^scm: ${domain} www.${domain} is in SCM as scs\\d{13}\nscm prune: 1 certificate deleted, 2 kept\n$`));
      const ids = (await s.emu.state()).certificates.map((c) => c.id);
      // The unused older one went; the renewed ones stay (the newest, and the one pushed to WAF); other names stay.
      expect(ids).not.toContain(older.certificates[0]);
      expect(ids).toContain(older.certificates[1]);
      expect((await certsNamed(domain)).map((c) => c.id)).toEqual(before.map((c) => c.id));
    });

    it('SCM_HOOK_ROTATE=yes: certbot renew ends with every resource the older certificate was on using the renewed one', async () => {
      const current = (await certsNamed(domain)).at(-1)!;
      await s.emu.seed({ resources: [
        { service: 'ELB', project: 'cn-north-4', id: 'certbot-elb', certificate_id: current.id },
        { service: 'CDN', kind: 'domain', id: `www.${domain}`, certificate_id: current.id },
      ] });
      const port = await freePort();
      const r = await runProgram(certbot, ['renew', '--force-renewal', '--no-random-sleep-on-renew', '--non-interactive', ...certbotDirs(), '--http-01-port', String(port)], {
        env: { ...certbotEnv(), SCM_HOOK_ROTATE: 'yes', SCM_HOOK_WAF_TYPE: 'cloud' }, timeoutMs: 90_000,
      });
      expect(r.code, r.stderr).toBe(0);
      const renewed = (await certsNamed(domain)).at(-1)!;
      expect(renewed.id).not.toBe(current.id);
      const held = Object.fromEntries((await s.emu.state()).resources.filter((x) => x.id === 'certbot-elb' || x.id === `www.${domain}`).map((x) => [x.id, x.certificateId]));
      expect(held).toEqual({ 'certbot-elb': renewed.id, [`www.${domain}`]: renewed.id });
      expect(r.stdout + r.stderr).toContain(`is in SCM as ${renewed.id}`);
      // Nothing was pushed this time: the rotation deploys where the older one was.
      expect(renewed.pushes).toEqual([]);
    }, 120_000);

    it('a failing upload makes the hook fail with scm\'s exit status and says why', async () => {
      const r = await runProgram(CERTBOT_HOOK, [], { env: { ...certbotEnv(), HUAWEICLOUD_SDK_SK: 'wrong-secret-key-000000', SCM_HOOK_NAME: 'forced-new-name', RENEWED_LINEAGE: lineage(), RENEWED_DOMAINS: domain } });
      // --if-changed looks the certificate up first: the wrong SK is refused there (exit 3).
      expect(r.code).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/scm deploy hook: upload of .* failed \(exit 3\): credentials missing or refused/);
      expect(r.stderr).not.toContain('wrong-secret-key-000000');
    });

    it('SCM_HOOK_ROTATE=yes, one deployment failing: certbot\'s log shows the rows (what moved, what failed), not only that it failed', async () => {
      const current = (await certsNamed(domain)).at(-1)!;
      // The previous rotation left certbot-elb and the CDN domain on `current`; the ELB now refuses the new one.
      await s.emu.fault({ op: 'deploy', times: 4, fail_resources: ['certbot-elb'], error_msg: 'ELB.8902 The certificate is in use.' });
      const port = await freePort();
      const r = await runProgram(certbot, ['renew', '--force-renewal', '--no-random-sleep-on-renew', '--non-interactive', ...certbotDirs(), '--http-01-port', String(port)], {
        env: { ...certbotEnv(), SCM_HOOK_ROTATE: 'yes', SCM_HOOK_WAF_TYPE: 'cloud' }, timeoutMs: 90_000,
      });
      await fetch(`${s.emu.url}/_emulator/faults`, { method: 'DELETE' });
      const renewed = (await certsNamed(domain)).at(-1)!;
      expect(renewed.id).not.toBe(current.id);
      const log = r.stdout + r.stderr;
      expect(log).toMatch(new RegExp(`CDN +global +www\\.${domain.replace(/\./g, '\\.')} +${current.id} +deployed +now uses ${renewed.id}`));
      expect(log).toMatch(new RegExp(`ELB +cn-north-4 +certbot-elb +${current.id} +failed +failed: `));
      // certbot indents the hook's lines: " OLD", " <id>: kept ...".
      expect(log).toMatch(new RegExp(`OLD\n\\s*${current.id}: kept: a deployment failed, so it may still be needed\n`));
      expect(r.stdout).toContain("Hook 'deploy-hook' ran with output:");
      expect(log).toMatch(new RegExp(`scm deploy hook: .* was uploaded \\(in SCM as ${renewed.id}\\), but the rotation to it failed \\(exit 4\\)`));
    }, 120_000);

    it('the hook on its own, the same failure: the rows on stdout (certbot\'s "ran with output"), the failure on stderr', async () => {
      const renewed = (await certsNamed(domain)).at(-1)!;
      await s.emu.fault({ op: 'deploy', times: 4, fail_resources: ['certbot-elb'], error_msg: 'ELB.8902 The certificate is in use.' });
      const r = await runProgram(CERTBOT_HOOK, [], { env: { ...certbotEnv(), SCM_HOOK_PUSH: '', SCM_HOOK_ROTATE: 'yes', SCM_HOOK_WAF_TYPE: 'cloud', RENEWED_LINEAGE: lineage(), RENEWED_DOMAINS: `${domain} www.${domain}` } });
      await fetch(`${s.emu.url}/_emulator/faults`, { method: 'DELETE' });
      expect(r.code).toBe(4);
      // The CDN domain moved in the renewal above: unchanged now; the ELB failed again.
      expect(r.stdout).toMatch(new RegExp(`CDN +global +www\\.${domain.replace(/\./g, '\\.')} +\\S+ +unchanged +already uses ${renewed.id}\n`));
      expect(r.stdout).toMatch(/ELB +cn-north-4 +certbot-elb +scs\d{13} +failed +failed: /);
      expect(r.stdout).not.toContain('scm deploy hook:');
      expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^in SCM already \\(not uploaded again\\): \\S+ as ${renewed.id}$`));
      expect(r.stderr).toMatch(new RegExp(`scm deploy hook: .* is in SCM already \\(as ${renewed.id}\\), but the rotation to it failed \\(exit 4\\)`));
    });

    it('a push failing after the upload: the hook still says which id the certificate has in SCM', async () => {
      const renewed = (await certsNamed(domain)).at(-1)!;
      await s.emu.fault({ op: 'push', status: 400, times: 4 });
      const r = await runProgram(CERTBOT_HOOK, [], { env: { ...certbotEnv(), SCM_HOOK_PUSH: 'ELB:cn-north-4', RENEWED_LINEAGE: lineage(), RENEWED_DOMAINS: domain } });
      await fetch(`${s.emu.url}/_emulator/faults`, { method: 'DELETE' });
      expect(r.code).toBe(4);
      expect(r.stdout).toBe(`scm: ${domain} is in SCM as ${renewed.id}\n`);
      expect(r.stderr).toMatch(/scm deploy hook: .* was uploaded \(in SCM as scs\d{13}\), but the push after it failed \(exit 4\)/);
    });
    it('certbot renew, the import failing: certbot\'s log names the command that finishes by hand (certbot does not run the hook again), and it does', async () => {
      const before = await certsNamed(domain);
      await s.emu.fault({ op: 'import', status: 500, times: 4 });
      const port = await freePort();
      const r = await runProgram(certbot, ['renew', '--force-renewal', '--no-random-sleep-on-renew', '--non-interactive', ...certbotDirs(), '--http-01-port', String(port)], { env: certbotEnv(), timeoutMs: 90_000 });
      await fetch(`${s.emu.url}/_emulator/faults`, { method: 'DELETE' });
      expect(await certsNamed(domain)).toHaveLength(before.length);
      const log = r.stdout + r.stderr;
      expect(log).toMatch(/scm deploy hook: upload of .* failed \(exit 5\)/);
      // certbot still exits 0 (the renewal worked), as the README warns whoever alerts on its exit status.
      expect(r.code).toBe(0);
      expect(log).toContain("Hook 'deploy-hook' reported error code 5");
      expect(readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ')).toContain("certbot itself still exits 0 when its deploy hook fails (the renewal worked; it logs `Hook 'deploy-hook' reported error code N`");
      // Not "run the upload again": the hook's command reads RENEWED_LINEAGE, which the reader of the log has not got.
      const cmd = /the hook is not run again for this certificate: to finish by hand, run (scm upload .*)$/m.exec(log)?.[1];
      expect(today().map((d) => `scm upload --cert ${lineage()}/fullchain.pem --key ${lineage()}/privkey.pem --name ${domain}-${d} --if-changed --push WAF:cn-north-4`)).toContain(cmd);
      const byHand = await runProgram('sh', ['-c', cmd!], { env: baseEnv() });
      expect(byHand.code, byHand.stderr).toBe(0);
      const after = await certsNamed(domain);
      expect(after).toHaveLength(before.length + 1);
      expect(after.at(-1)!.pushes).toMatchObject([{ service: 'WAF', project: 'cn-north-4' }]);
    }, 120_000);
  });

  describeWithTool('lego', 'lego run --run-hook "scm upload --from lego"', (lego) => {
    const legoEnv = () => ({ ...baseEnv(), LEGO_CA_CERTIFICATES: s.pebble.caFile });
    const legoPath = () => join(s.dir, 'lego');
    const common = () => ['--server', s.pebble.directory, '--accept-tos', '--email', 'hook@example.com', '--path', legoPath()];

    it('http-01, two domains: the hook (run without a shell, v4 variables) uploads <domain>-<date>', async () => {
      const port = await freePort();
      const r = await runProgram(lego, [...common(), '--domains', 'lego-hook.example.com', '--domains', 'www.lego-hook.example.com', '--http', '--http.port', `127.0.0.1:${port}`, 'run', '--run-hook', 'scm upload --from lego --if-changed --push CDN'], { env: legoEnv(), timeoutMs: 60_000 });
      expect(r.code, r.stderr).toBe(0);
      const certs = await certsNamed('lego-hook.example.com');
      expect(certs).toHaveLength(1);
      expect(today().map((d) => `lego-hook.example.com-${d}`)).toContain(certs[0]!.name);
      expect(certs[0]).toMatchObject({ domain: 'lego-hook.example.com', pushes: [{ service: 'CDN', project: '' }] });
    }, 90_000);

    it('the same files through the lego v5 variable names: already in SCM, same id, nothing imported', async () => {
      const [cert] = await certsNamed('lego-hook.example.com');
      const before = (await s.emu.state()).requests.byOperation.import ?? 0;
      const base = join(legoPath(), 'certificates', 'lego-hook.example.com');
      const r = await runCli(['upload', '--from', 'lego', '--if-changed', '--quiet'], {
        env: { ...baseEnv(), LEGO_HOOK_CERT_PATH: `${base}.crt`, LEGO_HOOK_CERT_KEY_PATH: `${base}.key`, LEGO_HOOK_CERT_DOMAINS: 'lego-hook.example.com,www.lego-hook.example.com' },
      });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toBe(`${cert!.id}\n`);
      expect((await s.emu.state()).requests.byOperation.import ?? 0).toBe(before);
    });

    it('dns-01 wildcard: *.example.com is named wildcard.<domain>-<date>', async () => {
      const r = await runProgram(lego, [...common(), '--domains', '*.lego-wild.example.com', '--dns', 'exec', '--dns.disable-cp', 'run', '--run-hook', 'scm upload --from lego'], {
        env: { ...legoEnv(), EXEC_PATH: requireTool('true') ?? '/bin/true', EXEC_PROPAGATION_TIMEOUT: '1', EXEC_POLLING_INTERVAL: '1' }, timeoutMs: 60_000,
      });
      expect(r.code, r.stderr).toBe(0);
      const certs = await certsNamed('wildcard.lego-wild.example.com');
      expect(certs).toHaveLength(1);
      expect(today().map((d) => `wildcard.lego-wild.example.com-${d}`)).toContain(certs[0]!.name);
      expect(certs[0]!.domain).toBe('*.lego-wild.example.com');
    }, 90_000);

    it('renew --renew-hook "scm upload --from lego --rotate": the renewed certificate takes the older one\'s place', async () => {
      const name = 'lego-rotate.example.com';
      const issue = await runProgram(lego, [...common(), '--domains', name, '--http', '--http.port', `127.0.0.1:${await freePort()}`, 'run'], { env: legoEnv(), timeoutMs: 60_000 });
      expect(issue.code, issue.stderr).toBe(0);
      // The first certificate, uploaded by hand, in use on an ELB certificate and a CDN domain.
      const base = join(legoPath(), 'certificates', name);
      const up = await runCli(['upload', '--cert', `${base}.crt`, '--key', `${base}.key`, '--name', 'lego-rotate-1', '--quiet'], { env: baseEnv() });
      expect(up.code, up.stderr).toBe(0);
      const first = up.stdout.trim();
      await s.emu.seed({ resources: [{ service: 'ELB', project: 'ap-southeast-1', id: 'lego-elb', certificate_id: first }, { service: 'CDN', kind: 'domain', id: name, certificate_id: first }] });
      const r = await runProgram(lego, [...common(), '--domains', name, '--http', '--http.port', `127.0.0.1:${await freePort()}`, 'renew', '--days', '100000', '--no-random-sleep', '--renew-hook', 'scm upload --from lego --rotate'], { env: legoEnv(), timeoutMs: 60_000 });
      expect(r.code, r.stderr).toBe(0);
      const renewed = (await certsNamed(name)).at(-1)!;
      expect(renewed.id).not.toBe(first);
      const held = Object.fromEntries((await s.emu.state()).resources.filter((x) => x.id === 'lego-elb' || x.id === name).map((x) => [x.id, x.certificateId]));
      expect(held).toEqual({ 'lego-elb': renewed.id, [name]: renewed.id });
    }, 120_000);

    it('renew --renew-hook "scm upload --from lego --rotate", one deployment failing: lego\'s output has the rows (what moved, what failed)', async () => {
      const name = 'lego-rotate.example.com';
      const current = (await certsNamed(name)).at(-1)!;
      await s.emu.fault({ op: 'deploy', times: 4, fail_resources: ['lego-elb'], error_msg: 'ELB.8902 The certificate is in use.' });
      const r = await runProgram(lego, [...common(), '--domains', name, '--http', '--http.port', `127.0.0.1:${await freePort()}`, 'renew', '--days', '100000', '--no-random-sleep', '--renew-hook', 'scm upload --from lego --rotate'], { env: legoEnv(), timeoutMs: 60_000 });
      await fetch(`${s.emu.url}/_emulator/faults`, { method: 'DELETE' });
      expect(r.code).not.toBe(0);
      const renewed = (await certsNamed(name)).at(-1)!;
      expect(renewed.id).not.toBe(current.id);
      const log = r.stdout + r.stderr;
      expect(log).toMatch(new RegExp(`CDN +global +lego-rotate\\.example\\.com +${current.id} +deployed +now uses ${renewed.id}`));
      expect(log).toMatch(new RegExp(`ELB +ap-southeast-1 +lego-elb +${current.id} +failed +failed: ELB\\.8902`));
      expect(log).toMatch(/rotation failed for 1 of 2 resources/);
    }, 90_000);

    it('the README\'s lego v4 lines, run as written: the first issue and the renewals (cron runs renew) both reach SCM', async () => {
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      const hooks = readme.slice(readme.indexOf('### Renewal hooks'), readme.indexOf('### Your own script'));
      const lines = hooks.split('\n').filter((l) => l.startsWith('lego ') && l.includes('# lego v4')).map((l) => l.replace(/\s+#.*$/, ''));
      expect(lines.map((l) => / (run|renew) /.exec(l)?.[1])).toEqual(['run', 'renew']);
      const name = 'lego-readme.example.com';
      for (const [i, line] of lines.entries()) {
        // Only the test's server, folder and port are added; the words the README gives are run by a shell as written.
        const cmd = line.replace(' example.com ', ` ${name} `).replace(/^lego /, `lego --server ${s.pebble.directory} --accept-tos --email hook@example.com --path ${legoPath()} `)
          .replace(' --http ', ` --http --http.port 127.0.0.1:${await freePort()} `)
          .replace(' renew ', ' renew --days 100000 --no-random-sleep ');
        const r = await runProgram('sh', ['-c', cmd], { env: legoEnv(), timeoutMs: 60_000 });
        expect(r.code, r.stdout + r.stderr).toBe(0);
        expect(await certsNamed(name)).toHaveLength(i + 1);
      }
    }, 120_000);

    it('run --no-bundle: the .crt holds the leaf alone and no variable names the chain; the hook takes lego\'s .issuer.crt beside it', async () => {
      const name = 'lego-nobundle.example.com';
      const r = await runProgram(lego, [...common(), '--domains', name, '--http', '--http.port', `127.0.0.1:${await freePort()}`, 'run', '--no-bundle', '--run-hook', 'scm upload --from lego --if-changed'], { env: legoEnv(), timeoutMs: 60_000 });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(await certsNamed(name)).toHaveLength(1);
    }, 90_000);

    it('a hook that scm refuses fails the lego run', async () => {
      const port = await freePort();
      const r = await runProgram(lego, [...common(), '--domains', 'lego-bad.example.com', '--http', '--http.port', `127.0.0.1:${port}`, 'run', '--run-hook', 'scm upload --from lego --push NOPE'], { env: legoEnv(), timeoutMs: 60_000 });
      expect(r.code).not.toBe(0);
      expect(r.stdout + r.stderr).toMatch(/upload refused: 1 error found offline; nothing was sent[\s\S]*exit status 1/);
      expect(await certsNamed('lego-bad.example.com')).toEqual([]);
    }, 90_000);
  });
});
