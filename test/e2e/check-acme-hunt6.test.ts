// What real certbot runs against pebble showed (hunt6-acme, findings 1 and 2), through the built binary:
// `scm check live/*` failed on certbot's live/README where `scm validate live/*` skips it, and a certbot
// archive/ renewed minutes apart reported its older generations as other end-entity certificates.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const ARCHIVE = fixture('bundles/layouts/certbot-archive-minutes');

describeFixtures('certbot live/*: the README is skipped by check as by validate (hunt6-acme 1)', () => {
  let live: string;
  let readme: string;
  let sites: string[];
  beforeAll(() => {
    live = join(mkdtempSync(join(tmpdir(), 'scm-live-')), 'live');
    readme = join(live, 'README');
    sites = [join(live, 'ec.example.com'), join(live, 'rsa.example.com')];
    cpSync(fixture('bundles/ec-ok'), sites[0]!, { recursive: true });
    cpSync(fixture('bundles/rsa-ok'), sites[1]!, { recursive: true });
    writeFileSync(readme, 'This directory contains your keys and certificates.\n\n`[cert name]/privkey.pem`  : the private key for your certificate.\n');
  });
  afterAll(() => rmSync(join(live, '..'), { recursive: true, force: true }));

  it('among several targets: skipped with a warning, not counted, exit 0 (as validate)', async () => {
    const r = await runCli(['check', readme, ...sites, '--within', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`warning: skipping ${readme}: it holds no certificate, key or PEM block\n`);
    expect(r.stdout).not.toContain('README');
    expect(r.stdout).toContain(`${sites[0]}: ok`);
    expect(r.stdout).toContain(`${sites[1]}: ok`);
    expect((await runCli(['validate', readme, ...sites])).code).toBe(0);
  });

  it('--json: the targets leave it out; stderr has a warning line shaped like validate\'s', async () => {
    const r = await runCli(['check', readme, ...sites, '--within', '1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.ok).toBe(true);
    expect(doc.targets.map((t: { target: string }) => t.target)).toEqual(sites);
    expect(JSON.parse(r.stderr)).toEqual({ schemaVersion: 1, warning: { message: `skipping ${readme}: it holds no certificate, key or PEM block`, path: readme } });
    const v = await runCli(['validate', readme, ...sites, '--json']);
    expect(Object.keys(JSON.parse(v.stderr).warning)).toEqual(Object.keys(JSON.parse(r.stderr).warning));
  });

  it('in Chinese', async () => {
    const r = await runCli(['check', readme, ...sites, '--within', '1', '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`警告：跳过 ${readme}：其中没有证书、私钥或 PEM 块\n`);
  });

  it('alone (or only such files) it is still unreadable, exit 2: a gate that checked nothing does not pass', async () => {
    const r = await runCli(['check', readme]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${readme}: cannot check`);
    expect((await runCli(['check', readme, readme])).code).toBe(2);
  });

  it('only beside folders: among certificate files, an emptied cert.pem (or /dev/null) is exit 2, never skipped', async () => {
    const cert = join(sites[0]!, 'cert.pem');
    const empty = join(mkdtempSync(join(tmpdir(), 'scm-e2e-check-empty-')), 'cert.pem');
    writeFileSync(empty, '');
    for (const junk of [empty, '/dev/null']) {
      const r = await runCli(['check', cert, junk, '--within', '1']);
      expect(r.code, junk).toBe(2);
      expect(r.stderr).not.toContain('skipping');
    }
  });

  it('a certificate file among the targets is never skipped: one expiring within --within still needs attention', async () => {
    const cert = join(sites[0]!, 'cert.pem');
    const r = await runCli(['check', readme, cert, sites[1]!, '--within', '40000']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${cert}: needs attention`);
    expect(r.stderr).toContain(`warning: skipping ${readme}`);
  });
});

describeFixtures('certbot archive/ renewed minutes apart: older generations are no other leaves (hunt6-acme 2)', () => {
  it('validate: the newest is the leaf, each older generation is cert-older-generation info, with the times', async () => {
    const r = await runCli(['validate', ARCHIVE, '--strict', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.certificate.notBefore).toBe('2025-04-01T06:44:46.000Z');
    expect(doc.findings.map((f: { rule: string; severity: string }) => `${f.rule} ${f.severity}`)).toEqual(['cert-older-generation info', 'cert-older-generation info']);
    expect(doc.findings[0].message).toMatch(/fullchain1\.pem\) is an older generation of the leaf \(the same names, issued 2025-04-01 05:42 UTC; the leaf was issued 2025-04-01 06:44 UTC\); it is not sent$/);
    expect(doc.findings[1].message).toContain('fullchain2.pem) is an older generation of the leaf');
    const zh = await runCli(['validate', ARCHIVE, '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('是服务器证书的旧版本（域名相同，签发于 2025-04-01 06:02 UTC；服务器证书签发于 2025-04-01 06:44 UTC），不会被发送');
    expect(zh.stdout).not.toContain('chain-unrelated-cert');
  });

  it('check: ok, the chain line is the path sent, and no note calls an older generation another end-entity certificate', async () => {
    for (const lang of ['en', 'zh']) {
      const r = await runCli(['check', ARCHIVE, '--lang', lang]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      const lines = r.stdout.trim().split('\n');
      expect(lines[lines.length - 1]).toMatch(lang === 'en' ? /^ {2}chain: complete \(CN=rsa\.example\.com → CN=SCM Test Intermediate R2\)$/ : /^ {2}证书链：完整（CN=rsa\.example\.com → CN=SCM Test Intermediate R2）$/);
      expect(r.stdout).not.toMatch(/chain note|证书链提示|end-entity/);
    }
  });

  it('an identical copy of the leaf (DER, CRLF) counts once: no finding, no note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-copy-'));
    try {
      cpSync(fixture('bundles/ec-ok'), dir, { recursive: true });
      const { readFileSync } = await import('node:fs');
      const { X509Certificate } = await import('node:crypto');
      const pem = readFileSync(join(dir, 'cert.pem'), 'utf8');
      writeFileSync(join(dir, 'copy.der'), new X509Certificate(pem).raw);
      writeFileSync(join(dir, 'copy-crlf.pem'), pem.replace(/\n/g, '\r\n'));
      const v = await runCli(['validate', dir, '--json']);
      expect(JSON.parse(v.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['input-converted']);
      const c = await runCli(['check', dir]);
      expect(c.code).toBe(0);
      expect(c.stdout).not.toContain('chain note');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeFixtures('certbot archive/ whose dates go against its numbers (a clock stepped back)', () => {
  const STEPPED = fixture('bundles/layouts/certbot-archive-stepped');
  it('the highest number is the leaf (what live/ points to), the other an older generation', async () => {
    const r = await runCli(['validate', STEPPED, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    // Generation 2 (EC) was issued 20 minutes before generation 1 (RSA).
    expect(doc.certificate.notBefore).toBe('2025-04-01T05:42:17.000Z');
    expect(doc.findings.map((f: { rule: string; severity: string }) => [f.rule, f.severity])).toEqual([['cert-older-generation', 'info']]);
  });
});
