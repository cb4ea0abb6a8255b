// `scm check` against endpoints served here by real TLS servers, through the built binary: --timeout bounded as
// every command bounds it (at most 3600, exit 2, whatever the targets), many endpoints at once without Node's
// leak warning, IPv6 addresses compared as addresses, an IP address never sent as SNI, a non-ASCII host:port,
// the SNI hint only for the alerts SNI explains, and a served chain's problem said of the server, not of an upload.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createTcpServer, type Server } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer, type TlsOptions } from 'node:tls';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let home: string;
const servers: Server[] = [];
const check = (args: string[], cwd?: string) => runCli(['check', ...args], { env: { HOME: home, XDG_CONFIG_HOME: home }, ...(cwd ? { cwd } : {}) });
const listen = (server: Server, host = '127.0.0.1'): Promise<number> => new Promise((resolve) => server.listen(0, host, () => resolve((server.address() as { port: number }).port)));
const pem = (...files: string[]): string => files.map((f) => readFileSync(fixture(f), 'utf8')).join('');
/** A TLS server with the chain as given (leaf first), recording every name sent as SNI. */
function tls(chain: string, key: string, more: TlsOptions = {}, host = '127.0.0.1'): Promise<number> & { names: string[] } {
  const names: string[] = [];
  const s = createTlsServer({ cert: chain, key: readFileSync(fixture(key)), SNICallback: (name, done) => { names.push(name); done(null); }, ...more }, (c) => c.end());
  s.on('tlsClientError', () => {});
  servers.push(s);
  return Object.assign(listen(s, host), { names });
}
/** A server that answers any ClientHello with this fatal TLS alert, as a server that refuses the handshake does. */
function alerting(alert: number): Promise<number> {
  const s = createTcpServer((c) => { c.on('error', () => {}); c.once('data', () => c.end(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, alert]))); });
  servers.push(s);
  return listen(s);
}
const IP_SANS = (): string => pem('cases/ip-sans.crt', 'pki/inter-rsa.crt');

beforeAll(() => { home = mkdtempSync(join(tmpdir(), 'scm-check-wire-')); });
afterAll(() => {
  for (const s of servers) s.close();
  rmSync(home, { recursive: true, force: true });
});

