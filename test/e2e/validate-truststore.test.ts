// A truststore given to `scm validate` through the built binary, made as people make one: `openssl pkcs12 -export
// -nokeys -in ca.pem`, and keytool's PKCS#12 truststore (`keytool -importcert`). One cause, one finding (it is a
// truststore, cert-missing SCM.0031, exit 1), en and zh. keytool's JKS truststore is refused (exit 2) with the
// command that converts it.
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

  it.skipIf(!keytool)('a JKS truststore: exit 2, with the keytool command that converts it', async () => {
    const r = await runCli(['validate', 'kt.jks'], { cwd: dir, env: ENV() });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain('keytool -importkeystore -srckeystore kt.jks -destkeystore kt.p12 -deststoretype pkcs12');
  });
});
