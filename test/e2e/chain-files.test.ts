// --chain given more than once, through the built binary (DigiCert ships DigiCertCA.crt and TrustedRoot.crt):
// validate builds one chain from every file, and upload sends it. Before, only the last --chain was read:
// validate asked for a certificate the user had given, and upload dropped the others without a word (exit 0).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const home = mkdtempSync(join(tmpdir(), 'scm-chain-files-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const ENV = { HOME: home, XDG_CONFIG_HOME: home, SCM_ENDPOINT: 'http://127.0.0.1:9', HUAWEICLOUD_SDK_AK: 'AKCHAINFILESTEST0001', HUAWEICLOUD_SDK_SK: 'sk-chain-files-test-0000000000000000000' };
const leaf = fixture('cases/deep-leaf.crt');
const key = fixture('cases/deep-leaf.key');
const [i1, i2, i3] = ['pki/deep-i1.crt', 'pki/deep-i2.crt', 'pki/deep-i3.crt'].map((p) => fixture(p));
const pem = (path: string): string => readFileSync(path, 'utf8').trim();

describeFixtures('--chain given more than once', () => {
  it('validate: one chain from all of them, in issuer order whatever the order given (exit 0, en and zh)', async () => {
    const r = await runCli(['validate', '--cert', leaf, '--key', key, '--chain', i1!, '--chain', i3!, '--chain', i2!, '--json'], { env: ENV });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const doc = JSON.parse(r.stdout);
    expect(doc.valid).toBe(true);
    expect(doc.findings).toEqual([expect.objectContaining({ rule: 'chain-merged', severity: 'info', message: `${i1}, ${i3}, ${i2} were given as the chain: the chain sent is built from all of them, each certificate once, in issuer order` })]);
    const z = await runCli(['validate', '--cert', leaf, '--key', key, '--chain', i1!, '--chain', i3!, '--chain', i2!, '--lang', 'zh'], { env: ENV });
    expect(z.code).toBe(0);
    expect(z.stdout).toContain(`用 ${i1}、${i3}、${i2} 提供了证书链：发送的证书链由它们共同组成`);
  });

  it('validate: the one still missing is named, never one that was given', async () => {
    const r = await runCli(['validate', '--cert', leaf, '--key', key, '--chain', i3!, '--chain', i1!], { env: ENV });
    expect(r.stdout).toContain(`CN=SCM Deep Intermediate 1 (certificate 1 in ${i1}) did not issue CN=deep.example.com or any of its intermediates; it is not sent`);
    expect(r.stdout).not.toMatch(/add CN=SCM Deep Intermediate [13]/);
  });

  it('upload --dry-run: the request carries every certificate given, leaf first then each issuer', async () => {
    const r = await runCli(['upload', '--cert', leaf, '--key', key, '--chain', i2!, '--chain', i3!, '--chain', i1!, '--name', 'deep-x', '--dry-run', '--json'], { env: ENV });
    expect(r.code).toBe(0);
    const body = JSON.stringify(JSON.parse(r.stdout));
    const chain = [i3!, i2!, i1!].map(pem).join('\n');
    expect(body).toContain(JSON.stringify(chain).slice(1, -1));
  });

  it('one --chain still reads as before', async () => {
    const r = await runCli(['validate', '--cert', leaf, '--key', key, '--chain', i3!, '--json'], { env: ENV });
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).not.toContain('chain-merged');
  });
});
