// `scm check` against real `openssl s_server`s that speak only TLS 1.0 at SECLEVEL=0 and answer this client's
// handshake with protocol_version (70): the version they speak is named even when a full handshake at that
// version would fail too (a client certificate required, only anonymous cipher suites), through the built binary.
import { afterAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { sServer, type SServer } from '../helpers/s-server.js';

const started: SServer[] = [];
afterAll(async () => { await Promise.all(started.map((s) => s.stop())); });
const serve = async (...args: string[]): Promise<number> => {
  const s = await sServer(['-cert', fixture('bundles/rsa-ok/cert.pem'), '-key', fixture('bundles/rsa-ok/privkey.pem'), '-cipher', 'DEFAULT:@SECLEVEL=0', '-tls1', ...args]);
  started.push(s);
  return s.port;
};
const said = (port: number, version: string): string =>
  `127.0.0.1:${port}: needs attention\n  ✗ 127.0.0.1:${port} offers only ${version}, which this client refuses (it needs TLSv1.2 or later): the server ended the handshake with the alert protocol_version (70)\n`;

describeFixtures('scm check: a server at SECLEVEL=0 that speaks only TLS 1.0', () => {
  it('named TLSv1 (exit 1), in both languages', async () => {
    const port = await serve();
    const r = await runCli(['check', `127.0.0.1:${port}`]);
    expect([r.code, r.stdout]).toEqual([1, said(port, 'TLSv1')]);
    const zh = await runCli(['check', `127.0.0.1:${port}`, '--lang', 'zh']);
    expect(zh.stdout).toBe(`127.0.0.1:${port}：需要处理\n  ✗ 127.0.0.1:${port} 只提供 TLSv1，本客户端不接受该版本（需要 TLSv1.2 或更高版本）：服务器以 TLS 警报 protocol_version（70）结束了握手\n`);
  });

  it('that requires a client certificate: still named TLSv1, not "a TLS version"', async () => {
    const port = await serve('-Verify', '1');
    const r = await runCli(['check', `127.0.0.1:${port}`]);
    expect([r.code, r.stdout]).toEqual([1, said(port, 'TLSv1')]);
  });

  it('with only anonymous cipher suites (-nocert): still named TLSv1', async () => {
    const s = await sServer(['-nocert', '-cipher', 'aNULL:@SECLEVEL=0', '-tls1']);
    started.push(s);
    const r = await runCli(['check', `127.0.0.1:${s.port}`, '--servername', 'www.example.com']);
    expect([r.code, r.stdout]).toEqual([1, said(s.port, 'TLSv1').replace(': needs', ' (SNI www.example.com): needs')]);
  });

  it('TLS 1.1 only, with SNI: named TLSv1.1', async () => {
    const s = await sServer(['-cert', fixture('bundles/rsa-ok/cert.pem'), '-key', fixture('bundles/rsa-ok/privkey.pem'), '-cipher', 'DEFAULT:@SECLEVEL=0', '-tls1_1', '-Verify', '1']);
    started.push(s);
    const r = await runCli(['check', `127.0.0.1:${s.port}`, '--servername', 'www.example.com']);
    expect([r.code, r.stdout]).toEqual([1, said(s.port, 'TLSv1.1').replace(': needs', ' (SNI www.example.com): needs')]);
  });
});
