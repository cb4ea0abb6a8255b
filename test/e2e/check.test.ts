// `scm check` through the built binary: local files and bundle folders as the cron renewal gate (--within at
// its exact boundary, the clock set with SCM_NOW), SCM ids, and TLS endpoints served here by real TLS servers
// (the chain as sent, whatever its trust: alone, misordered; names against the host; SNI), the exit codes
// 0/1/2/5, and what an endpoint that cannot be checked says: refused, plain HTTP, no handshake in time.
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createTcpServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext, createServer as createTlsServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnEmulator, TEST_AK, TEST_SK, type RunningEmulator } from '../helpers/emulator.js';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const DAY = 86_400_000;
const EC = 'bundles/ec-ok';
const notAfter = (): Date => new Date(new X509Certificate(readFileSync(fixture(`${EC}/cert.pem`))).validTo);
const at = (ms: number): { SCM_NOW: string } => ({ SCM_NOW: new Date(notAfter().getTime() - ms).toISOString() });
const check = (args: string[], env: Record<string, string> = {}) => runCli(['check', ...args], { env });

describeFixtures('scm check on files and folders (no key needed)', () => {
  it('a certbot-like folder, more than 30 days left: ok (exit 0), subject, days, fingerprints, chain', async () => {
    const r = await check([fixture(EC)], at(31 * DAY));
    expect([r.code, r.stderr]).toEqual([0, '']);
    const x = new X509Certificate(readFileSync(fixture(`${EC}/cert.pem`)));
    expect(r.stdout).toBe([
      `${fixture(EC)}: ok`,
      '  CN=ec.example.com, issued by O=scm fixtures, CN=SCM Test Intermediate E2',
      `  expires ${notAfter().toISOString().slice(0, 16).replace('T', ' ')} UTC (31 days left)`,
      `  SHA-1 ${x.fingerprint.replace(/:/g, '').toLowerCase()}, SHA-256 ${x.fingerprint256.replace(/:/g, '').toLowerCase()}`,
      '  names: ec.example.com, www.ec.example.com',
      '  chain: complete (CN=ec.example.com → CN=SCM Test Intermediate E2)',
      '',
    ].join('\n'));
  });

  it('--within is the renewal gate: exactly 30 days left needs attention (exit 1), a second more does not', async () => {
    const edge = await check([fixture(EC), '--within', '30'], at(30 * DAY));
    expect(edge.code).toBe(1);
    expect(edge.stdout).toContain(`✗ expires on ${notAfter().toISOString().slice(0, 16).replace('T', ' ')} UTC: 30 days left, not more than 30 (--within)`);
    expect(edge.stderr).toBe('scm: 1 of 1 target needs attention\n');
    expect((await check([fixture(EC), '--within', '30'], at(30 * DAY + 1000))).code).toBe(0);
    expect((await check([fixture(EC), '--within', '10'], at(12 * DAY))).code).toBe(0);
    expect((await check([fixture(EC)], at(-DAY))).stdout).toMatch(/✗ expired on .* \(1 day ago\)/);
  });

  it('--json: the contract\'s document; several targets, one needing attention, make exit 1 with every target reported', async () => {
    const r = await check([fixture(`${EC}/fullchain.pem`), fixture('bundles/rsa-ok'), '--within', '40000', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, ok: false, within: 40000 });
    expect(doc.targets.map((t: { target: string; kind: string; ok: boolean }) => [t.target, t.kind, t.ok])).toEqual([[fixture(`${EC}/fullchain.pem`), 'file', false], [fixture('bundles/rsa-ok'), 'bundle', false]]);
    expect(Object.keys(doc.targets[0]).sort()).toEqual(['chain', 'covers', 'daysLeft', 'expect', 'fingerprintSha1', 'fingerprintSha256', 'host', 'issuer', 'kind', 'names', 'notAfter', 'notBefore', 'ok', 'problems', 'subject', 'target', 'warnings']);
    expect(doc.targets[0].problems.map((p: { id: string }) => p.id)).toEqual(['expiring']);
    expect(JSON.parse(r.stderr)).toMatchObject({ schemaVersion: 1, error: { type: 'NegativeResult', exitCode: 1 } });
  });

  it('a file\'s chain is reported, not judged: a lone leaf or a misordered chain is still ok', async () => {
    const alone = await check([fixture(`${EC}/cert.pem`), '--json']);
    expect(alone.code).toBe(0);
    expect(JSON.parse(alone.stdout).targets[0].chain).toEqual({ complete: false, inOrder: true, certificates: ['CN=ec.example.com'], problems: [{ id: 'chain-too-short', message: 'CN=ec.example.com comes alone: no intermediate certificate, so most clients cannot build a chain to a trusted root' }] });
    const mis = await check([fixture('bundles/misordered/fullchain.pem'), '--json']);
    expect(mis.code).toBe(0);
    expect(JSON.parse(mis.stdout).targets[0].chain).toMatchObject({ complete: true, inOrder: false, problems: [{ id: 'chain-misordered' }] });
  });

  it('a file whose leaf is not first (`cat chain.pem cert.pem`) needs attention: a server takes its first certificate for its own (exit 1, en and zh)', async () => {
    const r = await check([fixture('cases/rsa-fullchain-reversed.pem'), '--json']);
    expect(r.code).toBe(1);
    const row = JSON.parse(r.stdout).targets[0];
    expect(row).toMatchObject({ ok: false, subject: 'CN=rsa.example.com', chain: { complete: true, inOrder: false } });
    expect(row.problems.map((p: { id: string }) => p.id)).toEqual(['chain-misordered']);
    expect(row.problems[0].message).toContain('take the first certificate of the file, CN=SCM Test Root R1, for the server\'s own');
    const zh = await check([fixture('cases/rsa-fullchain-reversed.pem'), '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('会把文件中的第一张证书 CN=SCM Test Root R1 当作服务器证书');
    // Leaf first, the rest out of order: still a note (clients order CAs themselves).
    expect((await check([fixture('cases/rsa-fullchain-misordered.pem')])).code).toBe(0);
  });

  it('a folder whose one certificate file has its leaf after the CAs needs attention as that file does (exit 1, chain-misordered, en and zh); the leaf first with the CAs out of order stays ok', async () => {
    const r = await check([fixture('bundles/layouts/reversed-fullchain'), '--json']);
    expect(r.code).toBe(1);
    const row = JSON.parse(r.stdout).targets[0];
    expect(row).toMatchObject({ ok: false, kind: 'bundle', subject: 'CN=rsa.example.com', chain: { complete: true, inOrder: null } });
    expect(row.problems.map((p: { id: string }) => p.id)).toEqual(['chain-misordered']);
    expect(row.problems[0].message).toContain('fullchain.pem has CN=SCM Test Root R1 first and the end-entity (server) certificate, CN=rsa.example.com, as certificate 3');
    const zh = await check([fixture('bundles/layouts/reversed-fullchain'), '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('fullchain.pem 中的第一张证书是 CN=SCM Test Root R1，服务器证书 CN=rsa.example.com 是第 3 张');
    expect((await check([fixture('bundles/layouts/misordered-fullchain')])).code).toBe(0);
  });

  it('--servername on a file checks the names; --expect a file compares fingerprints', async () => {
    const r = await check([fixture(EC), '--servername', 'api.example.com', '--expect', fixture('bundles/rsa-ok/cert.pem')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ does not cover api.example.com (its names: ec.example.com, www.ec.example.com)');
    expect(r.stdout).toMatch(/✗ is not .*rsa-ok\/cert\.pem: SHA-256 [0-9a-f]{64}, expected [0-9a-f]{64}/);
    expect((await check([fixture(EC), '--servername', 'www.ec.example.com', '--expect', fixture(`${EC}/fullchain.pem`)])).code).toBe(0);
  });

  it('unreadable input is exit 2: no such file, a folder with no certificate; the other targets are still reported', async () => {
    const r = await check(['/nonexistent/cert.pem', fixture(EC)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('/nonexistent/cert.pem: cannot check\n  ✗ cannot read /nonexistent/cert.pem: no such file\n');
    expect(r.stdout).toContain(`${fixture(EC)}: ok`);
    expect(r.stderr).toBe('scm: cannot read /nonexistent/cert.pem: no such file\n');
    const dir = mkdtempSync(join(tmpdir(), 'scm-check-'));
    writeFileSync(join(dir, 'privkey.pem'), readFileSync(fixture(`${EC}/privkey.pem`)));
    const keyOnly = await check([dir]);
    expect(keyOnly.code).toBe(2);
    expect(keyOnly.stdout).toMatch(/✗ no certificate in .*: /);
    rmSync(dir, { recursive: true, force: true });
    expect((await check(['http://example.com'])).code).toBe(2);
    expect((await check([fixture(EC), '--within', 'x'])).code).toBe(2);
  });

  it('a key file: validate\'s finding names the file once, not after "no certificate in FILE" again; in Chinese too', async () => {
    const key = fixture(`${EC}/privkey.pem`);
    const r = await check([key]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`${key}: cannot check\n  ✗ ${key} holds no certificate, only a PKCS#8 private key\n`);
    const zh = await check([key, '--lang', 'zh']);
    expect(zh.stdout).toBe(`${key}：无法检查\n  ✗ ${key} 中没有证书，只有 PKCS#8 私钥\n`);
  });

  it('the final line names the target that decided the exit status, not the first that failed', async () => {
    const r = await check(['127.0.0.1:1', '/nonexistent/cert.pem', '--timeout', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('scm: cannot read /nonexistent/cert.pem: no such file\n');
  });

  it('--help gives both time limits of --timeout (a handshake 10 s, an SCM request 30 s); 0 is a usage error', async () => {
    const help = await check(['--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('--timeout <seconds> time limit in seconds of each TLS handshake (default 10) and of each SCM request (default 30)');
    expect(help.stdout).not.toContain('per-request timeout (default 30)');
    const zero = await check([fixture(EC), '--timeout', '0']);
    expect([zero.code, zero.stderr]).toEqual([2, "scm: --timeout: '0' is not a number of seconds above 0 and at most 3600\n"]);
  });

  it('speaks Chinese', async () => {
    const r = await check([fixture(EC), '--within', '30', '--lang', 'zh'], at(10 * DAY));
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(`${fixture(EC)}：需要处理`);
    expect(r.stdout).toContain('还剩 10 天，不超过 30 天（--within）');
    expect(r.stderr).toBe('scm: 1 个检查对象中，有 1 个需要处理\n');
  });
});

describeFixtures('scm check on TLS endpoints', () => {
  const servers: Server[] = [];
  const listen = (server: Server): Promise<number> => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
  const tls = (certFile: string, keyFile: string) => {
    const s = createTlsServer({ cert: readFileSync(fixture(certFile)), key: readFileSync(fixture(keyFile)) }, (c) => c.end());
    s.on('tlsClientError', () => {});
    servers.push(s);
    return listen(s);
  };
  afterAll(() => { for (const s of servers) s.close(); });

  it('a complete chain in order, covering the host given as --servername (SNI): ok', async () => {
    const port = await tls(`${EC}/fullchain.pem`, `${EC}/privkey.pem`);
    const r = await check([`https://127.0.0.1:${port}`, '--servername', 'www.ec.example.com']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`https://127.0.0.1:${port} (SNI www.ec.example.com): ok\n`);
    expect(r.stdout).toContain('  chain: complete and in order (CN=ec.example.com → CN=SCM Test Intermediate E2)\n  covers www.ec.example.com\n');
  });

  it('the leaf served alone, a misordered chain: reported as chain notes, not the verdict (exit 0); a name not covered needs attention (exit 1)', async () => {
    const alone = await tls(`${EC}/cert.pem`, `${EC}/privkey.pem`);
    const mis = await tls('bundles/misordered/fullchain.pem', 'bundles/misordered/privkey.pem');
    const r = await check([`127.0.0.1:${alone}`, `127.0.0.1:${mis}`, '--servername', 'rsa.example.com', '--json']);
    expect(r.code).toBe(1);
    const [a, m] = JSON.parse(r.stdout).targets;
    expect([a.ok, a.problems.map((p: { id: string }) => p.id)]).toEqual([false, ['name-mismatch']]);
    expect(a.chain).toMatchObject({ complete: false, inOrder: true, problems: [{ id: 'chain-too-short' }] });
    expect([m.ok, m.problems]).toEqual([true, []]);
    expect(m.chain).toMatchObject({ complete: true, inOrder: false, certificates: ['CN=rsa.example.com', 'CN=SCM Test Root R1', 'CN=SCM Test Intermediate R2'], problems: [{ id: 'chain-misordered' }] });
    const text = await check([`127.0.0.1:${alone}`, '--servername', 'www.ec.example.com']);
    expect([text.code, text.stderr]).toEqual([0, '']);
    expect(text.stdout).toContain(`127.0.0.1:${alone} (SNI www.ec.example.com): ok\n`);
    // The leaf alone breaks Android and most clients that are not browsers: a warning, not the verdict (the
    // contract's exit 0: valid for more than --within days); --json lists it under warnings.
    expect(text.stdout).toContain('  chain warning: CN=ec.example.com comes alone: no intermediate certificate, so most clients cannot build a chain to a trusted root\n');
    expect(a.warnings).toEqual([{ id: 'chain-too-short', message: 'CN=ec.example.com comes alone: no intermediate certificate, so most clients cannot build a chain to a trusted root' }]);
    expect(m.warnings).toEqual([]);
    const zh = await check([`127.0.0.1:${alone}`, '--servername', 'www.ec.example.com', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/\n  证书链警告：.+\n/);
  });

  it('an absolute name (final dot): host.:port is an endpoint, not a file; SNI is sent without the dot and the name still matches', async () => {
    const names: string[] = [];
    const ctx = createSecureContext({ cert: readFileSync(fixture(`${EC}/fullchain.pem`)), key: readFileSync(fixture(`${EC}/privkey.pem`)) });
    const s = createTlsServer({ SNICallback: (name, done) => { names.push(name); done(null, ctx); } }, (c) => c.end());
    s.on('tlsClientError', () => {});
    servers.push(s);
    const port = await listen(s);
    const r = await check([`https://127.0.0.1:${port}`, '--servername', 'www.ec.example.com.']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    // The same name on each handshake (an ECDSA server is asked again for an RSA certificate).
    expect([...new Set(names)]).toEqual(['www.ec.example.com']);
    expect(r.stdout).toContain(`https://127.0.0.1:${port} (SNI www.ec.example.com): ok\n`);
    const dotted = await check(['nothing.invalid.:1', '--timeout', '2']);
    expect(dotted.code).toBe(5);
    expect(dotted.stdout).not.toContain('cannot read');
  });

  it('a name not covered is said without its final dot; a URL\'s user and password are refused, never printed', async () => {
    const port = await tls(`${EC}/fullchain.pem`, `${EC}/privkey.pem`);
    const r = await check([`https://127.0.0.1:${port}`, '--servername', 'shop.example.com.']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`https://127.0.0.1:${port} (SNI shop.example.com): needs attention\n`);
    expect(r.stdout).toContain('  ✗ does not cover shop.example.com (its names: ');
    // Refused before anything is sent (test/e2e/check-credentials.test.ts has the other forms).
    const json = await check([`https://admin:s3cr3t-pw@127.0.0.1:${port}`, '--json']);
    expect([json.code, json.stdout]).toEqual([2, '']);
    expect(json.stdout + json.stderr).not.toMatch(/admin|s3cr3t-pw/);
    const bad = await check(['https://admin:s3cr3t-pw@127.0.0.1:99999', 'http://admin:s3cr3t-pw@127.0.0.1:1']);
    expect([bad.code, bad.stdout + bad.stderr]).toEqual([2, 'scm: https://***@127.0.0.1:99999: credentials in a check target are not used (scm check sends no user name or password); give it without them: https://127.0.0.1:99999\n']);
    const http = await check(['http://admin:s3cr3t-pw@127.0.0.1:1']);
    expect(http.stderr).toBe('scm: http://***@127.0.0.1:1: credentials in a check target are not used (scm check sends no user name or password); give it without them: 127.0.0.1:1\n');
  });

  it('an IPv6 address and port without brackets: exit 2 with the way to write it, in both languages', async () => {
    const r = await check(['::1:47317']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'scm: ::1:47317: an IPv6 address with a port is written in brackets: [::1]:47317\n']);
    const zh = await check(['fe80::1:443', '--lang', 'zh']);
    expect(zh.stderr).toBe('scm: fe80::1:443：带端口的 IPv6 地址要用方括号括起来：[fe80::1]:443\n');
  });

  it('a server that refuses the handshake with an alert was reached: needs attention (exit 1), the alert named', async () => {
    // What `openssl s_server -servername_fatal` answers a name it does not serve: a fatal unrecognized_name alert.
    const refusing = createTcpServer((c) => { c.on('error', () => {}); c.once('data', () => c.end(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 112]))); });
    servers.push(refusing);
    const port = await listen(refusing);
    const r = await check([`127.0.0.1:${port}`, '--servername', 'nomatch.example.com', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).targets[0]).toMatchObject({ ok: false, servername: 'nomatch.example.com', problems: [{ id: 'tls-alert', message: `127.0.0.1:${port} does not serve nomatch.example.com: it refused the TLS handshake with the alert unrecognized_name (112)` }] });
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { type: 'NegativeResult', exitCode: 1 } });
    const text = await check([`127.0.0.1:${port}`, '--lang', 'zh']);
    expect(text.code).toBe(1);
    expect(text.stdout).toBe(`127.0.0.1:${port}：需要处理\n  ✗ 127.0.0.1:${port} 以 TLS 警报 unrecognized_name（112）拒绝了握手；未发送 SNI，请加 --servername 域名\n`);
  });

  it('a self-signed certificate served alone is said to be self-signed, not to lack an intermediate: a chain note (exit 0)', async () => {
    const port = await tls('bundles/leaf-only/cert.pem', 'bundles/leaf-only/privkey.pem');
    const r = await check([`127.0.0.1:${port}`, '--servername', 'self.example.com']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  chain note: CN=self.example.com is self-signed: clients trust it only where it was installed by hand');
    expect(r.stdout).not.toContain('comes alone');
  });

  it('cannot be checked (exit 5): refused, plain HTTP on the port, no handshake within --timeout', async () => {
    const emu: RunningEmulator = await spawnEmulator();
    const silent = createTcpServer(() => {});
    servers.push(silent);
    const quiet = await listen(silent);
    try {
      const r = await check(['127.0.0.1:1', emu.url.replace('http://', ''), `127.0.0.1:${quiet}`, '--timeout', '1']);
      expect(r.code).toBe(5);
      expect(r.stdout).toBe([
        '127.0.0.1:1: cannot check', '  ✗ cannot connect to 127.0.0.1:1: connection refused',
        `${emu.url.replace('http://', '')}: cannot check`, `  ✗ ${emu.url.replace('http://', '')} speaks plain HTTP, not TLS: give the port HTTPS listens on (443 by default)`,
        `127.0.0.1:${quiet}: cannot check`, `  ✗ no TLS handshake with 127.0.0.1:${quiet} within 1s`, '',
      ].join('\n'));
      expect(r.stderr).toBe('scm: cannot connect to 127.0.0.1:1: connection refused\n');
    } finally {
      await emu.stop();
    }
  });
});

describe('scm check on SCM ids', () => {
  let emu: RunningEmulator;
  beforeAll(async () => { emu = await spawnEmulator(); });
  afterAll(async () => { await emu?.stop(); });
  const env = () => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url });

  it('ShowCertificate: names, days left and SHA-1; an id SCM does not hold is exit 4; no credentials exit 3', async () => {
    const { certificates: [soon, later] } = await emu.seed({ certificates: [
      { name: 'soon', domain: 'a.example.com', not_after: new Date(Date.now() + 5 * DAY).toISOString(), fingerprint: 'ab'.repeat(20) },
      { name: 'later', domain: 'b.example.com', not_after: new Date(Date.now() + 90 * DAY).toISOString() },
    ] });
    const r = await runCli(['check', soon!, later!, '--json'], { env: env() });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.targets.map((t: { kind: string; ok: boolean; subject: string }) => [t.kind, t.ok, t.subject])).toEqual([['scm', false, 'CN=a.example.com'], ['scm', true, 'CN=b.example.com']]);
    expect(doc.targets[0]).toMatchObject({ fingerprintSha1: 'ab'.repeat(20), fingerprintSha256: null, daysLeft: 4, problems: [{ id: 'expiring' }] });
    const missing = await runCli(['check', 'scs1999999999999'], { env: env() });
    expect(missing.code).toBe(4);
    expect(missing.stdout).toMatch(/^scs1999999999999: cannot check\n {2}✗ SCM rejected reading the certificate: SCM\.0008/);
    expect((await runCli(['check', later!], { env: { SCM_ENDPOINT: emu.url } })).code).toBe(3);
  });
});

describe('scm check NAME, a host name given where a path is read', () => {
  it('no such file, and how to name the server instead (exit 2), in both languages; a path with a slash is said as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-check-hostlike-'));
    try {
      const r = await runCli(['check', 'www.example.com'], { cwd: dir });
      expect(r.code).toBe(2);
      const said = 'cannot read www.example.com: no such file; to check the server of that name, give https://www.example.com (port 443) or www.example.com:PORT';
      expect(r.stdout).toBe(`www.example.com: cannot check\n  ✗ ${said}\n`);
      expect(r.stderr).toBe(`scm: ${said}\n`);
      const zh = await runCli(['check', 'www.example.com', '--lang', 'zh'], { cwd: dir });
      expect(zh.stderr).toBe('scm: 无法读取 www.example.com：文件不存在；如要检查该主机名对应的服务器，请给出 https://www.example.com（端口 443）或 www.example.com:端口\n');
      const path = await runCli(['check', 'certs/www.example.com'], { cwd: dir });
      expect(path.stderr).toBe('scm: cannot read certs/www.example.com: no such file\n');
      const file = await runCli(['check', 'cert.pem'], { cwd: dir });
      expect(file.stderr).toBe('scm: cannot read cert.pem: no such file\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
