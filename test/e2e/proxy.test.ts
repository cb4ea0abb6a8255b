// HTTPS_PROXY/HTTP_PROXY/NO_PROXY: requests go through a real proxy when one is set (the emulator's plain http
// forwarded by it, as curl has it), and straight to
// the endpoint when NO_PROXY names it, or when the endpoint is loopback and the proxy is not on this machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withEmulator } from '../helpers/emulator-suite.js';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.js';
import { runCli } from '../helpers/run-cli.js';

const t = withEmulator('proxy');
let proxy: ForwardProxy;
let proxyUrl: string;
/** host:port of each request the proxy forwarded (plain http) or tunnelled. */
let tunnels: string[] = [];

beforeAll(async () => {
  proxy = await startForwardProxy();
  proxyUrl = proxy.url;
  tunnels = proxy.targets;
});
afterAll(async () => proxy?.close());

const upload = (env: Record<string, string>) =>
  runCli(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'via-proxy', '-q', '--allow-duplicate'], { env: t.env(env) });

describe('proxy', () => {
  it('sends the requests through HTTP_PROXY', async () => {
    tunnels.length = 0;
    const r = await upload({ HTTP_PROXY: proxyUrl });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^scs\d{13}\n$/);
    expect(tunnels).toContain(new URL(t.emu.url).host);
  });

  it('goes straight to a host that NO_PROXY names', async () => {
    tunnels.length = 0;
    const r = await upload({ HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' });
    expect(r.code).toBe(0);
    expect(tunnels).toEqual([]);
  });

  // curl ("the lower case version has precedence"), wget and undici's EnvHttpProxyAgent read the lower-case name
  // first: a session's http_proxy over a system-wide HTTP_PROXY (here one where nothing listens) must win here too.
  it('the lower-case name wins when both are set, for the proxy and for NO_PROXY', async () => {
    tunnels.length = 0;
    const lower = await upload({ HTTP_PROXY: 'http://127.0.0.1:9', http_proxy: proxyUrl });
    expect([lower.code, lower.stderr]).toEqual([0, '']);
    expect(tunnels).toContain(new URL(t.emu.url).host);
    tunnels.length = 0;
    const direct = await upload({ http_proxy: proxyUrl, NO_PROXY: 'example.com', no_proxy: '127.0.0.1' });
    expect([direct.code, tunnels]).toEqual([0, []]);
  });

  it('a proxy URL with a path or query is used by its host, as curl does (it was exit 70, "invalid url")', async () => {
    tunnels.length = 0;
    const r = await upload({ http_proxy: `${proxyUrl}/some/path?id=1#frag` });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(tunnels).toContain(new URL(t.emu.url).host);
  });

  // What scm says must be the route taken: a host NO_PROXY names (here a closed port on this machine) is reached
  // directly, and the failure is not said as "via proxy ..." with the hint to list it in NO_PROXY.
  it('a failure to reach a host NO_PROXY names is said as direct, with no proxy hint', async () => {
    for (const noProxy of ['127.0.0.1', '127.0.0.1:4']) {
      const r = await runCli(['list', '--retries', '0'], {
        env: t.env({ SCM_ENDPOINT: 'http://127.0.0.1:4', http_proxy: proxyUrl, no_proxy: noProxy }),
      });
      expect(r.code, noProxy).toBe(5);
      expect(r.stderr, noProxy).toContain('cannot connect to 127.0.0.1:4 (ECONNREFUSED): GET http://127.0.0.1:4/v3/scm/certificates\n');
      expect(r.stderr, noProxy).not.toMatch(/via proxy|NO_PROXY/);
    }
  });

  // 192.0.2.1 (TEST-NET-1) is never this machine: a proxy there would get the request in clear text and reach
  // its own loopback. The emulator on 127.0.0.1 is reached directly; a local proxy is still used (above).
  it('goes straight to a loopback endpoint when the proxy is not on this machine', async () => {
    tunnels.length = 0;
    const r = await runCli(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'no-remote-proxy', '-q', '--allow-duplicate', '--timeout', '3', '--retries', '0'], {
      env: t.env({ HTTP_PROXY: 'http://192.0.2.1:3128', HTTPS_PROXY: 'http://192.0.2.1:3128' }),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^scs\d{13}\n$/);
  });

  // hunt6 finding 4: these crashed with exit 70 ("internal error: Invalid URL protocol", English under --lang zh).
  it('reads a proxy without a scheme (host:port) as http://, as curl does', async () => {
    tunnels.length = 0;
    const r = await upload({ https_proxy: 'proxy.corp:3128', HTTP_PROXY: proxyUrl.replace('http://', '') });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(tunnels).toContain(new URL(t.emu.url).host);
  });

  it.each([
    [{ https_proxy: 'proxy.corp:99999' }, 'en', "scm: https_proxy 'proxy.corp:99999' is not a proxy URL scm can use\nhint: write it as http://HOST:PORT"],
    [{ HTTPS_PROXY: 'http://u:pw0rd-hunt6@bad host:99' }, 'en', 'scm: HTTPS_PROXY is not a proxy URL scm can use (its value is not shown: it holds a user name or password)\n'],
    [{ HTTP_PROXY: 'socks5://proxy:1080' }, 'zh', 'scm: HTTP_PROXY 的值“socks5://proxy:1080”是 socks5 代理：scm 只能通过 http:// 或 https:// 连接代理\n提示：'],
  ])('a proxy variable that is no usable URL is exit 2 naming it (%j, %s)', async (env, lang, said) => {
    const r = await runCli(['list', '--lang', lang], { env: t.env(env) });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.startsWith(said), r.stderr).toBe(true);
    expect(r.stderr).not.toContain('pw0rd');
  });

  it('fails with exit 5 and a hint naming the proxy variables when the proxy is down', async () => {
    const r = await upload({ HTTP_PROXY: 'http://127.0.0.1:9' });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/PROXY/);
  });

  // The refused connection is the proxy's (scm connects to nothing else behind one): it was said as the endpoint's,
  // 'cannot connect to 127.0.0.1:<emulator port> (ECONNREFUSED)', sending the reader to a server that was running.
  it.each([
    ['en', 'cannot connect to the proxy 127.0.0.1:9 in HTTP_PROXY (ECONNREFUSED): POST http://127.0.0.1:', 'check that the proxy in HTTP_PROXY is running and its host and port are right'],
    ['zh', '无法连接 HTTP_PROXY 中的代理 127.0.0.1:9（ECONNREFUSED）：POST http://127.0.0.1:', '请检查 HTTP_PROXY 中的代理是否在运行、主机和端口是否正确'],
  ])('a proxy that refuses the connection is named by its host:port, never its credentials (%s)', async (lang, said, hint) => {
    const r = await runCli(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'via-down', '--retries', '0', '--lang', lang], { env: t.env({ HTTP_PROXY: 'http://scm-user:pr0xy-down@127.0.0.1:9' }) });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain(said);
    expect(r.stderr).toContain(hint);
    expect(r.stderr).not.toContain(`connect to ${new URL(t.emu.url).host}`);
    expect(r.stderr).not.toMatch(/pr0xy-down|scm-user/);
  });
});
