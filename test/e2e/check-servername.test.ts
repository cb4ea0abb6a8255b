// `scm check --servername NAME` through the built binary: a value that is no host name to send as SNI (a URL, a
// path, a port, a wildcard) is a usage error, exit 2, one line in the user's language, before any
// connection; it used to be sent as SNI as given (an IP address with Node's deprecation warning on stderr). An
// internationalised name is sent as its punycode A-label; upper case and a final dot still work.
import { readFileSync } from 'node:fs';
import { createSecureContext, createServer, type Server } from 'node:tls';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

describeFixtures('scm check --servername', () => {
  let server: Server;
  let port = 0;
  let connections = 0;
  const names: string[] = [];
  beforeAll(async () => {
    const ctx = createSecureContext({ cert: readFileSync(fixture('bundles/ec-ok/fullchain.pem')), key: readFileSync(fixture('bundles/ec-ok/privkey.pem')) });
    server = createServer({ SNICallback: (name, done) => { names.push(name); done(null, ctx); } }, (c) => c.end());
    server.on('connection', () => void connections++);
    server.on('tlsClientError', () => {});
    port = await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
  });
  afterAll(() => { server?.close(); });

  it.each([
    ['https://www.ec.example.com', "scm: --servername 'https://www.ec.example.com' is not a host name: it is a URL; give its host name alone (www.ec.example.com)"],
    ['www.ec.example.com/x', `scm: --servername 'www.ec.example.com/x' is not a host name: it has a path ("/x"); give the host name alone (www.ec.example.com)`],
    ['www.ec.example.com:443', `scm: --servername 'www.ec.example.com:443' is not a host name: it has a port (":443"); a certificate does not name ports: give the host alone (www.ec.example.com)`],
    ['*.ec.example.com', "scm: --servername '*.ec.example.com' is not a host name: it is a wildcard; SNI names one host: give a name the certificate should cover (such as www.ec.example.com)"],
  ])('%j: exit 2, one line, nothing connected', async (value, line) => {
    const before = connections;
    const r = await runCli(['check', `127.0.0.1:${port}`, '--servername', value]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `${line}\n`]);
    expect(connections).toBe(before);
  });

  it('in Chinese, and as a JSON error line with --json', async () => {
    const zh = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'https://x', '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, 'scm: --servername “https://x”不是合法的主机名：是一个 URL；请只传其中的主机名（x）\n']);
    const json = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'x/y', '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr).error.message).toBe(`--servername 'x/y' is not a host name: it has a path ("/y"); give the host name alone (x)`);
  });

  it('an IP address is compared with the certificate, never sent as SNI, and Node prints no warning', async () => {
    names.length = 0;
    const before = connections;
    const ip = await runCli(['check', `127.0.0.1:${port}`, '--servername', '127.0.0.1']);
    expect(ip.code).toBe(1); // the certificate names no address
    // The handshake, then (it was refused with handshake_failure) the look at the server's first flight: neither names it.
    expect(connections).toBe(before + 2);
    expect(names).toEqual([]);
    expect(ip.stderr).not.toMatch(/DEP0123|DeprecationWarning/);
  });

  it('an internationalised name is sent as its A-label; upper case (sent in lower case) and a final dot are fine', async () => {
    names.length = 0;
    const idn = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'bücher.example', '--json']);
    expect(idn.code).toBe(1); // the certificate does not cover it
    // The same name on each handshake (an ECDSA server is asked again for an RSA certificate).
    expect([...new Set(names)]).toEqual(['xn--bcher-kva.example']);
    expect(JSON.parse(idn.stdout).targets[0]).toMatchObject({ servername: 'xn--bcher-kva.example', covers: false });
    const text = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'bücher.example']);
    expect(text.stdout).toContain(`127.0.0.1:${port} (SNI xn--bcher-kva.example): needs attention\n`);
    names.length = 0;
    const upper = await runCli(['check', `127.0.0.1:${port}`, '--servername', 'WWW.EC.Example.COM.']);
    expect([upper.code, upper.stderr]).toEqual([0, '']);
    expect([...new Set(names)]).toEqual(['www.ec.example.com']);
  });
});
