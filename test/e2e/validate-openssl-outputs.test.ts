// Files as OpenSSL 3 writes them, through the built binary: what `openssl pkcs12 -nodes` prints for a .pfx whose
// friendlyName is Chinese (3.0 writes the low byte of each BMPString character in its "Bag Attributes" text, control
// bytes among them: 我 is U+6211, written 0x11), which OpenSSL's PEM reader skips as it skips any text between blocks;
// DER certificates joined (`cat leaf.der inter.der`), of which `openssl x509 -inform der` reads only the first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    const der = (pem: string): Buffer => openssl('x509', '-in', pem, '-outform', 'DER');
    writeFileSync(at('fullchain.der'), Buffer.concat([der(C('rsa.crt')), der(C('rsa-chain.pem')), Buffer.from('\r\n')]));
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

  it('a .tar of PEM files (NULs in its header, PEM inside): scm does not read into archives, it names it one with the command that unpacks it (exit 2)', async () => {
    execFileSync('tar', ['-cf', at('bundle.tar'), '-C', fixture('cases'), 'rsa-fullchain.pem', 'rsa.key']);
    const r = await runCli(['validate', at('bundle.tar'), '--json']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(JSON.parse(r.stderr).error.message).toMatch(/bundle\.tar is a tar archive \(a download not unpacked yet\), not a certificate or a key: unpack it with `mkdir .*bundle && tar -xf .*bundle\.tar -C .*bundle`/);
  });

  it('DER certificates joined: read one by one and sent as PEM in that order (exit 0), with an info that OpenSSL reads only the first; scm check: needs attention, en and zh', async () => {
    // The premise: OpenSSL reads the leaf alone from the file.
    expect(openssl('x509', '-inform', 'der', '-in', at('fullchain.der'), '-noout', '-subject').toString()).toContain('rsa.example.com');
    const r = await runCli(['validate', '--cert', at('fullchain.der'), '--key', C('rsa.key'), '--json']);
    const report = JSON.parse(r.stdout);
    expect([r.code, report.findings.map((f: { rule: string }) => f.rule)]).toEqual([0, ['input-converted']]);
    expect(report.findings[0].message).toBe(`${at('fullchain.der')} holds 2 DER certificates one after another (DER files joined); they will be sent as PEM, in that order, but OpenSSL reads only the first of them`);
    expect(report.findings[0].fix).toMatch(/^Nothing to do for the upload\. A server or tool given this file as it is gets the first certificate alone: convert each DER file with `openssl x509 -inform der -in FILE`/);
    // As --chain after the leaf (fullchain for chain, as certbot users do): the leaf repeated, the intermediate read.
    const chain = await runCli(['validate', '--cert', C('rsa.crt'), '--chain', at('fullchain.der'), '--key', C('rsa.key'), '--json']);
    expect([chain.code, JSON.parse(chain.stdout).findings.map((f: { rule: string }) => f.rule)]).toEqual([0, ['chain-duplicate', 'input-converted']]);
    const zh = await runCli(['validate', '--cert', at('fullchain.der'), '--key', C('rsa.key'), '--lang', 'zh']);
    expect([zh.code, zh.stdout]).toEqual([0, expect.stringContaining('中有 2 张首尾相接的 DER 格式证书')]);
    const check = await runCli(['check', at('fullchain.der'), '--json']);
    const target = JSON.parse(check.stdout).targets[0];
    expect([check.code, target.chain.complete, target.problems.map((p: { id: string }) => p.id)]).toEqual([1, true, ['openssl-unreadable']]);
    expect(target.problems[0].message).toMatch(/OpenSSL reads only the first of them, so a server or tool given the file gets that certificate without the rest of its chain/);
    const zhCheck = await runCli(['check', at('fullchain.der'), '--lang', 'zh']);
    expect(zhCheck.stdout).toContain('OpenSSL 只读取其中第一张');
  });
});
