// `scm check` through the built binary on what browsers refuse in the certificates a server sends, which validate
// warns of (rules marked `served`): names only in the CN (cert-no-san), a short RSA key (weak-key), a certificate
// or a CA limited to other uses than TLS servers (cert-not-for-servers), an extension twice (extension-duplicate), a
// SHA-1 or MD5 signature (weak-signature), a critical extension clients do not process (critical-extension-unknown).
// Served by real `openssl s_server`s; a file's leaf decides its verdict too (no chain file mends it), an
// intermediate's fault in a file is a chain note.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { makeChain } from '../../scripts/make-chain.mjs';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { sServer, type SServer } from '../helpers/s-server.js';

type Problem = { id: string; message: string };
const dir = mkdtempSync(join(tmpdir(), 'scm-check-served-'));
const started: SServer[] = [];
afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

/** The leaf alone and the certificates after it, as s_server takes them (-cert, -cert_chain). */
function split(fullchain: string, name: string): { cert: string; chain: string } {
  const blocks = readFileSync(fullchain, 'utf8').match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----\n/g)!;
  const cert = join(dir, `${name}-cert.pem`);
  const chain = join(dir, `${name}-chain.pem`);
  writeFileSync(cert, blocks[0]!);
  writeFileSync(chain, blocks.slice(1).join(''));
  return { cert, chain };
}

async function serve(cert: string, chain: string, key: string): Promise<string> {
  const s = await sServer(['-cert', cert, '-cert_chain', chain, '-key', key, '-cipher', 'DEFAULT:@SECLEVEL=0']);
  started.push(s);
  return `127.0.0.1:${s.port}`;
}

async function served(target: string, servername: string): Promise<{ code: number | null; ids: string[]; problems: Problem[] }> {
  const r = await runCli(['check', target, '--servername', servername, '--json']);
  const row = JSON.parse(r.stdout).targets[0];
  return { code: r.code, ids: row.problems.map((p: Problem) => p.id), problems: row.problems };
}

