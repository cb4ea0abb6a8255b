// Certificates as Kubernetes and Traefik keep them (base64 of the PEM text), through the built binary: base64 of
// PEM inside armor lines is unreadable, not a certificate that parses here and fails at SCM (what is validated is
// what is sent); base64 of PEM without armor says to decode it; a Secret or an acme.json is an input error (exit 2)
// that says how to extract the PEM. And check's advice for a .pfx says how to give its password.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
const findings = (stdout: string): Array<{ rule: string; code: string | null; message: string }> => JSON.parse(stdout).findings;

describeFixtures('base64 of a PEM file', () => {
  it('inside CERTIFICATE armor: cert-unparsable, with base64 -d, in validate, a folder, check and upload', async () => {
    const nested = C('variants/nested-pem.crt');
    const v = await runCli(['validate', '--cert', nested, '--chain', C('rsa-chain.pem'), '--key', C('rsa.key'), '--json']);
    expect(v.code).toBe(1);
    const [first] = findings(v.stdout);
    expect([first!.rule, first!.code]).toEqual(['cert-unparsable', 'SCM.0031']);
    expect(first!.message).toContain('base64 of a PEM file');
    expect(first!.message).toContain('base64 -d');
    const zh = await runCli(['validate', '--cert', nested, '--chain', C('rsa-chain.pem'), '--key', C('rsa.key'), '--lang', 'zh']);
    expect(zh.stdout).toContain('PEM 文件的 Base64 编码');
    const chain = await runCli(['validate', '--cert', C('rsa.crt'), '--chain', nested, '--key', C('rsa.key'), '--json']);
    expect(findings(chain.stdout).map((x) => x.rule)).toContain('chain-unparsable');
    expect(findings(chain.stdout).find((x) => x.rule === 'chain-unparsable')!.message).toContain('base64 -d');
    const folder = await runCli(['validate', C('k8s-nested'), '--json']);
    expect(folder.code).toBe(1);
    expect(findings(folder.stdout)[0]!.rule).toBe('cert-unparsable');
    const check = await runCli(['check', nested]);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain('base64 -d');
    const upload = await runCli(['upload', '--cert', nested, '--chain', C('rsa-chain.pem'), '--key', C('rsa.key'), '--name', 'nested', '--dry-run', '--json'], {
      env: { SCM_ACCESS_KEY: 'AK', SCM_SECRET_KEY: 'SK', SCM_ENDPOINT: 'http://127.0.0.1:9' },
    });
    expect(upload.code).not.toBe(0);
    expect(upload.stdout).not.toContain('LS0tLS1CRUdJTi');
  });

  it('inside PRIVATE KEY armor: key-unparsable, with base64 -d', async () => {
    const r = await runCli(['validate', '--cert', C('rsa.crt'), '--chain', C('rsa-chain.pem'), '--key', C('variants/nested-pem.key'), '--json']);
    expect(r.code).toBe(1);
    const key = findings(r.stdout).find((x) => x.rule === 'key-unparsable')!;
    expect(key.message).toContain('base64 of a PEM file');
    expect(key.message).toContain('base64 -d');
  });

  it('without armor (kubectl jsonpath without base64 -d): decode it, for the certificate and the key', async () => {
    const r = await runCli(['validate', '--cert', C('variants/fullchain.crt.b64'), '--key', C('variants/rsa.key.b64'), '--json']);
    expect(r.code).toBe(1);
    const got = findings(r.stdout);
    expect(got.map((x) => x.rule)).toEqual(['cert-unparsable', 'key-unparsable']);
    expect(got[0]!.message).toContain(`base64 -d ${C('variants/fullchain.crt.b64')} > ${C('variants/fullchain.crt')}`);
    expect(got[1]!.message).toContain('base64-encoded PEM');
    expect(JSON.stringify(got)).not.toContain('wrap each certificate');
  });
});

describeFixtures('a Kubernetes Secret or a Traefik acme.json: exit 2 with the command that extracts the PEM', () => {
  const k8s = "kubectl get secret example-com-tls -o jsonpath='{.data.tls\\.crt}' | base64 -d > tls.crt";
  it.each([
    ['a Secret as YAML', ['validate', C('variants/k8s-secret.yaml')], k8s],
    ['a Secret as JSON given as --cert and --key', ['validate', '--cert', C('variants/k8s-secret.json'), '--key', C('variants/k8s-secret.json')], k8s],
    ['acme.json in its folder', ['validate', C('traefik')], `jq -r '.letsencrypt.Certificates[] | select(.domain.main=="rsa.example.com") | .certificate' ${C('traefik/acme.json')} | base64 -d > cert.pem`],
    ['acme.json given to check', ['check', C('traefik/acme.json')], "Traefik's ACME store"],
    ['a Secret given to check', ['check', C('variants/k8s-secret.yaml')], k8s],
  ])('%s', async (_, args, words) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
    expect(r.stdout + r.stderr).not.toContain('privkey.pem');
  });

  it('from standard input and in Chinese', async () => {
    const r = await runCli(['validate', '-', '--lang', 'zh'], { input: readFileSync(C('traefik/acme.json')) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Traefik 的 ACME 存储文件');
    expect(r.stderr).toContain("| .certificate' acme.json | base64 -d");
  });
});

describeFixtures('check on a .pfx', () => {
  it('says how validate gets its password', async () => {
    const r = await runCli(['check', fixture('pfx/leaf-only.pfx')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('SCM_PFX_PASSWORD');
  });
});
