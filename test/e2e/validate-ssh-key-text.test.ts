// An SSH key given as the TLS key, in the text forms that carry no PEM: PuTTY's .ppk and an OpenSSH public key line.
// Both said "holds no PEM block and is not DER"; they are now named for what they are, as an OpenSSH private key is,
// as --key and in a bundle folder that holds no TLS key.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const withKey = (key: string, ...more: string[]) => runCli(['validate', '--cert', C('rsa.crt'), '--chain', C('rsa-chain.pem'), '--key', C(key), ...more]);

describeFixtures('SSH key text as --key', () => {
  it("PuTTYgen's .ppk: key-unparsable naming it, with how to get a PEM key, en, zh, --json", async () => {
    const r = await withKey('ssh-ed25519.ppk', '--json');
    expect(r.code).toBe(1);
    const [finding] = JSON.parse(r.stdout).findings;
    expect(finding).toMatchObject({ rule: 'key-unparsable', code: 'SCM.0012' });
    expect(finding.message).toBe(`${C('ssh-ed25519.ppk')} holds a PuTTY private key (.ppk, the format PuTTYgen writes), an SSH key; TLS needs a PEM key: use the key your CSR was made with, or export a copy from PuTTYgen as an OpenSSH key and convert it with \`ssh-keygen -p -m PEM -f COPY\` (RSA and ECDSA keys)`);
    const zh = await withKey('ssh-ed25519.ppk', '--lang', 'zh');
    expect(zh.stdout).toContain('中是 `PuTTY` 格式的私钥（`.ppk`，`PuTTYgen` 生成的格式），是 SSH 密钥；而 TLS 需要 PEM 格式的私钥');
  });

  it('an OpenSSH public key line (id_ed25519.pub): key-not-private, as a PEM public key is', async () => {
    const r = await withKey('id_ed25519.pub', '--json');
    expect(r.code).toBe(1);
    const [finding] = JSON.parse(r.stdout).findings;
    expect(finding).toMatchObject({ rule: 'key-not-private', code: 'SCM.0012', message: `${C('id_ed25519.pub')} holds an SSH public key (one line, as in id_rsa.pub), not a private key` });
    const zh = await withKey('id_ed25519.pub', '--lang', 'zh');
    expect(zh.stdout).toContain('中是 SSH 公钥（一行文本，如 `id_rsa.pub` 中的内容），不是私钥');
  });
});

