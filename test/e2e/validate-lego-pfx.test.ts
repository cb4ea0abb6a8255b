// lego's --pfx for real: Debian's lego issues from pebble with --pfx (its .pfx with lego's default password, as lego
// 4.9 writes it: RC2-40 and 3DES, SHA-1 MAC) and `scm validate` reads it with no password given, since lego's .json
// is beside it: an info finding says lego's default password was used, never the password. A .pfx without lego's
// .json, or written with --pfx.pass, is read as before (no finding of the guess). Tools missing: skipped.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { freePort, runProgram } from '../helpers/pebble.js';
import { withPebble } from '../helpers/pebble-suite.js';
import { runCli } from '../helpers/run-cli.js';
import { describeWithTool } from '../helpers/tools.js';

const USED = (pfx: string): string => `${pfx} was opened with lego's default password (lego's .json is beside it, and no password was given)`;
const USED_ZH = (pfx: string): string => `${pfx} 已用 lego 的默认密码打开（旁边有 lego 的 \`.json\` 文件，且未提供密码）`;
const FIX = "Nothing to do; anyone who has the .pfx can open it with lego's default password, so keep it as private as the key, or have lego use another with `--pfx.pass` (then give it with SCM_PFX_PASSWORD or --pfx-password-file).";
const NEEDS = (pfx: string): string => `${pfx} was left out: it needs a password (SCM_PFX_PASSWORD or --pfx-password-file), and the other files hold the certificate and the private key`;

describeWithTool('pebble', "scm validate on lego's --pfx output, without a password", (pebblePath) => {
  const s = withPebble(pebblePath, 'lego-pfx');
  describeWithTool('lego', 'lego --pfx run', (lego) => {
    const env = () => ({ PATH: process.env.PATH, HOME: join(s.dir, 'home'), LEGO_CA_CERTIFICATES: s.pebble.caFile });
    const certs = () => join(s.dir, 'lego', 'certificates');
    const issue = async (domain: string, extra: string[]) => {
      const args = ['--server', s.pebble.directory, '--accept-tos', '--email', 'pfx@example.com', '--path', join(s.dir, 'lego'), '--domains', domain, '--http', '--http.port', `127.0.0.1:${await freePort()}`, '--pfx', ...extra, 'run'];
      const r = await runProgram(lego, args, { env: env(), timeoutMs: 60_000 });
      expect(r.code, r.stderr).toBe(0);
      return join(certs(), domain);
    };
    const scmEnv = () => ({ HOME: join(s.dir, 'home'), XDG_CONFIG_HOME: join(s.dir, 'home') });

    it("lego's folder and --pfx alone: read with lego's default password, said in an info finding (en, zh), exit 0", async () => {
      const base = await issue('lego-pfx.example.com', []);
      const pfx = `${base}.pfx`;
      const folder = await runCli(['validate', certs(), '--json', '--debug'], { env: scmEnv() });
      expect(folder).toMatchObject({ code: 0, stderr: '' });
      const doc = JSON.parse(folder.stdout);
      expect(doc).toMatchObject({ valid: true, certificate: { subject: 'CN=lego-pfx.example.com' } });
      expect(doc.findings.map((f: any) => [f.rule, f.severity, f.message])).toEqual([
        ['input-converted', 'info', `${pfx} is PKCS#12; its 2 certificates and private key will be sent as PEM`],
        ['input-converted', 'info', USED(pfx)],
      ]);
      expect(doc.findings[1].fix).toBe(FIX);
      // The key is only in the .pfx: it was exit 2 ("it needs a password"); now the bundle itself.
      const alone = await runCli(['validate', '--pfx', pfx], { env: scmEnv() });
      expect(alone.code, alone.stderr).toBe(0);
      expect(alone.stdout).toContain(`  info     input-converted\n    ${USED(pfx)}\n`);
      const zh = await runCli(['validate', '--pfx', pfx, '--lang', 'zh'], { env: scmEnv() });
      expect(zh.code).toBe(0);
      expect(zh.stdout).toContain(`  提示     input-converted\n    ${USED_ZH(pfx)}\n`);
      for (const r of [folder, alone, zh]) expect(r.stdout + r.stderr).not.toContain('changeit');
    });

    it('a .pfx without lego\'s .json beside it is not guessed at: "it needs a password", exit 2, as before', async () => {
      const copy = join(s.dir, 'copy');
      mkdirSync(copy, { recursive: true });
      copyFileSync(`${join(certs(), 'lego-pfx.example.com')}.pfx`, join(copy, 'site.pfx'));
      const r = await runCli(['validate', '--pfx', join(copy, 'site.pfx')], { env: scmEnv() });
      expect(r).toMatchObject({ code: 2, stdout: '', stderr: `scm: cannot open ${join(copy, 'site.pfx')}: it needs a password\nhint: set SCM_PFX_PASSWORD or pass --pfx-password-file FILE\n` });
    });

    it('--pfx.pass: the default does not open it, which says nothing of its own (left out as before, exit 0)', async () => {
      const base = await issue('lego-pass.example.com', ['--pfx.pass', 'not-the-default']);
      const folder = join(s.dir, 'pass');
      mkdirSync(folder, { recursive: true });
      for (const ext of ['crt', 'issuer.crt', 'key', 'json', 'pfx']) copyFileSync(`${base}.${ext}`, join(folder, `lego-pass.example.com.${ext}`));
      const r = await runCli(['validate', folder, '--json'], { env: scmEnv() });
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(r.stdout).findings.map((f: any) => [f.rule, f.message])).toEqual([['input-ignored', NEEDS(join(folder, 'lego-pass.example.com.pfx'))]]);
      const given = await runCli(['validate', folder, '--json'], { env: { ...scmEnv(), SCM_PFX_PASSWORD: 'not-the-default' } });
      expect(JSON.parse(given.stdout).findings.map((f: any) => f.rule)).toEqual(['input-converted']);
    });
  });
});
