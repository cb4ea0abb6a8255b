// `scm check` on a file or folder whose only certificate is self-signed (OpenSSL 3's `req -x509` makes it CA:TRUE):
// checked as the leaf, as validate reads it, and `self-signed` said as a chain note, as for a served one: the verdict
// is the contract's (valid for more than --within days, matching --expect), whatever the chain's trust. What
// check says about a file it cannot check names no flag check lacks (validate's texts say --cert, --pfx).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeFixtures, fixture, FIXTURES } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const check = (args: string[]) => runCli(['check', ...args]);
const SELF = 'CN=self.example.com is self-signed: clients trust it only where it was installed by hand, and no intermediate certificate can change that (serve a certificate a CA issued)';
const SELF_ZH = 'CN=self.example.com 是自签名证书：只有手动安装了它的客户端才会信任它，添加中间证书也无济于事（请改用 CA 签发的证书）';

describeFixtures('scm check on a lone self-signed certificate', () => {
  it('a CA:TRUE self-signed file is the leaf: self-signed is a chain note, its days decide (exit 0; 1 past --within), in both languages', async () => {
    const file = fixture('cases/self-signed-ca.crt');
    const r = await check([file, '--json']);
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout).targets[0];
    expect(row).toMatchObject({ kind: 'file', ok: true, subject: 'CN=self.example.com', names: ['self.example.com'], problems: [], chain: { problems: [{ id: 'self-signed', message: SELF }] } });
    const text = await check([file]);
    expect(text.stdout).toContain(`${file}: ok\n`);
    expect(text.stdout).toContain(`  chain note: ${SELF}\n`);
    expect(text.stderr).toBe('');
    const zh = await check([file, '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(`${file}：正常\n`);
    expect(zh.stdout).toContain(`  证书链提示：${SELF_ZH}\n`);
    const gate = await check([file, '--within', '100000']);
    expect([gate.code, gate.stderr]).toEqual([1, 'scm: 1 of 1 target needs attention\n']);
  });

  it('a folder with it and its key, and a CA:FALSE self-signed folder: the same verdict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-check-self-'));
    try {
      writeFileSync(join(dir, 'cert.pem'), readFileSync(fixture('cases/self-signed-ca.crt')));
      writeFileSync(join(dir, 'privkey.pem'), readFileSync(fixture('cases/rsa.key')));
      for (const target of [dir, fixture('bundles/leaf-only')]) {
        const r = await check([target, '--json']);
        expect([target, r.code]).toEqual([target, 0]);
        expect(JSON.parse(r.stdout).targets[0]).toMatchObject({ kind: 'bundle', problems: [], chain: { problems: [{ id: 'self-signed', message: SELF }] } });
      }
      const zh = await check([dir, '--lang', 'zh']);
      expect(zh.stdout).toContain(`  证书链提示：${SELF_ZH}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('validate --cert alone reads it as the leaf too (no "only CA certificates")', async () => {
    const r = await runCli(['validate', '--cert', fixture('cases/self-signed-ca.crt'), '--json']);
    const rules = JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('cert-is-ca');
    expect(rules).not.toContain('cert-missing');
  });

  it('a folder whose cert.pem does not parse is that error (exit 2), not "only CA certificates: check cert.pem instead"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-e2e-check-badcert-'));
    try {
      const ok = fixture('bundles/rsa-ok');
      const pem = readFileSync(join(ok, 'cert.pem'), 'utf8').split('\n');
      writeFileSync(join(dir, 'cert.pem'), `${pem.slice(0, 10).join('\n')}\n-----END CERTIFICATE-----\n`);
      for (const f of ['chain.pem', 'privkey.pem']) writeFileSync(join(dir, f), readFileSync(join(ok, f)));
      const r = await check([dir]);
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/cert\.pem/);
      expect(r.stdout).not.toContain('holds only CA certificates');
      const v = await runCli(['validate', dir, '--json']);
      const said = JSON.parse(v.stdout).findings.find((x: { severity: string }) => x.severity === 'error').message as string;
      expect(r.stdout).toContain(said.split(': ').at(-1)!);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a chain file, or a PKCS#12 file without its password, cannot be checked (exit 2), and the message names no flag check lacks', async () => {
    const chain = fixture('bundles/rsa-ok/chain.pem');
    const r = await check([chain]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`${chain}: cannot check\n  ✗ ${chain} holds only CA certificates (CN=SCM Test Intermediate R2), not the server certificate: this looks like the chain file; check cert.pem or fullchain.pem instead\n`);
    const zh = await check([chain, '--lang', 'zh']);
    expect(zh.stdout).toBe(`${chain}：无法检查\n  ✗ ${chain} 中只有 CA 证书（CN=SCM Test Intermediate R2），没有服务器证书：这看起来是证书链文件；请改为检查 cert.pem 或 fullchain.pem\n`);
    const pfx = fixture('pfx/leaf-only.pfx');
    const p = await check([pfx, '--lang', 'zh']);
    expect(p.code).toBe(2);
    expect(p.stdout).toBe(`${pfx}：无法检查\n  ✗ ${pfx} 是需要密码的 PKCS#12（.pfx/.p12）文件：请设置环境变量 SCM_PFX_PASSWORD，或用 --pfx-password-file 指定存放密码的文件（读取其第一行）\n`);
  });
});

describeFixtures('every flag scm check names exists on scm check', () => {
  // Two runs of check over every fixture (more with each fixture added): longer than the default limit under load.
  it('over every fixture file and folder, in both languages', { timeout: 120_000 }, async () => {
    const help = await check(['--help']);
    const own = new Set([...help.stdout.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!));
    expect(own.has('--within')).toBe(true);
    const targets = ['cases', 'pki', 'pfx', 'bundles'].flatMap((d) => readdirSync(join(FIXTURES, d)).map((f) => join(FIXTURES, d, f)));
    for (const lang of ['en', 'zh']) {
      const r = await check([...targets, '--lang', lang]);
      const named = [...`${r.stdout}\n${r.stderr}`.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]);
      expect([lang, [...new Set(named)].filter((f) => !own.has(f))]).toEqual([lang, []]);
    }
  });
});

