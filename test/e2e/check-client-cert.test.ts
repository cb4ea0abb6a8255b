// `scm check` against real `openssl s_server`s that end this client's handshake with handshake_failure (40)
// after choosing TLS 1.2 and sending their chain: one that requires a client certificate (-Verify; its chain is
// checked, the requirement said), one at SECLEVEL=0 with a 512-bit RSA key (its chain is checked and the refusal
// stays a problem); through the built binary, in both languages and in --json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { sServer, type SServer } from '../helpers/s-server.js';

const started: SServer[] = [];
const dir = mkdtempSync(join(tmpdir(), 'scm-check-refusing-'));
afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});
const serve = async (...args: string[]): Promise<number> => {
  const s = await sServer(['-cert', fixture('bundles/rsa-ok/cert.pem'), '-key', fixture('bundles/rsa-ok/privkey.pem'), ...args]);
  started.push(s);
  return s.port;
};

describeFixtures('scm check on a TLS 1.2 server that requires a client certificate', () => {
  it('its chain is checked (ok, exit 0) and the requirement said, in both languages', async () => {
    const port = await serve('-Verify', '1', '-no_tls1_3', '-cert_chain', fixture('bundles/rsa-ok/chain.pem'));
    const r = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'rsa.example.com']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('  chain: complete and in order (CN=rsa.example.com → CN=SCM Test Intermediate R2)\n');
    expect(r.stdout).toContain('  the server requires a client certificate (TLS 1.2 or older): its chain was read from the handshake without one\n');
    const zh = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'rsa.example.com', '--lang', 'zh']);
    expect(zh.stdout).toContain('  服务器要求客户端证书（TLS 1.2 或更早版本）：证书链是在未提供客户端证书的握手中读取的\n');
  });

  it('--json: the served leaf, its problems, and clientCertificateRequired', async () => {
    const port = await serve('-Verify', '1', '-no_tls1_3');
    const r = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'rsa.example.com', '--json']);
    // The leaf served alone is reported in the chain, not the verdict.
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).targets[0]).toMatchObject({
      subject: 'CN=rsa.example.com', covers: true, clientCertificateRequired: true, ok: true, problems: [],
      chain: { complete: false, problems: [{ message: 'CN=rsa.example.com comes alone: no intermediate certificate, so most clients cannot build a chain to a trusted root' }] },
    });
  });

  it('a server that refuses for another reason is still said to refuse (no chain invented)', async () => {
    const port = await serve('-no_tls1_3', '-cipher', 'PSK');
    const r = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'rsa.example.com', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).targets[0]).toMatchObject({ subject: null, problems: [{ id: 'tls-alert' }] });
  });
});

describeFixtures('scm check on a SECLEVEL=0 server whose 512-bit RSA key this client cannot use', () => {
  it('the refusal and the served leaf are both said (exit 1), instead of the refusal alone', async () => {
    const [key, cert] = [join(dir, 'weak.key'), join(dir, 'weak.crt')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:512', '-nodes', '-keyout', key, '-out', cert, '-subj', '/CN=weak.example.com', '-days', '90', '-addext', 'subjectAltName=DNS:weak.example.com'], { stdio: 'pipe' });
    const s = await sServer(['-cert', cert, '-key', key, '-cipher', 'DEFAULT:@SECLEVEL=0']);
    started.push(s);
    const r = await runCli(['check', `127.0.0.1:${s.port}`, '--servername', 'weak.example.com', '--json']);
    expect(r.code).toBe(1);
    const target = JSON.parse(r.stdout).targets[0];
    expect(target).toMatchObject({ subject: 'CN=weak.example.com', covers: true, daysLeft: 89 });
    expect(target).not.toHaveProperty('clientCertificateRequired');
    expect(target.problems[0]).toEqual({ id: 'tls-alert', message: `127.0.0.1:${s.port} refused the TLS handshake for weak.example.com with the alert handshake_failure (40)` });
  });
});
