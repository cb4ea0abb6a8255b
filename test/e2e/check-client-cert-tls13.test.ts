// `scm check` on TLS 1.3 servers that ask for a client certificate. In TLS 1.3 the request is encrypted and the
// client finishes its handshake before the server judges it, so a server that requires one (openssl s_server
// -Verify, node:tls requestCert + rejectUnauthorized) ends the connection with certificate_required (116) only
// after the chain was read; one that merely asks (-verify, requestCert alone) goes on. Both were invisible (a
// plain "ok"); now each is said, in both languages and in --json, and the chain is still judged (exit 0).
import { readFileSync } from 'node:fs';
import type { Server } from 'node:net';
import { createServer, type TlsOptions } from 'node:tls';
import { afterAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { sServer, type SServer } from '../helpers/s-server.js';

const started: SServer[] = [];
const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers) s.close();
  await Promise.all(started.map((s) => s.stop()));
});
const B = 'bundles/rsa-ok/';
const serve = async (...args: string[]): Promise<number> => {
  const s = await sServer(['-cert', fixture(B + 'cert.pem'), '-key', fixture(B + 'privkey.pem'), '-cert_chain', fixture(B + 'chain.pem'), '-tls1_3', ...args]);
  started.push(s);
  return s.port;
};
const node = (more: TlsOptions): Promise<number> => new Promise((resolve) => {
  const s = createServer({ cert: readFileSync(fixture(B + 'fullchain.pem')), key: readFileSync(fixture(B + 'privkey.pem')), ...more }, (c) => c.end('hi'));
  s.on('tlsClientError', () => {});
  servers.push(s);
  s.listen(0, '127.0.0.1', () => resolve((s.address() as { port: number }).port));
});
const check = (port: number, ...more: string[]) => runCli(['check', `127.0.0.1:${port}`, '--servername', 'rsa.example.com', ...more]);
const REQUIRED = '  the server requires a client certificate: it ended the connection with the alert certificate_required (116) after a handshake without one; its chain was read from that handshake\n';
const REQUESTED = '  the server asks for a client certificate (optional: it accepted this client without one)\n';

describeFixtures('scm check on a TLS 1.3 server that asks for a client certificate', () => {
  it('openssl s_server -Verify 1: the requirement is said, the chain judged (exit 0), in both languages and --json', async () => {
    const port = await serve('-Verify', '1');
    const r = await check(port);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('  chain: complete and in order (CN=rsa.example.com → CN=SCM Test Intermediate R2)\n');
    expect(r.stdout).toContain(REQUIRED);
    const zh = await check(port, '--lang', 'zh');
    expect(zh.stdout).toContain('  服务器要求客户端证书：在未提供客户端证书的握手之后，它以 TLS 警报 certificate_required（116）结束了连接；证书链是从该握手中读取的\n');
    const json = JSON.parse((await check(port, '--json')).stdout).targets[0];
    expect(json).toMatchObject({ ok: true, clientCertificateRequired: true, problems: [] });
    expect(json).not.toHaveProperty('clientCertificateRequested');
  });

  it('openssl s_server -verify 1 (optional): the request is said, exit 0', async () => {
    const port = await serve('-verify', '1');
    const r = await check(port);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(REQUESTED);
    expect(r.stdout).not.toContain('requires a client certificate');
    const zh = await check(port, '--lang', 'zh');
    expect(zh.stdout).toContain('  服务器请求客户端证书（可选：它在没有客户端证书的情况下接受了本客户端）\n');
    const json = JSON.parse((await check(port, '--json')).stdout).targets[0];
    expect(json).toMatchObject({ ok: true, clientCertificateRequested: true });
    expect(json).not.toHaveProperty('clientCertificateRequired');
  });

  it('node:tls requestCert + rejectUnauthorized: required; requestCert alone: asked; neither: nothing said', async () => {
    const required = await check(await node({ requestCert: true, rejectUnauthorized: true }));
    expect([required.code, required.stdout.includes(REQUIRED)]).toEqual([0, true]);
    const asked = await check(await node({ requestCert: true, rejectUnauthorized: false }));
    expect([asked.code, asked.stdout.includes(REQUESTED)]).toEqual([0, true]);
    const plain = await check(await node({}));
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('client certificate');
  });

  it('TLS 1.2 servers: one that asks (optional) is said to ask; a plain one says nothing', async () => {
    const asked = await check(await node({ requestCert: true, rejectUnauthorized: false, maxVersion: 'TLSv1.2' }));
    expect([asked.code, asked.stdout.includes(REQUESTED)]).toEqual([0, true]);
    const plain = await check(await node({ maxVersion: 'TLSv1.2' }));
    expect(plain.stdout).not.toContain('client certificate');
  });

  it('a server that asks and then says nothing (no ticket): --timeout 1 ends the wait, the target is not a timeout (exit 0)', async () => {
    const port = await serve('-verify', '1', '-num_tickets', '0');
    const r = await check(port, '--timeout', '1');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('  the server asks for a client certificate (whether it requires one could not be told within --timeout)\n');
    const zh = await check(port, '--timeout', '1', '--lang', 'zh');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('  服务器请求客户端证书（在 --timeout 时限内无法判断它是否必需）\n');
  });
});
