// `scm validate` through the built binary on what a folder may hold beside its PEM files (lego's locked .pfx and
// .json, a Java keystore) and on arguments that mix files and folders: exit codes, the exact stderr lines, and
// the --json documents.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const L = (name: string): string => fixture(`bundles/layouts/${name}`);
const C = (name: string): string => fixture(`cases/${name}`);
const json = (stdout: string): any => JSON.parse(stdout);
const triples = (findings: any[]): string[] => findings.map((f) => `${f.rule} ${f.severity} ${f.code}`);
const KEYTOOL = (source: string, p12: string): string => `\`keytool -importkeystore -srckeystore ${source} -destkeystore ${p12} -deststoretype pkcs12\``;

describeFixtures("scm validate: lego's --pfx layout and Java keystores", () => {
  it("lego's folder without a password: its .pfx opened with lego's default password, said as an info, exit 0", async () => {
    const lego = await runCli(['validate', L('lego'), '--json']);
    expect(lego).toMatchObject({ code: 0, stderr: '' });
    expect(json(lego.stdout).findings.map((f: any) => f.message)).toEqual([
      `${join(L('lego'), 'www.example.com.pfx')} is PKCS#12; its 2 certificates and private key will be sent as PEM`,
      `${join(L('lego'), 'www.example.com.pfx')} was opened with lego's default password (lego's .json is beside it, and no password was given)`,
    ]);
  });

  it("lego's folder whose .pfx has a password of its own (--pfx.pass): validated from its PEM files, the .pfx left out (info), exit 0", async () => {
    const pfx = join(L('lego-pfx-pass'), 'www.example.com.pfx');
    const r = await runCli(['validate', L('lego-pfx-pass'), '--json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const doc = json(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, valid: true, certificate: { subject: 'CN=www.example.com' } });
    expect(doc.findings).toEqual([{
      rule: 'input-ignored', severity: 'info', code: null,
      message: `${pfx} was left out: it needs a password (SCM_PFX_PASSWORD or --pfx-password-file), and the other files hold the certificate and the private key`,
      fix: 'Nothing to do; to have it read too, give the PKCS#12 password with SCM_PFX_PASSWORD or --pfx-password-file, or convert the Java keystore to PKCS#12 with `keytool -importkeystore`.',
    }]);
    const zh = await runCli(['validate', L('lego-pfx-pass'), '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(`  提示     input-ignored\n    ${pfx} 未被读取：它需要密码（SCM_PFX_PASSWORD 或 --pfx-password-file），而其他文件中已有证书和私钥\n`);
    const right = await runCli(['validate', L('lego-pfx-pass'), '--json'], { env: { SCM_PFX_PASSWORD: 'not-the-default' } });
    expect(triples(json(right.stdout).findings)).toEqual(['input-converted info null']);
  });

  it('a .pfx that is the only place for the key is still the input error (exit 2, password hint)', async () => {
    const pfx = fixture('pfx/lego.pfx');
    const r = await runCli(['validate', join(L('lego'), 'www.example.com.crt'), pfx]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `scm: cannot open ${pfx}: it needs a password\nhint: set SCM_PFX_PASSWORD or pass --pfx-password-file FILE\n` });
  });

  it("Tomcat's folder: an unreadable input, exit 2, what it is and how to convert it, as --pfx says (hunt5 K)", async () => {
    const jks = join(L('tomcat'), 'www.example.com.jks');
    const r = await runCli(['validate', L('tomcat')]);
    const p12 = join(L('tomcat'), 'www.example.com.p12');
    const pass = join(L('tomcat'), 'keystorePass.txt');
    const keytool = `${KEYTOOL(jks, p12).slice(0, -1)} -srcstorepass:file ${pass} -deststorepass:file ${pass}\``;
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `scm: ${jks} is a Java keystore (JKS), not a PKCS#12 (.pfx/.p12) file\nhint: its password is likely in ${pass}, beside it: convert it with ${keytool}, then give the .p12 with \`--pfx ${p12} --pfx-password-file ${pass}\`\n` });
    const j = await runCli(['validate', L('tomcat'), '--json']);
    expect(j.code).toBe(2);
    expect(json(j.stderr).error).toMatchObject({ type: 'InputError', exitCode: 2 });
  });

  it('--pfx site.jks: exit 2, what it is and, as a hint, how to convert it', async () => {
    const r = await runCli(['validate', '--pfx', C('site.jks')]);
    expect(r).toMatchObject({
      code: 2, stdout: '',
      stderr: `scm: ${C('site.jks')} is a Java keystore (JKS), not a PKCS#12 (.pfx/.p12) file\nhint: convert it with ${KEYTOOL(C('site.jks'), C('site.p12'))}, then give the .p12 with --pfx\n`,
    });
    const zh = await runCli(['validate', '--pfx', C('site.jceks'), '--lang', 'zh']);
    expect(zh.stderr).toBe(`scm: ${C('site.jceks')} 是 Java 密钥库（JCEKS），不是 PKCS#12（.pfx/.p12）文件\n提示：请先用 ${KEYTOOL(C('site.jceks'), C('site.p12'))} 转换，再用 --pfx 传入生成的 .p12 文件\n`);
  });
});

describeFixtures('scm validate: files and folders in one run', () => {
  const live = fixture('bundles/rsa-ok');
  const MIXED = (file: string, dir: string): string => `${file} is a file and ${dir} a folder: give files (read together as one bundle) or folders (one bundle each), not both`;

  it('files that hold certificates or keys beside a folder: a usage error naming the first, exit 2, nothing validated', async () => {
    const args = [C('rsa-fullchain.pem'), C('rsa.key'), L('cert-chain-key')];
    const r = await runCli(['validate', ...args]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `scm: ${MIXED(C('rsa-fullchain.pem'), L('cert-chain-key'))}\n` });
    const doc = await runCli(['validate', ...args, '--json']);
    expect(doc).toMatchObject({ code: 2, stdout: '' });
    expect(doc.stderr.split('\n')).toEqual([JSON.stringify({ schemaVersion: 1, error: { type: 'UsageError', message: MIXED(C('rsa-fullchain.pem'), L('cert-chain-key')), exitCode: 2, code: null, hint: null } }), '']);
    const zh = await runCli(['validate', ...args, '--lang', 'zh']);
    expect(zh).toMatchObject({ code: 2, stdout: '', stderr: `scm: ${C('rsa-fullchain.pem')} 是文件，而 ${L('cert-chain-key')} 是目录：请只传文件（合起来作为一个证书包）或只传目录（每个目录一个证书包），不要混用\n` });
  });

  it.each([
    ['a key after the folders', [live, L('sectigo'), C('rsa.key')], C('rsa.key')],
    ['a Java keystore', [C('site.jks'), live], C('site.jks')],
    ['a CSR', [live, C('variants/rsa.csr')], C('variants/rsa.csr')],
    ['standard input', [live, '-'], '-'],
  ])('%s is refused too', async (_, args, named) => {
    const r = await runCli(['validate', ...args], { input: '' });
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `scm: ${MIXED(named, live)}\n` });
  });

  it("files a glob brings that hold no certificate or key (certbot's live/README, lego's .json) are still skipped", async () => {
    const readme = join(live, 'README');
    const notes = join(L('lego'), 'www.example.com.json');
    const r = await runCli(['validate', readme, live, L('sectigo'), notes, '--json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).bundles.map((b: any) => [b.path, b.valid])).toEqual([[live, true], [L('sectigo'), true]]);
    expect(r.stderr.split('\n').map((l) => l && JSON.parse(l))).toEqual([
      { schemaVersion: 1, warning: { message: `skipping ${readme}: not a directory`, path: readme } },
      { schemaVersion: 1, warning: { message: `skipping ${notes}: not a directory`, path: notes } },
      '',
    ]);
    const human = await runCli(['validate', live, readme]);
    expect(human).toMatchObject({ code: 0, stderr: `warning: skipping ${readme}: not a directory\n` });
  });
});
