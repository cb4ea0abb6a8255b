// `scm check` through the built binary on a chain whose intermediate is no CA certificate: a server that sends
// it needs attention (chain-not-ca, exit 1), as `scm validate` warns of the same bundle; a file's or folder's chain
// says so in a chain note, as check reports a file's other chain faults.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { afterAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const KEY = 'keys/dup-chain-leaf.key';
const EE_LEAF = 'cases/not-ca-ee-leaf.crt';
const EE = 'pki/not-ca-ee.crt';
const fullchain = (leaf: string, signer: string): string => readFileSync(fixture(leaf), 'utf8') + readFileSync(fixture(signer), 'utf8');
type Problem = { id: string; message: string };

describeFixtures('scm check: an intermediate that is no CA', () => {
  const servers: Server[] = [];
  const serve = (cert: string): Promise<number> => {
    const s = createTlsServer({ cert, key: readFileSync(fixture(KEY)) }, (c) => c.end());
    s.on('tlsClientError', () => {});
    servers.push(s);
    return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as { port: number }).port)));
  };
  afterAll(() => { for (const s of servers) s.close(); });

  it('served after the leaf: chain-not-ca, needs attention (exit 1), in both languages; validate warns of the same', async () => {
    const port = await serve(fullchain(EE_LEAF, EE));
    const r = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'www.example.com', '--json']);
    expect(r.code).toBe(1);
    const row = JSON.parse(r.stdout).targets[0];
    expect(row.problems.map((p: Problem) => p.id)).toEqual(['chain-not-ca']);
    expect(row.problems[0].message).toBe('CN=End Entity Signer (certificate 2 in the served chain) signed CN=www.example.com, but it is no CA certificate (basicConstraints CA:FALSE): TLS clients refuse a chain through it (OpenSSL: "invalid CA certificate")');
    expect(row.chain.problems).toEqual(row.problems);
    const text = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'www.example.com']);
    expect(text.stdout).toContain('  ✗ CN=End Entity Signer (certificate 2 in the served chain) signed CN=www.example.com, but it is no CA certificate');
    const zh = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'www.example.com', '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('  ✗ CN=End Entity Signer（服务器发送的证书链中的第 2 张证书）签发了 CN=www.example.com，但它不是 CA 证书（`basicConstraints` 为 `CA:FALSE`）');
    const v = await runCli(['validate', '--cert', fixture(EE_LEAF), '--key', fixture(KEY), '--chain', fixture(EE), '--json']);
    expect(JSON.parse(v.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['chain-not-ca']);
  });

  it('a version 1 intermediate served: chain-not-ca (exit 1); a version 1 root served above a sound one: ok (exit 0)', async () => {
    const port = await serve(fullchain('cases/not-ca-v1-leaf.crt', 'pki/not-ca-v1.crt'));
    const r = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'www.example.com', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).targets[0].problems).toEqual([{ id: 'chain-not-ca', message: 'CN=Version 1 Intermediate (certificate 2 in the served chain) signed CN=www.example.com, but it is no CA certificate (it has no basicConstraints extension, which every CA certificate carries with CA:TRUE; a version 1 certificate has none): TLS clients refuse it as an intermediate (OpenSSL: "invalid CA certificate")' }]);
    const zh = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'www.example.com', '--lang', 'zh']);
    expect(zh.stdout).toContain('但它不是 CA 证书（它没有 `basicConstraints` 扩展');
    const root = await serve(fullchain('cases/v1-root-leaf.crt', 'pki/v1-root-int.crt') + readFileSync(fixture('pki/v1-root.crt'), 'utf8'));
    const ok = await runCli(['check', `127.0.0.1:${root}`, '--servername', 'www.example.com']);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
  });

  it('a file and a folder: the chain note names it (a file\'s chain does not decide the verdict)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-check-not-ca-'));
    try {
      writeFileSync(join(dir, 'fullchain.pem'), fullchain(EE_LEAF, EE));
      const file = await runCli(['check', join(dir, 'fullchain.pem'), '--json']);
      expect(file.code).toBe(0);
      expect(JSON.parse(file.stdout).targets[0].chain.problems.map((p: Problem) => p.id)).toEqual(['chain-not-ca']);
      const text = await runCli(['check', join(dir, 'fullchain.pem')]);
      expect(text.stdout).toMatch(/\n {2}chain note: CN=End Entity Signer \(certificate 2 in .*fullchain\.pem\) signed CN=www\.example\.com, but it is no CA certificate/);
      // With its key: without one, two end-entity certificates in a folder leave the leaf undecided (exit 2).
      writeFileSync(join(dir, 'privkey.pem'), readFileSync(fixture(KEY)));
      const folder = await runCli(['check', dir, '--json']);
      expect(folder.code).toBe(0);
      expect(JSON.parse(folder.stdout).targets[0].chain.problems.map((p: Problem) => p.id)).toEqual(['chain-not-ca']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
