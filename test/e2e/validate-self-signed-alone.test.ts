// A self-signed certificate with nothing above it, however it is given: --cert, files read by content, certbot's
// folder layout, a PKCS#12. Each said the leaf "would be uploaded alone" but only --cert said it is self-signed, and
// every fix was "add the intermediate certificate(s)", which a self-signed certificate does not have.
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const MESSAGE = 'CN=self.example.com is self-signed and would be uploaded alone: no intermediate certificate was given, and SCM refuses a chain of length 1';
const FIX = 'A self-signed certificate has no CA certificate to add, and SCM refuses it alone: have a CA issue the certificate for these names (a public CA, or your own private CA, whose root is then its chain). Browsers do not trust a self-signed certificate either.';

describeFixtures('a self-signed certificate alone', () => {
  const forms: Array<[string, string[]]> = [
    ['--cert and --key', ['--cert', C('self-signed.crt'), '--key', C('rsa.key')]],
    ['files given together', [C('self-signed.crt'), C('rsa.key')]],
    ["certbot's folder layout", [fixture('bundles/leaf-only')]],
    ['a PKCS#12', ['--pfx', fixture('pfx/self-signed.pfx')]],
  ];

  it.each(forms)('%s: chain-too-short says it is self-signed, with the fix for a self-signed certificate', async (_, args) => {
    const r = await runCli(['validate', ...args, '--json'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(r.code, r.stderr).toBe(1);
    const found = JSON.parse(r.stdout).findings.find((f: any) => f.rule === 'chain-too-short');
    expect(found).toMatchObject({ severity: 'error', code: 'SCM.0109', message: MESSAGE, fix: FIX });
  });

  it('in Chinese too', async () => {
    const r = await runCli(['validate', '--pfx', fixture('pfx/self-signed.pfx'), '--lang', 'zh'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(r.stdout).toContain('CN=self.example.com 是自签名证书，将被单独上传');
    expect(r.stdout).toContain('解决方法：自签名证书没有可添加的 CA 证书，而 SCM 不接受单独上传的证书：请让 CA 为这些域名签发证书');
  });

  it('a leaf a CA issued, alone in a PKCS#12, keeps the advice to add its intermediate', async () => {
    const r = await runCli(['validate', '--pfx', fixture('pfx/leaf-only.pfx'), '--json'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    const found = JSON.parse(r.stdout).findings.find((f: any) => f.rule === 'chain-too-short');
    expect(found.message).toBe('CN=rsa.example.com would be uploaded alone: leaf-only.pfx holds no intermediate certificate, and SCM refuses a chain of length 1');
    expect(found.fix).toMatch(/^Add the intermediate certificate\(s\): --pfx takes no --chain/);
  });
});

describeFixtures('a self-signed certificate beside CA certificates that did not issue it', () => {
  const FIX_BROKEN = 'A self-signed certificate is its own issuer: no CA certificate sent with it makes it trusted. Have a CA issue the certificate for these names and send it with that CA\'s chain (a keystore made with `keytool -genkeypair` holds such a self-signed placeholder until the CA\'s reply is imported under the same alias with `keytool -importcert`).';

  it.each([
    ['--chain', ['--cert', C('self-signed.crt'), '--key', C('rsa.key'), '--chain', C('rsa-chain.pem')], 'CN=SCM Test Intermediate R2'],
    ['a PKCS#12 holding a CA root too (keytool before the reply)', ['--pfx', fixture('pfx/self-signed-with-ca.pfx')], 'CN=SCM Test Root R1'],
  ])('%s: chain-broken, with the fix for a self-signed certificate, never "use the intermediate that issued it"', async (_, args, held) => {
    const r = await runCli(['validate', ...args, '--json'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(r.code, r.stderr).toBe(1);
    const found = JSON.parse(r.stdout).findings.find((f: any) => f.rule === 'chain-broken');
    expect(found).toMatchObject({ code: 'SCM.0079', message: `CN=self.example.com is self-signed, so no certificate in the chain can be its issuer (it holds ${held})`, fix: FIX_BROKEN });
    const zh = await runCli(['validate', ...args, '--lang', 'zh'], { env: { SCM_PFX_PASSWORD: 'secret' } });
    expect(zh.stdout).toContain('解决方法：自签名证书的签发者就是它自己：随它发送的任何 CA 证书都不能让它受信任');
  });
});
