// The second round of a field test of `scm validate` on real-world files, through the built binary: each case
// here was answered wrongly or unclearly before (a critical extension no client processes passed silently, ...).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const json = (stdout: string): any => JSON.parse(stdout);
const lines = (stdout: string): string[] => json(stdout).findings.map((f: any) => `${f.rule} ${f.severity} ${f.code}: ${f.message}`);

describeFixtures('a critical extension TLS clients do not process', () => {
  it('on the leaf: a warning naming its OID (exit 0; --strict 1), explained, in Chinese too', async () => {
    const args = ['validate', '--cert', C('critical-unknown.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key')];
    const r = await runCli([...args, '--json']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual(['critical-extension-unknown warning null: CN=rsa.example.com marks the extension 1.2.3.4.5 critical, and TLS clients do not process it: RFC 5280 (4.2) has them refuse such a certificate, as OpenSSL does ("unhandled critical extension")']);
    expect(json(r.stdout).findings[0].fix).toContain('OpenSSL: "unhandled critical extension", verify error 34');
    expect((await runCli([...args, '--strict'])).code).toBe(1);
    const zh = await runCli([...args, '--lang', 'zh']);
    expect(zh.stdout).toContain('CN=rsa.example.com 把扩展 1.2.3.4.5 标记为关键扩展，而 TLS 客户端不处理该扩展');
    const explain = await runCli(['explain', 'critical-extension-unknown']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('marks an extension critical that TLS clients do not process');
  });

  it('on an intermediate that is sent: named too; a critical crlDistributionPoints is said as browsers-only', async () => {
    const inter = await runCli(['validate', '--cert', C('critical-inter-leaf.crt'), '--chain', C('critical-inter-chain.pem'), '--key', C('rsa.key'), '--json']);
    expect(lines(inter.stdout)).toEqual([expect.stringMatching(/^critical-extension-unknown warning null: CN=SCM Critical Extension Intermediate marks the extension 1\.3\.6\.1\.4\.1\.55555\.7 critical/)]);
    const crl = await runCli(['validate', '--cert', C('critical-crldp.crt'), '--chain', C('rsa-chain.pem'), '--key', C('rsa.key'), '--json']);
    expect(lines(crl.stdout)).toEqual(['critical-extension-unknown warning null: CN=rsa.example.com marks the extension crlDistributionPoints (2.5.29.31) critical; OpenSSL processes it, but browsers do not, and RFC 5280 (4.2) has them refuse such a certificate']);
  });
});

describeFixtures('small wording', () => {
  it('a PKCS#12 file with a CA off the path: the note counts the certificates that are sent (en, zh)', async () => {
    const pfx = fixture('pfx/extra-root.pfx');
    const r = await runCli(['validate', '--pfx', pfx, '--json'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toContain(`input-converted info null: ${pfx} is PKCS#12; 2 of its 3 certificates and its private key will be sent as PEM (the others are not part of the chain)`);
    const zh = await runCli(['validate', '--pfx', pfx, '--lang', 'zh'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(zh.stdout).toContain(`${pfx} 是 PKCS#12 文件；其中 3 张证书中的 2 张和私钥将转换为 PEM 发送（其余的不属于证书链）`);
    const all = await runCli(['validate', '--pfx', fixture('pfx/rsa.pfx'), '--json'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(lines(all.stdout)).toContain(`input-converted info null: ${fixture('pfx/rsa.pfx')} is PKCS#12; its 3 certificates and private key will be sent as PEM`);
  });

  it('a PKCS#12 file holding the leaf twice (-in leaf.pem -certfile fullchain.pem): the note counts each certificate once (en, zh)', async () => {
    const env = { SCM_PFX_PASSWORD: 'secret' };
    const pfx = fixture('pfx/dup-leaf.pfx');
    for (const args of [['--pfx', pfx], [pfx]]) {
      const r = await runCli(['validate', ...args, '--json'], { env });
      expect(r.code).toBe(0);
      expect(lines(r.stdout)).toEqual([`input-converted info null: ${pfx} is PKCS#12; its 2 certificates and private key will be sent as PEM`]);
    }
    const zh = await runCli(['validate', '--pfx', pfx, '--lang', 'zh'], { env });
    expect(zh.stdout).toContain(`${pfx} 是 PKCS#12 文件；其中的 2 张证书和私钥将转换为 PEM 发送`);
    const extra = fixture('pfx/dup-leaf-extra-root.pfx');
    const r = await runCli(['validate', '--pfx', extra, '--json'], { env });
    expect(lines(r.stdout)).toContain(`input-converted info null: ${extra} is PKCS#12; 2 of its 3 certificates and its private key will be sent as PEM (the others are not part of the chain)`);
  });

  it('a DER certificate alone on standard input: "standard input holds no intermediate certificate"', async () => {
    const r = await runCli(['validate', '-', '--json'], { input: readFileSync(C('rsa.der')) });
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toContain('chain-too-short error SCM.0109: CN=rsa.example.com would be uploaded alone: standard input holds no intermediate certificate, and SCM refuses a chain of length 1');
  });

  it('--domain in Unicode that is not covered: the punycode compared is shown too (en, zh)', async () => {
    const args = ['validate', '--cert', C('rsa-fullchain.pem'), '--key', C('rsa.key'), '--domain', 'münchen.example'];
    const r = await runCli([...args, '--json']);
    expect(lines(r.stdout)).toEqual(['domain-not-covered error SCM.0015: CN=rsa.example.com does not cover münchen.example (xn--mnchen-3ya.example); it covers rsa.example.com, www.rsa.example.com']);
    expect((await runCli([...args, '--lang', 'zh'])).stdout).toContain('CN=rsa.example.com 不包含 münchen.example（xn--mnchen-3ya.example）；');
    const ascii = await runCli(['validate', '--cert', C('rsa-fullchain.pem'), '--key', C('rsa.key'), '--domain', 'shop.example.com', '--json']);
    expect(lines(ascii.stdout)[0]).toContain('does not cover shop.example.com; it covers');
  });

  it('scm upload with three files: a usage error with a hint to --cert/--key/--chain or a folder (en, zh, --json)', async () => {
    const files = [C('rsa.crt'), C('rsa-chain.pem'), C('rsa.key')];
    const r = await runCli(['upload', ...files, '--name', 'three', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("scm: too many arguments for 'upload': it takes 1, got 3\n"
      + 'hint: scm upload takes one bundle folder or one file; pass separate files as --cert FILE --key FILE (and --chain FILE), or put them in a folder and give that\n');
    const zh = await runCli(['upload', ...files, '--dry-run', '--lang', 'zh', '--json']);
    expect(zh.code).toBe(2);
    expect(JSON.parse(zh.stderr.trim()).error).toMatchObject({ type: 'UsageError', hint: '`scm upload` 只接受一个证书目录或一个文件；分开的文件请用 --cert 文件 --key 文件（以及 --chain 文件）传入，或把它们放进一个目录后传入该目录' });
    const push = await runCli(['push', 'a', 'b']);
    expect(push.stderr).toMatch(/^scm: too many arguments for 'push': it takes 1, got 2\nhint: scm push takes one certificate id/);
  });
});

describeFixtures('a cross-signed root after its self-signed copy, given in order', () => {
  it('every link holds by name (SCM.0079): accepted and noted (exit 0), sent as given; the other way round stays refused', async () => {
    const args = ['--cert', C('gd-fullchain-root-then-cross.pem'), '--key', C('www.key')];
    const r = await runCli(['validate', ...args, '--json']);
    expect(r.code, r.stdout).toBe(0);
    expect(json(r.stdout).findings.map((f: any) => `${f.rule} ${f.severity}`)).toEqual(['chain-alternative-sent info', 'chain-includes-root info']);
    const zh = await runCli(['validate', ...args, '--lang', 'zh']);
    expect(zh.stdout).toContain('它会按原样发送，由于每张证书后面仍紧跟按名称对应的签发者，SCM 会接受这条证书链');
    const up = await runCli(['upload', ...args, '--name', 'gd-cross', '--dry-run', '--json']);
    expect(up.code, up.stderr).toBe(0);
    expect(up.stdout.match(/BEGIN CERTIFICATE/g)).toHaveLength(4);
    const other = await runCli(['validate', '--cert', C('gd-leaf.crt'), '--chain', C('gd-chain-cross-then-root.pem'), '--key', C('www.key'), '--json']);
    expect(other.code).toBe(1);
    expect(json(other.stdout).findings[0].rule).toBe('chain-broken');
  });
});
