// `scm check` through the built binary on what browsers refuse in the certificates a server sends, which validate
// warns of (rules marked `served`): names only in the CN (cert-no-san), a short RSA key (weak-key), a certificate
// or a CA limited to other uses than TLS servers (cert-not-for-servers), an extension twice (extension-duplicate).
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

async function served(target: string, servername: string): Promise<{ code: number; ids: string[]; problems: Problem[] }> {
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
