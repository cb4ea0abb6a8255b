// Files as OpenSSL 3 writes them, through the built binary: what `openssl pkcs12 -nodes` prints for a .pfx whose
// friendlyName is Chinese (3.0 writes the low byte of each BMPString character in its "Bag Attributes" text, control
// bytes among them: 我 is U+6211, written 0x11), which OpenSSL's PEM reader skips as it skips any text between blocks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const C = (name: string): string => fixture(`cases/${name}`);
let dir: string;
const at = (name: string): string => join(dir, name);
const openssl = (...args: string[]): Buffer => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });

describeFixtures('files as OpenSSL 3 writes them', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scm-openssl-outputs-'));
    openssl('pkcs12', '-export', '-in', C('rsa.crt'), '-inkey', C('rsa.key'), '-certfile', C('rsa-chain.pem'), '-name', '我的证书',
      '-passout', 'pass:secret', '-out', at('cjk.pfx'));
    openssl('pkcs12', '-in', at('cjk.pfx'), '-passin', 'pass:secret', '-nodes', '-out', at('cjk-nodes.pem'));
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('`openssl pkcs12 -nodes` of a .pfx with a Chinese friendlyName: read as the PEM it is (OpenSSL reads it), not binary data', async () => {
    const pem = readFileSync(at('cjk-nodes.pem'));
    // The premise: a control byte in the text above the first block, and OpenSSL reads the certificate and the key.
    expect(pem.subarray(0, pem.indexOf('-----BEGIN')).some((b) => b < 0x09 || (b > 0x0d && b < 0x20))).toBe(true);
    expect(openssl('x509', '-in', at('cjk-nodes.pem'), '-noout', '-subject').toString()).toContain('rsa.example.com');
    openssl('pkey', '-in', at('cjk-nodes.pem'), '-noout');
    for (const args of [[at('cjk-nodes.pem')], ['--cert', at('cjk-nodes.pem'), '--key', at('cjk-nodes.pem')]]) {
      const r = await runCli(['validate', ...args, '--json']);
      expect([r.code, JSON.parse(r.stdout).findings, r.stderr]).toEqual([0, [], '']);
    }
    const zh = await runCli(['validate', at('cjk-nodes.pem'), '--lang', 'zh']);
    expect([zh.code, zh.stdout]).toEqual([0, expect.stringContaining('CN=rsa.example.com')]);
    const check = await runCli(['check', at('cjk-nodes.pem'), '--json']);
    expect(check.code, check.stderr).toBe(0);
  });
});