// The same files in a bundle folder with the certificate and no TLS key: they were skipped ("no private key among"
// the files, naming neither); the .ppk is said as --key says it, the .pub named in "no private key among".
describeFixtures('SSH key text in a bundle folder without a TLS key', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-ssh-folder-'));
    for (const sub of ['ppk', 'pub', 'ok']) mkdirSync(join(dir, sub));
    for (const sub of ['ppk', 'pub', 'ok']) copyFileSync(C('rsa-fullchain.pem'), join(dir, sub, 'fullchain.pem'));
    copyFileSync(C('ssh-ed25519.ppk'), join(dir, 'ppk', 'site.ppk'));
    copyFileSync(C('id_ed25519.pub'), join(dir, 'ppk', 'id_ed25519.pub'));
    copyFileSync(C('id_ed25519.pub'), join(dir, 'pub', 'id_ed25519.pub'));
    copyFileSync(C('rsa.key'), join(dir, 'ok', 'privkey.pem'));
    copyFileSync(C('ssh-ed25519.ppk'), join(dir, 'ok', 'site.ppk'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const findings = async (sub: string, lang = 'en') => JSON.parse((await runCli(['validate', join(dir, sub), '--json', '--lang', lang])).stdout).findings.map((f: any) => [f.rule, f.message]);

  it("a .ppk (and its .pub): key-unparsable naming it as PuTTY's, as --key FILE.ppk says, en and zh", async () => {
    const ppk = join(dir, 'ppk', 'site.ppk');
    expect(await findings('ppk')).toEqual([['key-unparsable', `${ppk} holds a PuTTY private key (.ppk, the format PuTTYgen writes), an SSH key; TLS needs a PEM key: use the key your CSR was made with, or export a copy from PuTTYgen as an OpenSSH key and convert it with \`ssh-keygen -p -m PEM -f COPY\` (RSA and ECDSA keys)`]]);
    expect((await findings('ppk', 'zh'))[0][1]).toContain(`${ppk} 中是 \`PuTTY\` 格式的私钥（\`.ppk\`，\`PuTTYgen\` 生成的格式）`);
  });

  it('an SSH public key line alone: "no private key among" names it, en and zh', async () => {
    expect(await findings('pub')).toEqual([['key-empty', 'no private key among fullchain.pem, id_ed25519.pub: id_ed25519.pub holds an SSH public key (one line, as in id_rsa.pub), not a private key']]);
    expect(await findings('pub', 'zh')).toEqual([['key-empty', 'fullchain.pem、id_ed25519.pub 中没有私钥：id_ed25519.pub 中是 SSH 公钥（一行文本，如 `id_rsa.pub` 中的内容），不是私钥']]);
  });

  it('beside the TLS key, a .ppk says nothing', async () => {
    expect(await findings('ok')).toEqual([]);
  });
});

// An SSH key given alone as the bundle (`scm validate k.ppk`): it said "holds no certificate" and, beside it, the key
// finding about the same file, two findings for one wrong file; an id_rsa.pub said "no PEM block, and it is not DER".
describeFixtures('an SSH key given alone as the bundle', () => {
  const TAIL = 'no certificate or TLS key: TLS needs the certificate your CA issued and the private key your CSR was made with, in PEM';
  it.each([
    ['ssh-ed25519.ppk', 'a PuTTY private key (.ppk, the format PuTTYgen writes), an SSH key', '`PuTTY` 格式的私钥（`.ppk`，`PuTTYgen` 生成的格式），是 SSH 密钥'],
    ['variants/openssh.key', 'an OpenSSH private key (the format ssh-keygen writes), an SSH key', '`OpenSSH` 格式的私钥（`ssh-keygen` 生成的格式），是 SSH 密钥'],
    ['id_ed25519.pub', 'an SSH public key (one line, as in id_rsa.pub)', 'SSH 公钥（一行文本，如 `id_rsa.pub` 中的内容）'],
  ])('%s: one cert-missing finding that names it, en and zh', async (file, en, zh) => {
    const r = await runCli(['validate', C(file), '--json']);
    expect(r.code).toBe(1);
    const name = file.split('/').pop();
    expect(JSON.parse(r.stdout).findings.map((f: any) => [f.rule, f.code, f.message])).toEqual([['cert-missing', 'SCM.0031', `${name} holds ${en}, ${TAIL}`]]);
    const z = await runCli(['validate', C(file), '--json', '--lang', 'zh']);
    expect(JSON.parse(z.stdout).findings.map((f: any) => f.message)).toEqual([`${name} 中是 ${zh}，没有证书或 TLS 私钥：TLS 需要 CA 签发的证书和生成 CSR 时的私钥（PEM 格式）`]);
  });
});

// A folder of SSH keys given as the bundle (`scm validate ~/.ssh`): 'no certificate among ...' and a key-unparsable
// finding for each private key, three findings for one wrong folder; now one.
describeFixtures('a folder that holds SSH keys and nothing else of a bundle', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-ssh-only-'));
    copyFileSync(C('ssh-ed25519.ppk'), join(dir, 'site.ppk'));
    copyFileSync(C('variants/openssh.key'), join(dir, 'id_ecdsa'));
    copyFileSync(C('id_ed25519.pub'), join(dir, 'id_ed25519.pub'));
    writeFileSync(join(dir, 'config'), 'Host example\n  User deploy\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('one cert-missing finding naming the SSH keys, en and zh', async () => {
    const r = await runCli(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: any) => [f.rule, f.message])).toEqual([['cert-missing', "no certificate or TLS key among config, id_ecdsa, id_ed25519.pub, site.ppk, only SSH keys (id_ecdsa, id_ed25519.pub, site.ppk: ssh-keygen's or PuTTYgen's, for logging in to servers); TLS needs the certificate your CA issued and the private key your CSR was made with, in PEM"]]);
    const zh = await runCli(['validate', dir, '--json', '--lang', 'zh']);
    expect(JSON.parse(zh.stdout).findings.map((f: any) => f.message)).toEqual(['config、id_ecdsa、id_ed25519.pub、site.ppk 中没有证书或 TLS 私钥，只有 SSH 密钥（id_ecdsa、id_ed25519.pub、site.ppk：由 `ssh-keygen` 或 `PuTTYgen` 生成，用于登录服务器）；TLS 需要 CA 签发的证书和生成 CSR 时的私钥（PEM 格式）']);
  });
});

// The same files as --cert or --chain said "holds no PEM block and is not DER".
describeFixtures('SSH key text as --cert or --chain', () => {
  it('--cert: cert-unparsable naming the SSH key, en and zh', async () => {
    const r = await runCli(['validate', '--cert', C('ssh-ed25519.ppk'), '--key', C('rsa.key'), '--json']);
    expect(JSON.parse(r.stdout).findings.map((f: any) => [f.rule, f.message])).toEqual([['cert-unparsable', `${C('ssh-ed25519.ppk')} holds no certificate, only a PuTTY private key (.ppk, the format PuTTYgen writes), an SSH key`]]);
    const zh = await runCli(['validate', '--cert', C('id_ed25519.pub'), '--key', C('rsa.key'), '--json', '--lang', 'zh']);
    expect(JSON.parse(zh.stdout).findings.map((f: any) => f.message)).toEqual([`${C('id_ed25519.pub')} 中没有证书，只有 SSH 公钥（一行文本，如 \`id_rsa.pub\` 中的内容）`]);
  });

  // An OpenSSH key as --cert said 'only an OPENSSH private key' and, read as the key too, key-unparsable on the same file.
  it('--cert with an OpenSSH key alone: cert-unparsable naming it once; the key not given is said as for any --cert', async () => {
    const r = await runCli(['validate', '--cert', C('variants/openssh.key'), '--json']);
    expect(JSON.parse(r.stdout).findings.map((f: any) => [f.rule, f.message])).toEqual([
      ['cert-unparsable', `${C('variants/openssh.key')} holds no certificate, only an OpenSSH private key (the format ssh-keygen writes), an SSH key`],
      ['key-empty', 'no private key was given (pass --key FILE)'],
    ]);
  });

  it('--chain: chain-unparsable naming it', async () => {
    const r = await runCli(['validate', '--cert', C('rsa.crt'), '--key', C('rsa.key'), '--chain', C('id_ed25519.pub'), '--json']);
    expect(JSON.parse(r.stdout).findings.map((f: any) => [f.rule, f.message])).toEqual([['chain-unparsable', `${C('id_ed25519.pub')} holds an SSH public key (one line, as in id_rsa.pub) and no certificate; a chain holds certificates only`]]);
  });
});
