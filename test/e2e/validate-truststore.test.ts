// A truststore given to `scm validate` through the built binary, made as people make one: `openssl pkcs12 -export
// -nokeys -in ca.pem`, and keytool's PKCS#12 truststore (`keytool -importcert`). One cause, one finding (it is a
// truststore, cert-missing SCM.0031, exit 1), en and zh. keytool's JKS truststore is refused (exit 2) as a truststore,
// with how to give the keystore that holds the key entry.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { describeWithTool, findTool } from '../helpers/tools.js';

let dir: string;
const ENV = (): Record<string, string> => ({ HOME: dir, XDG_CONFIG_HOME: dir, SCM_PFX_PASSWORD: 'changeit' });
const keytool = findTool('keytool');
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describeWithTool('openssl', 'a truststore given as the bundle', (openssl) => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-truststore-'));
    const run = (cmd: string, args: string[]): Buffer => execFileSync(cmd, args, { cwd: dir, stdio: 'pipe' });
    run(openssl, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=Test Root', '-days', '3650', '-addext', 'basicConstraints=critical,CA:TRUE']);
    run(openssl, ['pkcs12', '-export', '-nokeys', '-in', 'ca.pem', '-out', 'site.p12', '-passout', 'pass:changeit']);
    if (keytool) {
      run(keytool, ['-importcert', '-noprompt', '-storetype', 'pkcs12', '-keystore', 'kt.p12', '-storepass', 'changeit', '-alias', 'root', '-file', 'ca.pem']);
      run(keytool, ['-importcert', '-noprompt', '-storetype', 'jks', '-keystore', 'kt.jks', '-storepass', 'changeit', '-alias', 'root', '-file', 'ca.pem']);
      run(keytool, ['-genkeypair', '-storetype', 'jks', '-keystore', 'site.jks', '-storepass', 'changeit', '-keypass', 'changeit', '-alias', 'site', '-keyalg', 'RSA', '-keysize', '2048', '-dname', 'CN=www.example.com']);
      run(keytool, ['-importcert', '-noprompt', '-storetype', 'jks', '-keystore', 'site.jks', '-storepass', 'changeit', '-alias', 'root', '-file', 'ca.pem']);
    }
  });

  it.each([
    [['site.p12'], 'site.p12'],
    [['--pfx', 'site.p12'], 'site.p12'],
    ...(keytool ? [[['kt.p12'], 'kt.p12'], [['--pfx', 'kt.p12'], 'kt.p12']] as Array<[string[], string]> : []),
  ])('validate %j: one finding, that it is a truststore, exit 1', async (args, file) => {
    const r = await runCli(['validate', ...args, '--json'], { cwd: dir, env: ENV() });
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ rule: string; code: string; message: string; fix: string }> }).findings;
    expect(findings.map((f) => [f.rule, f.code, f.message])).toEqual([
      ['cert-missing', 'SCM.0031', `${file} is a truststore: it holds only CA certificates (CN=Test Root), no private key and no server certificate`],
    ]);
    expect(findings[0]!.fix).toContain('keytool -importkeystore');
    const z = await runCli(['validate', ...args, '--lang', 'zh'], { cwd: dir, env: ENV() });
    expect(z.code).toBe(1);
    expect(z.stdout).toContain(`${file} 是信任库：其中只有 CA 证书（CN=Test Root），没有私钥，也没有服务器证书`);
    expect(z.stdout).not.toMatch(/key-empty|chain-too-short|domain-invalid|cert-is-ca/);
  });

  it.skipIf(!keytool)('a JKS truststore: exit 2, saying it is a truststore and to give the keystore with the key entry', async () => {
    for (const args of [['kt.jks'], ['--pfx', 'kt.jks']]) {
      const r = await runCli(['validate', ...args], { cwd: dir, env: ENV() });
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(/^scm: kt\.jks is a Java truststore \(JKS\): it holds only trusted certificates, no private key and no server certificate\nhint: [^\n]*keytool -importkeystore -srckeystore keystore\.jks/);
      const z = await runCli(['validate', ...args, '--lang', 'zh'], { cwd: dir, env: ENV() });
      expect(z.code).toBe(2);
      expect(z.stderr).toContain('kt.jks 是 Java 信任库（JKS）：其中只有受信任的证书，没有私钥，也没有服务器证书');
    }
  });

  it.skipIf(!keytool)('a JKS keystore with a key entry (and a trusted certificate): the keytool command that converts it, as before', async () => {
    const r = await runCli(['validate', 'site.jks'], { cwd: dir, env: ENV() });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('scm: site.jks is a Java keystore (JKS), not a PKCS#12 (.pfx/.p12) file\nhint: convert it with `keytool -importkeystore -srckeystore site.jks -destkeystore site.p12 -deststoretype pkcs12`, then give the .p12 with --pfx\n');
  });
});
