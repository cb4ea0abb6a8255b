// An SSH key given as the TLS key, in the text forms that carry no PEM: PuTTY's .ppk and an OpenSSH public key line.
// Both said "holds no PEM block and is not DER"; they are now named for what they are, as an OpenSSH private key is.
import { expect, it } from 'vitest';
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
