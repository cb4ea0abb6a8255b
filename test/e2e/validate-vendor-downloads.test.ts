// Bundles as cloud consoles, ACME clients and Windows deliver them (scripts/gen-fixtures-vendors.mjs), validated
// as a user would, through the built binary: Aliyun's unpacked download (nginx, apache, tomcat and IIS folders,
// the .pfx password in pfx-password.txt), Tencent Cloud's Apache folder (root_bundle.crt), acme.sh's
// <domain>_ecc folder, certbot's live/ links into archive/, a Windows export (.pfx: 3DES, SHA-1 MAC, CSP), and a
// legacy PKCS#12 with a non-ASCII password. Each class worked already; these pin it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const L = (name: string): string => fixture(`bundles/layouts/${name}`);
const D = 'www.example.com';
const rules = (stdout: string): string[] => JSON.parse(stdout).findings.map((f: any) => `${f.rule} ${f.severity}`);

describeFixtures('vendor downloads, validated as they come', () => {
  let tmp = '';
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'scm-vendors-'));
    writeFileSync(join(tmp, 'unicode.txt'), 'pässwörd-密码\n');
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.each([
    ['aliyun/nginx', []],
    ['aliyun/apache', []],
    ['tencent-apache', []],
    [`acme-sh/${D}_ecc`, ['input-not-sent info']],
    [`certbot-tree/live/${D}`, []],
  ])('%s: the leaf, its key and chain, exit 0', async (dir, expected) => {
    const r = await runCli(['validate', L(dir), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(rules(r.stdout)).toEqual(expected);
    const doc = JSON.parse(r.stdout);
    expect(doc.certificate.subject).toBe(`CN=${D}`);
    expect(doc.certificate.chain).toEqual([`CN=${D} (leaf, EC P-256)`, 'CN=SCM Test Intermediate R2 (intermediate, RSA 2048)', 'O=scm fixtures, CN=SCM Test Root R1 (issuer of CN=SCM Test Intermediate R2, not included)']);
  });

  it("Aliyun's download as unpacked: its server folders named, exit 2; tomcat's .pfx with the password file beside it named, then opened with it", async () => {
    const top = await runCli(['validate', L('aliyun')]);
    expect(top.code).toBe(2);
    expect(top.stderr).toContain('its folders apache, iis, nginx, tomcat hold files: each is a bundle folder of its own');
    const tomcat = L('aliyun/tomcat');
    const locked = await runCli(['validate', tomcat, '--lang', 'zh']);
    expect(locked.code).toBe(2);
    expect(locked.stderr).toContain(`提示：密码可能在旁边的 ${tomcat}/pfx-password.txt 中：请用 --pfx-password-file ${tomcat}/pfx-password.txt 传入`);
    const open = await runCli(['validate', tomcat, '--pfx-password-file', `${tomcat}/pfx-password.txt`, '--json']);
    expect(open.code, open.stderr).toBe(0);
    expect(rules(open.stdout)).toEqual(['input-converted info']);
  });

  it("certbot's tree: live/* with its README gives the folder's report, the README skipped with a warning", async () => {
    const r = await runCli(['validate', L('certbot-tree/live/README'), L(`certbot-tree/live/${D}`), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('skipping');
    expect(JSON.parse(r.stdout).certificate.subject).toBe(`CN=${D}`);
    const tree = await runCli(['validate', L('certbot-tree')]);
    expect(tree.code).toBe(2);
    expect(tree.stderr).toContain(`its only folder, live/${D}, holds files: that is the bundle folder`);
  });

  it('a Windows export (.pfx: 3DES, SHA-1 MAC, friendly name, CSP, root included) opens with its password', async () => {
    const r = await runCli(['validate', '--pfx', L(`windows-export/${D}.pfx`), '--pfx-password-file', L('windows-export/password.txt'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(rules(r.stdout)).toEqual(['input-converted info', 'chain-includes-root info']);
  });

  it('a -legacy PKCS#12 (RC2-40, 3DES) with a non-ASCII password opens', async () => {
    const r = await runCli(['validate', '--pfx', fixture('pfx/unicode-password-legacy.pfx'), '--pfx-password-file', join(tmp, 'unicode.txt'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(rules(r.stdout)).toEqual(['input-converted info']);
  });

  // It said the .zip was 'a download not unpacked yet' with the unzip command, beside the folders unzip had made.
  it("a download unpacked beside its .zip (Tencent Cloud's server folders and the CSR): the folders are named, not the archive", async () => {
    const dir = L('tencent-download');
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`scm: ${dir} holds no certificate or private key at its top (only ${D}.csr, ${D}.zip); its folders Apache, IIS, Nginx hold files: each is a bundle folder of its own\nhint: validate the one for your server: \`scm validate ${dir}/Nginx\`\n`);
    const zh = await runCli(['validate', dir, '--lang', 'zh']);
    expect(zh.stderr).toContain(`的顶层没有证书或私钥（只有 ${D}.csr、${D}.zip）；其中的目录 Apache、IIS、Nginx 中有文件`);
    // The archive alone still says to unpack it.
    const alone = await runCli(['validate', `${dir}/${D}.zip`]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('is a zip archive (a download not unpacked yet)');
  });

  // The key's body copied from GoDaddy's page without its armor lines: --key said key-armor-missing (SCM.0114), a
  // folder said only 'no private key among ...', naming nothing.
  it("GoDaddy's folder whose generated-private-key.txt lost its armor lines: key-armor-missing naming it, en and zh", async () => {
    const dir = join(tmp, 'godaddy');
    cpSync(L('godaddy'), dir, { recursive: true });
    const body = readFileSync(join(dir, 'generated-private-key.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('-----')).join('\n');
    writeFileSync(join(dir, 'generated-private-key.txt'), `${body}\n`);
    const r = await runCli(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    const [finding] = JSON.parse(r.stdout).findings;
    expect([finding.rule, finding.code, finding.message]).toEqual(['key-armor-missing', 'SCM.0114', `${dir}/generated-private-key.txt holds base64 text without the -----BEGIN and -----END lines of a private key`]);
    const zh = await runCli(['validate', dir, '--lang', 'zh']);
    expect(zh.stdout).toContain(`${dir}/generated-private-key.txt 中是 Base64 文本，缺少私钥的 -----BEGIN 和 -----END 行`);
  });
});