describeFixtures('scm check --timeout: at most 3600 for every target, refused before anything is read', () => {
  it('an endpoint with --timeout 2147484 or 3601 is exit 2, as an SCM id and a file are; no Node warning', async () => {
    const port = await tls(IP_SANS(), 'cases/rsa.key');
    for (const target of [`127.0.0.1:${port}`, 'scs1700000000001', fixture('bundles/ec-ok')]) {
      for (const value of ['2147484', '3601']) {
        const r = await check([target, '--timeout', value]);
        expect([target, r.code, r.stdout, r.stderr]).toEqual([target, 2, '', `scm: --timeout: '${value}' is not a number of seconds above 0 and at most 3600\n`]);
      }
    }
    const zh = await check([`127.0.0.1:${port}`, '--timeout', '3601', '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, 'scm: --timeout：“3601”不是大于 0 且不超过 3600 的秒数\n']);
    expect((await check([`127.0.0.1:${port}`, '--timeout', '3600'])).code).toBe(0);
  });

  it('--help says the bound', async () => {
    const help = await check(['--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('--timeout <seconds> time limit in seconds of each TLS handshake (default 10) and of each SCM request (default 30); at most 3600');
  });
});

describeFixtures('scm check on many endpoints at once', () => {
  it('15 endpoints: each checked, and nothing from Node on stderr (no abort-listener leak warning)', async () => {
    const port = await tls(IP_SANS(), 'cases/rsa.key');
    const r = await check(Array.from({ length: 15 }, () => `127.0.0.1:${port}`));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.match(/: ok$/gm)).toHaveLength(15);
  });
});

describeFixtures('scm check with IP addresses', () => {
  it('[0:0:0:0:0:0:0:1]:PORT against a certificate with the IP SAN ::1: covered, as the URL form is', async () => {
    const port = await tls(IP_SANS(), 'cases/rsa.key', {}, '::1');
    const r = await check([`[0:0:0:0:0:0:0:1]:${port}`, `https://[0:0:0:0:0:0:0:1]:${port}`]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('  covers 0:0:0:0:0:0:0:1\n');
    expect(r.stdout).not.toContain('does not cover');
  });

  it.skipIf(!('lo' in networkInterfaces()))('[::1%lo]:PORT (an address with its interface): reached, covered by the IP SAN ::1', async () => {
    const port = await tls(IP_SANS(), 'cases/rsa.key', {}, '::1');
    const r = await check([`[::1%lo]:${port}`, '--json']);
    const row = JSON.parse(r.stdout).targets[0];
    expect([r.code, r.stderr, row.ok, row.covers, row.servername]).toEqual([0, '', true, true, undefined]);
  });

  it('[::1] or 127.0.0.1 without a port (no such file): the hint gives https://ADDRESS or ADDRESS:PORT, in both languages', async () => {
    const r = await check(['[::1]', '127.0.0.1']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('  ✗ cannot read [::1]: no such file; to check the server at that address, give https://[::1] (port 443) or [::1]:PORT\n');
    expect(r.stdout).toContain('  ✗ cannot read 127.0.0.1: no such file; to check the server at that address, give https://127.0.0.1 (port 443) or 127.0.0.1:PORT\n');
    const zh = await check(['[::1]', '--lang', 'zh']);
    expect(zh.stderr).toBe('scm: 无法读取 [::1]：文件不存在；如要检查该地址上的服务器，请给出 https://[::1]（端口 443）或 [::1]:端口\n');
  });

  it('a file with --servername 2001:db8:0::1 against the SAN 2001:db8::1: covered; 2001:db8::2 is not', async () => {
    const ok = await check([fixture('cases/ip-sans.crt'), '--servername', '2001:db8:0::1']);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    expect(ok.stdout).toContain('  covers 2001:db8:0::1\n');
    const not = await check([fixture('cases/ip-sans.crt'), '--servername', '2001:db8::2']);
    expect(not.code).toBe(1);
    expect(not.stdout).toContain('  ✗ does not cover 2001:db8::2 (its names: ip.example.com, 127.0.0.1, ::1, 2001:db8::1)\n');
  });

  it('--servername 127.0.0.1 is not sent as SNI (RFC 6066), no Node deprecation warning; the name is compared with the IP SANs', async () => {
    const server = tls(IP_SANS(), 'cases/rsa.key');
    const port = await server;
    const r = await check([`127.0.0.1:${port}`, '--servername', '127.0.0.1']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')[0]).toBe(`127.0.0.1:${port}: ok`);
    expect(r.stdout).toContain('  covers 127.0.0.1\n');
    const json = JSON.parse((await check([`127.0.0.1:${port}`, '--servername', '::1', '--json'])).stdout);
    expect(json.targets[0]).toMatchObject({ host: '::1', covers: true });
    expect(json.targets[0]).not.toHaveProperty('servername');
    expect(server.names).toEqual([]);
    // A name is sent (and recorded here), the address's name or not.
    expect((await check([`127.0.0.1:${port}`, '--servername', 'ip.example.com'])).code).toBe(0);
    // On each handshake (the server is asked again for an ECDSA certificate beside its RSA one).
    expect([...new Set(server.names)]).toEqual(['ip.example.com']);
  });
});

describeFixtures('scm check with a host or --servername in upper case', () => {
  it('sends the name in lower case, as browsers do: a server matching names exactly (many a hand-written SNI table) serves it', async () => {
    const names: string[] = [];
    // Serves only the names it holds, byte for byte; any other name is refused with unrecognized_name.
    const s = createTlsServer({
      cert: pem('bundles/rsa-ok/fullchain.pem'), key: readFileSync(fixture('bundles/rsa-ok/privkey.pem')),
      SNICallback: (name, done) => { names.push(name); done(name === 'rsa.example.com' ? null : new Error('unknown name')); },
    }, (c) => c.end());
    s.on('tlsClientError', () => {});
    servers.push(s);
    const port = await listen(s);
    const r = await check([`127.0.0.1:${port}`, '--servername', 'RSA.Example.COM']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')[0]).toBe(`127.0.0.1:${port} (SNI rsa.example.com): ok`);
    expect(r.stdout).toContain('  covers RSA.Example.COM\n');
    expect([...new Set(names)]).toEqual(['rsa.example.com']);
  });
});

describeFixtures('scm check on a server that closes the connection on a name it does not serve', () => {
  /** As a hand-written SNI table in node:tls does: an unknown name's SNICallback error closes the connection, no alert. */
  async function strict(): Promise<number> {
    const s = createTlsServer({
      cert: pem('bundles/rsa-ok/fullchain.pem'), key: readFileSync(fixture('bundles/rsa-ok/privkey.pem')),
      SNICallback: (name, done) => done(name === 'rsa.example.com' ? null : new Error('unknown name')),
    }, (c) => c.end());
    s.on('tlsClientError', () => {});
    servers.push(s);
    return listen(s);
  }

  it('was reached and refused that name: needs attention (exit 1), said so in both languages, not "cannot check" (exit 5)', async () => {
    const port = await strict();
    const r = await check([`127.0.0.1:${port}`, '--servername', 'other.example.com']);
    expect([r.code, r.stderr]).toEqual([1, 'scm: 1 of 1 target needs attention\n']);
    expect(r.stdout).toBe(`127.0.0.1:${port} (SNI other.example.com): needs attention\n  ✗ 127.0.0.1:${port} closed the connection on a TLS handshake for other.example.com, and answers one that names no host: it does not serve other.example.com\n`);
    const zh = await check([`127.0.0.1:${port}`, '--servername', 'other.example.com', '--lang', 'zh']);
    expect(zh.stdout).toContain(`  ✗ ${'127.0.0.1:' + port} 在为 other.example.com 进行 TLS 握手时关闭了连接，但对不指定主机名的握手有应答：它不为 other.example.com 提供服务\n`);
    const json = JSON.parse((await check([`127.0.0.1:${port}`, '--servername', 'other.example.com', '--json'])).stdout).targets[0];
    expect(json).toMatchObject({ ok: false, subject: null, problems: [{ id: 'tls-handshake' }] });
    expect((await check([`127.0.0.1:${port}`, '--servername', 'rsa.example.com'])).code).toBe(0);
  });

  it('a server that drops only the first handshake for the name (flaky) and answers the next is ok (exit 0)', async () => {
    let first = true;
    const s = createTlsServer({
      cert: pem('bundles/rsa-ok/fullchain.pem'), key: readFileSync(fixture('bundles/rsa-ok/privkey.pem')),
      SNICallback: (_name, done) => { const fail = first; first = false; done(fail ? new Error('flaky') : null); },
    }, (c) => c.end());
    s.on('tlsClientError', () => {});
    servers.push(s);
    const port = await listen(s);
    const r = await check([`127.0.0.1:${port}`, '--servername', 'rsa.example.com']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')[0]).toBe(`127.0.0.1:${port} (SNI rsa.example.com): ok`);
  });

  it('a port that closes every connection is still one that cannot be checked (exit 5)', async () => {
    const s = createTcpServer((c) => { c.on('error', () => {}); c.once('data', () => c.destroy()); });
    servers.push(s);
    const port = await listen(s);
    const r = await check([`127.0.0.1:${port}`, '--servername', 'other.example.com']);
    expect([r.code, r.stdout]).toEqual([5, `127.0.0.1:${port} (SNI other.example.com): cannot check\n  ✗ the connection to 127.0.0.1:${port} was closed during the TLS handshake\n`]);
  });
});

describeFixtures('scm check on a host:port with a non-ASCII host', () => {
  it('is an endpoint, connected to by its A-label (no such host here: exit 5, not "cannot read")', async () => {
    const r = await check(['bücher.invalid:1', '--timeout', '5']);
    expect(r.code).toBe(5);
    expect(r.stdout).toBe('bücher.invalid:1 (SNI xn--bcher-kva.invalid): cannot check\n  ✗ cannot resolve xn--bcher-kva.invalid\n');
  });

  it('is a file when a file has that name (a path that exists is always a path)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scm-check-idn-'));
    try {
      writeFileSync(join(dir, 'bücher.example:443'), pem('bundles/ec-ok/fullchain.pem'));
      const r = await check(['bücher.example:443', '--json'], dir);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).targets[0]).toMatchObject({ target: 'bücher.example:443', kind: 'file', ok: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeFixtures('scm check: the alerts a server refuses the handshake with', () => {
  it('protocol_version (70) from a server that speaks only TLS 1.0: named, no SNI hint, in both languages', async () => {
    const port = await tls(IP_SANS(), 'cases/rsa.key', { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' });
    const r = await check([`127.0.0.1:${port}`]);
    expect([r.code, r.stdout]).toEqual([1, `127.0.0.1:${port}: needs attention\n  ✗ 127.0.0.1:${port} offers only TLSv1, which this client refuses (it needs TLSv1.2 or later): the server ended the handshake with the alert protocol_version (70)\n`]);
    const zh = await check([`127.0.0.1:${port}`, '--lang', 'zh']);
    expect(zh.stdout).toBe(`127.0.0.1:${port}：需要处理\n  ✗ 127.0.0.1:${port} 只提供 TLSv1，本客户端不接受该版本（需要 TLSv1.2 或更高版本）：服务器以 TLS 警报 protocol_version（70）结束了握手\n`);
  });

  it('protocol_version (70) whose version cannot be learnt: said without it, no SNI hint', async () => {
    const port = await alerting(70);
    const r = await check([`127.0.0.1:${port}`]);
    expect([r.code, r.stdout]).toEqual([1, `127.0.0.1:${port}: needs attention\n  ✗ 127.0.0.1:${port} offers only a TLS version this client refuses (it needs TLSv1.2 or later): the server ended the handshake with the alert protocol_version (70)\n`]);
    const zh = await check([`127.0.0.1:${port}`, '--lang', 'zh']);
    expect(zh.stdout).toBe(`127.0.0.1:${port}：需要处理\n  ✗ 127.0.0.1:${port} 只提供本客户端不接受的 TLS 版本（需要 TLSv1.2 或更高版本）：服务器以 TLS 警报 protocol_version（70）结束了握手\n`);
  });

  it('without SNI, handshake_failure (40) and unrecognized_name (112) give the SNI hint; another alert does not', async () => {
    for (const alert of [40, 112]) {
      const port = await alerting(alert);
      const r = await check([`127.0.0.1:${port}`]);
      expect([r.code, r.stdout]).toEqual([1, expect.stringMatching(/; no SNI was sent: add --servername NAME\n$/)]);
    }
    const port = await alerting(80);
    const r = await check([`127.0.0.1:${port}`]);
    expect([r.code, r.stdout]).toEqual([1, `127.0.0.1:${port}: needs attention\n  ✗ 127.0.0.1:${port} refused the TLS handshake with the alert internal_error (80)\n`]);
    const zh = await check([`127.0.0.1:${port}`, '--lang', 'zh']);
    expect(zh.stdout).toBe(`127.0.0.1:${port}：需要处理\n  ✗ 127.0.0.1:${port} 以 TLS 警报 internal_error（80）拒绝了握手\n`);
  });
});

describeFixtures('scm check: a served chain\'s problem is the server\'s to fix', () => {
  it('a certificate that issued none of the chain: the server sends it, its configuration is the fix (nothing is uploaded)', async () => {
    const port = await tls(pem('cases/rsa-fullchain-with-root.pem', 'pki/root-b.crt'), 'cases/rsa.key');
    const r = await check([`127.0.0.1:${port}`, '--servername', 'rsa.example.com']);
    // How the chain is made up is a chain note, not the verdict (the contract's exit 0: valid, matching --expect).
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  chain note: the server sends CN=Unrelated Root B (certificate 4 in the served chain), which issued no certificate of this chain: remove it from the chain the server is configured with\n');
    expect(r.stdout).not.toMatch(/SCM checks|refuses the chain as given/);
    const zh = await check([`127.0.0.1:${port}`, '--servername', 'rsa.example.com', '--lang', 'zh']);
    expect(zh.stdout).toContain('  证书链提示：服务器发送了 CN=Unrelated Root B（服务器发送的证书链中的第 4 张证书），但它没有签发这条证书链中的任何证书：请从服务器配置的证书链中删除它\n');
  });
});

/** A server that speaks first with `greeting` and answers anything sent with `reply`, as SSH, mail and FTP servers do. */
function greeting(text: string, reply = '500 5.5.2 Error: bad syntax\r\n'): Promise<number> {
  const s = createTcpServer((c) => { c.on('error', () => {}); c.write(text); c.on('data', () => c.write(reply)); });
  servers.push(s);
  return listen(s);
}

describeFixtures('scm check on a port that greets in plain text (SMTP, IMAP, POP3 before STARTTLS, FTP before AUTH TLS)', () => {
  it('names the server with its greeting shown and the port with TLS from the start (exit 5), not "something that is not TLS"', async () => {
    const said = {
      'SMTP': ['220 mail.example.com ESMTP Postfix', 'starts TLS only on STARTTLS', 'SMTPS, usually 465'],
      'IMAP': ['* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready.', 'starts TLS only on STARTTLS', 'IMAPS, usually 993'],
      'POP3': ['+OK Dovecot ready.', 'starts TLS only on STLS', 'POP3S, usually 995'],
      'FTP': ['220 (vsFTPd 3.0.3) FTP ready', 'starts TLS only on AUTH TLS', 'FTPS, usually 990'],
    };
    for (const [protocol, [line, upgrade, tlsPort]] of Object.entries(said)) {
      const port = await greeting(`${line}\r\n`);
      const r = await check([`127.0.0.1:${port}`]);
      expect([r.code, r.stdout]).toEqual([5, `127.0.0.1:${port}: cannot check\n  ✗ 127.0.0.1:${port} speaks ${protocol} in plain text ("${line}") and ${upgrade}, which scm check does not send: check the port with TLS from the start (${tlsPort})\n`]);
    }
    // A 220 that names neither SMTP nor FTP: either may be it. Controls are not shown (it comes from the network).
    const port = await greeting('220 mx.example.com\x1b[31m ready\r\n');
    const r = await check([`127.0.0.1:${port}`]);
    expect([r.code, r.stdout]).toEqual([5, `127.0.0.1:${port}: cannot check\n  ✗ 127.0.0.1:${port} greets in plain text ("220 mx.example.com[31m ready") as a mail or FTP server does before STARTTLS or AUTH TLS, which scm check does not send: check the port with TLS from the start (SMTPS 465, FTPS 990)\n`]);
    const zh = await check([`127.0.0.1:${port}`, '--lang', 'zh']);
    expect([zh.code, zh.stdout]).toEqual([5, `127.0.0.1:${port}：无法检查\n  ✗ 127.0.0.1:${port} 以明文问候（“220 mx.example.com[31m ready”），如同邮件或 FTP 服务器在 STARTTLS 或 AUTH TLS 命令之前那样，而 \`scm check\` 不发送这些命令：请检查一开始就使用 TLS 的端口（SMTPS 465、FTPS 990）\n`]);
    const pop = await greeting('+OK POP3 ready\r\n');
    const zhPop = await check([`127.0.0.1:${pop}`, '--lang', 'zh']);
    expect([zhPop.code, zhPop.stdout]).toEqual([5, `127.0.0.1:${pop}：无法检查\n  ✗ 127.0.0.1:${pop} 使用明文 POP3（“+OK POP3 ready”），只在收到 STLS 命令后才开始 TLS，而 \`scm check\` 不发送该命令：请检查一开始就使用 TLS 的端口（POP3S，通常为 995）\n`]);
  });
});

describeFixtures('scm check on an SSH port (host:22)', () => {
  it('says it is an SSH server, its banner shown, and to give the TLS port (exit 5), in both languages', async () => {
    for (const banner of ['SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3', 'SSH-1.99-Cisco-1.25']) {
      const port = await greeting(`${banner}\r\n`, 'Invalid SSH identification string.\r\n');
      const r = await check([`127.0.0.1:${port}`]);
      expect([r.code, r.stdout]).toEqual([5, `127.0.0.1:${port}: cannot check\n  ✗ 127.0.0.1:${port} is an SSH server ("${banner}"), not TLS: give the port the TLS service listens on\n`]);
      expect(r.stderr).toBe(`scm: 127.0.0.1:${port} is an SSH server ("${banner}"), not TLS: give the port the TLS service listens on\n`);
    }
    // A banner is shown as printable ASCII, cut to 60 characters: it comes from the network.
    const port = await greeting(`SSH-2.0-${'x'.repeat(30)}\x07\x1b]0;owned\x07${'y'.repeat(60)}\r\n`);
    const zh = await check([`127.0.0.1:${port}`, '--lang', 'zh']);
    const shown = `SSH-2.0-${'x'.repeat(30)}]0;owned${'y'.repeat(60 - 46)}...`;
    expect([zh.code, zh.stdout]).toEqual([5, `127.0.0.1:${port}：无法检查\n  ✗ 127.0.0.1:${port} 是 SSH 服务器（“${shown}”），而不是 TLS：请指定该 TLS 服务监听的端口\n`]);
    const json = await check([`127.0.0.1:${port}`, '--json']);
    expect(JSON.parse(json.stdout).targets[0].problems).toEqual([{ id: 'unreachable', message: `127.0.0.1:${port} is an SSH server ("${shown}"), not TLS: give the port the TLS service listens on` }]);
  });
});

describeFixtures('scm check interrupted while it asks a port in plain text why the handshake failed', () => {
  it('Ctrl-C ends the plain look at once: exit 130, no verdict printed for the target', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers/run-cli.js');
    let child: ReturnType<typeof spawn> | undefined;
    let seen = 0;
    // The handshake gets bytes that are not TLS; the plain look that follows (the second connection) gets nothing,
    // and Ctrl-C comes while scm waits for it.
    const s = createTcpServer((c) => {
      c.on('error', () => {});
      if (seen++ === 0) c.once('data', () => c.write('not tls at all, not http either'));
      else child!.kill('SIGINT');
    });
    servers.push(s);
    const port = await listen(s);
    child = spawn(process.execPath, [BIN, 'check', `127.0.0.1:${port}`], { env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LANG: 'C.UTF-8' } });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child!.once('close', resolve));
    expect([seen, code, stdout, stderr]).toEqual([2, 130, '', 'scm: interrupted\n']);
  });
});