describeFixtures('scm check: what browsers refuse in the served certificates', () => {
  it('names only in the CN: cert-no-san, exit 1, in both languages', async () => {
    const target = await serve(fixture('cases/cn-only.crt'), fixture('cases/rsa-chain.pem'), fixture('cases/rsa.key'));
    const r = await served(target, 'cnonly.example.com');
    expect([r.code, r.problems]).toEqual([1, [{ id: 'cert-no-san', message: 'CN=cnonly.example.com has no subject alternative names: cnonly.example.com is only its common name, which browsers ignore' }]]);
    const zh = await runCli(['check', target, '--servername', 'cnonly.example.com', '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('  ✗ CN=cnonly.example.com 没有备用名称（SAN）：cnonly.example.com 只是它的通用名称（CN），浏览器会忽略它');
  });

  it('a 1024-bit RSA leaf: weak-key, exit 1', async () => {
    const b = (f: string): string => fixture(`bundles/weak/${f}`);
    const r = await served(await serve(b('cert.pem'), b('chain.pem'), b('privkey.pem')), 'weak.example.com');
    expect([r.code, r.problems]).toEqual([1, [{ id: 'weak-key', message: 'CN=weak.example.com has an RSA key of 1024 bits; 2048 is the minimum clients accept' }]]);
  });

  it('a 512-bit RSA leaf (which this client refuses at the handshake): weak-key beside the refusal', async () => {
    const made = makeChain(join(dir, 'rsa512'), { cn: 'short.example.test' });
    const ossl = (...args: string[]): void => void execFileSync('openssl', args, { cwd: made.dir, stdio: 'pipe' });
    ossl('req', '-newkey', 'rsa:512', '-nodes', '-keyout', 'k512.pem', '-out', 'k512.csr', '-subj', '/CN=short.example.test');
    ossl('x509', '-req', '-in', 'k512.csr', '-CA', 'inter.pem', '-CAkey', 'inter.key', '-out', 'c512.pem', '-days', '3650', '-extfile', 'leaf.ext');
    const r = await served(await serve(join(made.dir, 'c512.pem'), made.chain, join(made.dir, 'k512.pem')), 'short.example.test');
    expect(r.code).toBe(1);
    expect(r.problems).toContainEqual({ id: 'weak-key', message: 'CN=short.example.test has an RSA key of 512 bits; 2048 is the minimum clients accept' });
  });

  it('a client certificate, and a leaf under a CA limited to client and e-mail use: cert-not-for-servers, exit 1', async () => {
    const client = split(fixture('cases/eku-client-fullchain.pem'), 'eku-client');
    const r = await served(await serve(client.cert, client.chain, fixture('cases/nc.key')), 'www.example.com');
    expect([r.code, r.ids]).toEqual([1, ['cert-not-for-servers']]);
    expect(r.problems[0]!.message).toMatch(/^CN=www\.example\.com may be used only for clientAuth \(extendedKeyUsage\), not by a TLS server/);
    const ca = split(fixture('cases/eku-ca-fullchain.pem'), 'eku-ca');
    const c = await served(await serve(ca.cert, ca.chain, fixture('cases/nc.key')), 'www.example.com');
    expect([c.code, c.ids]).toEqual([1, ['cert-not-for-servers']]);
    expect(c.problems[0]!.message).toMatch(/^CN=SCM Client and E-mail CA limits the certificates below it to clientAuth, emailProtection/);
  });

  it('subjectAltName twice: extension-duplicate, exit 1', async () => {
    const r = await served(await serve(fixture('cases/dup-ext.crt'), fixture('cases/rsa-chain.pem'), fixture('cases/rsa.key')), 'rsa.example.com');
    expect([r.code, r.ids]).toEqual([1, ['extension-duplicate']]);
  });

  it('a SHA-1 or MD5 signature on the leaf or an intermediate: weak-signature, exit 1, in both languages', async () => {
    const c = (f: string): string => fixture(`cases/${f}`);
    const sha1 = await served(await serve(c('sha1.crt'), c('rsa-chain.pem'), c('rsa.key')), 'rsa.example.com');
    expect([sha1.code, sha1.problems]).toEqual([1, [{ id: 'weak-signature', message: 'CN=rsa.example.com is signed with SHA-1 (sha1WithRSAEncryption)' }]]);
    const md5 = await serve(c('md5.crt'), c('rsa-chain.pem'), c('rsa.key'));
    expect(await served(md5, 'rsa.example.com')).toMatchObject({ code: 1, ids: ['weak-signature'] });
    const zh = await runCli(['check', md5, '--servername', 'rsa.example.com', '--lang', 'zh']);
    expect([zh.code, zh.stdout]).toEqual([1, expect.stringContaining('  ✗ CN=rsa.example.com 使用 MD5 签名（md5WithRSAEncryption）\n')]);
    const inter = await served(await serve(c('under-sha1-inter.crt'), c('sha1-inter-chain.pem'), c('rsa.key')), 'rsa.example.com');
    expect([inter.code, inter.problems]).toEqual([1, [{ id: 'weak-signature', message: 'CN=SCM SHA-1 Intermediate is signed with SHA-1 (sha1WithRSAEncryption)' }]]);
  });

  it('a SHA-1 root sent after its intermediate is no weak-signature: clients never check a root\'s self-signature', async () => {
    const c = (f: string): string => fixture(`cases/${f}`);
    const r = await served(await serve(c('under-sha1-root.crt'), c('sha1-root-chain.pem'), c('rsa.key')), 'rsa.example.com');
    expect(r.ids).not.toContain('weak-signature');
    expect(r.code).toBe(0);
  });

  it('a critical extension clients do not process, on the leaf or an intermediate: critical-extension-unknown, exit 1, in both languages', async () => {
    const c = (f: string): string => fixture(`cases/${f}`);
    const leaf = await serve(c('critical-unknown.crt'), c('rsa-chain.pem'), c('rsa.key'));
    expect(await served(leaf, 'rsa.example.com')).toMatchObject({ code: 1, problems: [{ id: 'critical-extension-unknown', message: 'CN=rsa.example.com marks the extension 1.2.3.4.5 critical, and TLS clients do not process it: RFC 5280 (4.2) has them refuse such a certificate, as OpenSSL does ("unhandled critical extension")' }] });
    const zh = await runCli(['check', leaf, '--servername', 'rsa.example.com', '--lang', 'zh']);
    expect([zh.code, zh.stdout]).toEqual([1, expect.stringContaining('  ✗ CN=rsa.example.com 把扩展 1.2.3.4.5 标记为关键扩展，而 TLS 客户端不处理该扩展')]);
    const crldp = await served(await serve(c('critical-crldp.crt'), c('rsa-chain.pem'), c('rsa.key')), 'rsa.example.com');
    expect([crldp.code, crldp.ids]).toEqual([1, ['critical-extension-unknown']]);
    expect(crldp.problems[0]!.message).toMatch(/^CN=rsa\.example\.com marks the extension .* critical; OpenSSL processes it, but browsers do not/);
    const inter = await served(await serve(c('critical-inter-leaf.crt'), c('critical-inter-chain.pem'), c('rsa.key')), 'rsa.example.com');
    expect([inter.code, inter.ids]).toEqual([1, ['critical-extension-unknown']]);
    expect(inter.problems[0]!.message).toMatch(/^CN=SCM Critical Extension Intermediate marks the extension 1\.3\.6\.1\.4\.1\.55555\.7 critical/);
  });

  it('files: a SHA-1 or critical-extension leaf needs attention (exit 1); a SHA-1 intermediate is a chain note (exit 0)', async () => {
    const c = (f: string): string => fixture(`cases/${f}`);
    const whole = (name: string, leaf: string, chain: string): string => {
      const path = join(dir, name);
      writeFileSync(path, readFileSync(c(leaf), 'utf8') + readFileSync(c(chain), 'utf8'));
      return path;
    };
    const sha1 = await served(whole('sha1-fullchain.pem', 'sha1.crt', 'rsa-chain.pem'), 'rsa.example.com');
    expect([sha1.code, sha1.ids]).toEqual([1, ['weak-signature']]);
    const crit = await served(whole('crit-fullchain.pem', 'critical-unknown.crt', 'rsa-chain.pem'), 'rsa.example.com');
    expect([crit.code, crit.ids]).toEqual([1, ['critical-extension-unknown']]);
    const inter = await runCli(['check', whole('sha1-inter-fullchain.pem', 'under-sha1-inter.crt', 'sha1-inter-chain.pem'), '--json']);
    expect(inter.code).toBe(0);
    expect(JSON.parse(inter.stdout).targets[0].chain.problems.map((p: Problem) => p.id)).toEqual(['weak-signature']);
  });

  it('files: the leaf\'s own fault decides the verdict (exit 1); an intermediate\'s is a chain note (exit 0)', async () => {
    const cnOnly = join(dir, 'cn-only-fullchain.pem');
    writeFileSync(cnOnly, readFileSync(fixture('cases/cn-only.crt'), 'utf8') + readFileSync(fixture('cases/rsa-chain.pem'), 'utf8'));
    const file = await served(cnOnly, 'cnonly.example.com');
    expect([file.code, file.ids]).toEqual([1, ['cert-no-san']]);
    const text = await runCli(['check', fixture('bundles/weak/fullchain.pem')]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('  ✗ CN=weak.example.com has an RSA key of 1024 bits; 2048 is the minimum clients accept\n');
    expect(text.stdout).not.toContain('chain note');
    const folder = await served(fixture('bundles/weak'), 'weak.example.com');
    expect([folder.code, folder.ids]).toEqual([1, ['weak-key']]);
    const limited = await runCli(['check', fixture('cases/eku-ca-fullchain.pem'), '--json']);
    expect(limited.code).toBe(0);
    expect(JSON.parse(limited.stdout).targets[0].chain.problems.map((p: Problem) => p.id)).toEqual(['cert-not-for-servers']);
  });
});
