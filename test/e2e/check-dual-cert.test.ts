// `scm check` through the built binary on a server holding an RSA and an ECDSA certificate for the same names
// (nginx's two ssl_certificate lines; a real `openssl s_server -cert ... -dcert ...`): it serves the ECDSA one to
// a client offering ECDSA, as scm check's handshake does, and the RSA one to older clients. Only the ECDSA
// one was judged: an RSA certificate left to expire passed; --expect naming the RSA one said "is not" it. The clock
// (SCM_NOW) puts the RSA one 11 days before its end, the ECDSA one 5 months.
import { afterAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { sServer, type SServer } from '../helpers/s-server.js';

type Problem = { id: string; message: string };
const started: SServer[] = [];
afterAll(async () => void (await Promise.all(started.map((s) => s.stop()))));

const c = (f: string): string => fixture(`cases/${f}`);
const env = { SCM_NOW: '2124-12-20T12:00:00Z' };

async function serve(args: string[]): Promise<string> {
  const s = await sServer(args);
  started.push(s);
  return `127.0.0.1:${s.port}`;
}

describeFixtures('scm check: a server with an RSA and an ECDSA certificate', () => {
  it('the RSA certificate is judged too: expiring within --within, exit 1, in both languages', async () => {
    const target = await serve(['-cert', c('dual1-rsa.crt'), '-key', c('other-rsa.key'), '-cert_chain', c('rsa-chain.pem'), '-dcert', c('dual2-ec.crt'), '-dkey', c('ec256.key'), '-dcert_chain', c('rsa-chain.pem')]);
    const r = await runCli(['check', target, '--servername', 'rsa.example.com', '--json'], { env });
    const row = JSON.parse(r.stdout).targets[0];
    expect(r.code).toBe(1);
    expect([row.ok, row.notAfter, row.problems]).toEqual([false, '2125-06-01T00:00:00.000Z', [
      { id: 'expiring', message: 'the RSA certificate (for clients without ECDSA): expires on 2125-01-01 00:00 UTC: 11 days left, not more than 30 (--within)' },
    ]]);
    expect(row.rsaCertificate).toMatchObject({ subject: 'CN=rsa.example.com', notAfter: '2125-01-01T00:00:00.000Z', daysLeft: 11, ok: false });
    const text = await runCli(['check', target, '--servername', 'rsa.example.com'], { env });
    expect(text.stdout).toContain('\n  also serves an RSA certificate (for clients without ECDSA): CN=rsa.example.com, expires 2125-01-01 00:00 UTC (11 days left), SHA-256 ');
    const zh = await runCli(['check', target, '--servername', 'rsa.example.com', '--lang', 'zh'], { env });
    expect([zh.code, zh.stdout]).toEqual([1, expect.stringContaining('  ✗ RSA 证书（供不支持 ECDSA 的客户端使用）：将于 2125-01-01 00:00 UTC 过期：还剩 11 天，不超过 30 天（--within）\n')]);
    const later = await runCli(['check', target, '--servername', 'rsa.example.com', '--within', '10'], { env });
    expect(later.code).toBe(0);
  });

  it('over TLS 1.2, where the server gives this client the RSA one first: the ECDSA one is still found and judged', async () => {
    const dual = (ec: string, ecKey: string, rsa: string, rsaKey: string): Promise<string> =>
      serve(['-tls1_2', '-cert', c(rsa), '-key', c(rsaKey), '-cert_chain', c('rsa-chain.pem'), '-dcert', c(ec), '-dkey', c(ecKey), '-dcert_chain', c('rsa-chain.pem')]);
    const r = await runCli(['check', await dual('dual2-ec.crt', 'ec256.key', 'dual1-rsa.crt', 'other-rsa.key'), '--servername', 'rsa.example.com', '--json'], { env });
    const row = JSON.parse(r.stdout).targets[0];
    expect([r.code, row.notAfter, row.rsaCertificate?.notAfter, row.problems.map((p: Problem) => p.id)]).toEqual([1, '2125-06-01T00:00:00.000Z', '2125-01-01T00:00:00.000Z', ['expiring']]);
    // The ECDSA one expiring, the RSA one fine: said of the ECDSA one (the target's own facts).
    const ec = await runCli(['check', await dual('dual1-ec.crt', 'other-ec256.key', 'dual2-rsa.crt', 'rsa.key'), '--servername', 'rsa.example.com', '--json'], { env });
    const ecRow = JSON.parse(ec.stdout).targets[0];
    expect([ec.code, ecRow.notAfter, ecRow.rsaCertificate?.ok, ecRow.problems]).toEqual([1, '2125-01-01T00:00:00.000Z', true, [{ id: 'expiring', message: 'expires on 2125-01-01 00:00 UTC: 11 days left, not more than 30 (--within)' }]]);
  });

  it('--expect naming its RSA certificate: said to be served to clients without ECDSA only (exit 1), not a flat "is not"', async () => {
    const target = await serve(['-cert', c('dual1-rsa.crt'), '-key', c('other-rsa.key'), '-cert_chain', c('rsa-chain.pem'), '-dcert', c('dual2-ec.crt'), '-dkey', c('ec256.key'), '-dcert_chain', c('rsa-chain.pem')]);
    const now = { SCM_NOW: '2124-01-01T00:00:00Z' };
    const r = await runCli(['check', target, '--servername', 'rsa.example.com', '--expect', c('dual1-rsa.crt'), '--json'], { env: now });
    const row = JSON.parse(r.stdout).targets[0];
    const ecdsa = row.fingerprintSha256 as string;
    expect([r.code, row.expect, row.problems]).toEqual([1, { what: c('dual1-rsa.crt'), matches: false, matchesRsa: true }, [
      { id: 'expect-mismatch', message: `is ${c('dual1-rsa.crt')} only for clients without ECDSA (its RSA certificate): clients with ECDSA get another one, SHA-256 ${ecdsa}` },
    ]]);
    const zh = await runCli(['check', target, '--servername', 'rsa.example.com', '--expect', c('dual1-rsa.crt'), '--lang', 'zh'], { env: now });
    expect([zh.code, zh.stdout]).toEqual([1, expect.stringContaining(`  ✗ 只对不支持 ECDSA 的客户端提供 ${c('dual1-rsa.crt')}（RSA 证书）：支持 ECDSA 的客户端得到的是另一张证书，SHA-256 为 ${ecdsa}\n`)]);
    // Neither of them: the plain mismatch, of the ECDSA one; the ECDSA one itself: ok.
    const other = await runCli(['check', target, '--servername', 'rsa.example.com', '--expect', c('dual2-rsa.crt'), '--json'], { env: now });
    expect(JSON.parse(other.stdout).targets[0].expect).toEqual({ what: c('dual2-rsa.crt'), matches: false });
    expect(JSON.parse(other.stdout).targets[0].problems[0].message).toMatch(/^is not \S+dual2-rsa\.crt: SHA-256 /);
    expect((await runCli(['check', target, '--servername', 'rsa.example.com', '--expect', c('dual2-ec.crt')], { env: now })).code).toBe(0);
  });

  it('a server with one certificate, ECDSA or RSA, has no rsaCertificate', async () => {
    for (const [cert, key] of [['dual2-ec.crt', 'ec256.key'], ['dual1-rsa.crt', 'other-rsa.key']]) {
      const target = await serve(['-cert', c(cert!), '-key', c(key!), '-cert_chain', c('rsa-chain.pem')]);
      const r = await runCli(['check', target, '--servername', 'rsa.example.com', '--json'], { env: { SCM_NOW: '2124-01-01T00:00:00Z' } });
      const row = JSON.parse(r.stdout).targets[0];
      expect([r.code, row.problems.map((p: Problem) => p.id), 'rsaCertificate' in row]).toEqual([0, [], false]);
    }
  });
});
