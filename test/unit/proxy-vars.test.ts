// HTTPS_PROXY/HTTP_PROXY read as URLs before undici sees them (src/api/proxy-vars.ts; hunt6 finding 4): a value
// without a scheme is read as http:// (as curl does), anything else unusable is a ConfigError (exit 2) naming
// the variable, its value shown only when it holds no user name or password; never undici's "Invalid URL" crash.
import { describe, expect, it } from 'vitest';
import { createTransport } from '../../src/api/http.js';
import { bypassesProxy } from '../../src/api/no-proxy.js';
import { proxyUrl, proxyVar } from '../../src/api/proxy-vars.js';
import { ConfigError } from '../../src/errors.js';

const refused = (f: () => unknown): ConfigError => {
  try {
    f();
  } catch (e) {
    return e as ConfigError;
  }
  throw new Error('expected a refusal');
};

describe('proxyUrl', () => {
  it('takes http(s) URLs as they are, and host:port as http://host:port', () => {
    expect(proxyUrl('HTTPS_PROXY', 'http://proxy.corp:3128', 'en')).toBe('http://proxy.corp:3128');
    expect(proxyUrl('HTTPS_PROXY', 'https://u:pw@proxy.corp', 'en')).toBe('https://u:pw@proxy.corp');
    expect(proxyUrl('https_proxy', 'proxy.corp:3128', 'en')).toBe('http://proxy.corp:3128');
    expect(proxyUrl('HTTP_PROXY', '10.0.0.1:8080', 'en')).toBe('http://10.0.0.1:8080');
  });

  it('drops a path, query or fragment after the host, as curl does (undici threw "invalid url" on them: exit 70)', () => {
    expect(proxyUrl('HTTPS_PROXY', 'http://u:pw@proxy.corp:3128/some/path?id=1#x', 'en')).toBe('http://u:pw@proxy.corp:3128/');
    expect(proxyUrl('https_proxy', 'proxy.corp:3128/?id=1', 'en')).toBe('http://proxy.corp:3128/');
    expect(proxyUrl('HTTP_PROXY', 'http://proxy.corp:3128/', 'en')).toBe('http://proxy.corp:3128/');
  });

  it("keeps a '%' of the user name or password as written, lone or not: core/proxy-basic.ts decodes them, once", () => {
    expect(proxyUrl('HTTPS_PROXY', 'http://u%:50%off@proxy.corp:3128', 'en')).toBe('http://u%:50%off@proxy.corp:3128');
    expect(proxyUrl('HTTPS_PROXY', 'http://u:p%40ss@proxy.corp:3128', 'en')).toBe('http://u:p%40ss@proxy.corp:3128');
    // undici is given the URL without them (it threw "URI malformed" on a lone '%': exit 70).
    expect(proxyVar({ HTTPS_PROXY: 'u:100%@proxy.corp:3128' }, ['HTTPS_PROXY'], 'en')).toMatchObject({ bare: 'http://proxy.corp:3128/', authorization: `Basic ${Buffer.from('u:100%').toString('base64')}` });
  });

  it('refuses what is no URL, naming the variable, with its value unless that holds credentials (both languages)', () => {
    const port = refused(() => proxyUrl('HTTPS_PROXY', 'proxy.corp:99999', 'en'));
    expect([port instanceof ConfigError, port.exitCode, port.message]).toEqual([true, 2, "HTTPS_PROXY 'proxy.corp:99999' is not a proxy URL scm can use"]);
    expect(port.hint).toMatch(/^write it as http:\/\/HOST:PORT/);
    const secret = refused(() => proxyUrl('HTTPS_PROXY', 'http://u:pw0rd@bad host:99', 'en'));
    expect(secret.message).toBe('HTTPS_PROXY is not a proxy URL scm can use (its value is not shown: it holds a user name or password)');
    expect(refused(() => proxyUrl('https_proxy', 'socks5://proxy:1080', 'zh')).message).toBe('https_proxy 的值“socks5://proxy:1080”是 socks5 代理：scm 只能通过 http:// 或 https:// 连接代理');
    expect(refused(() => proxyUrl('HTTP_PROXY', 'http://u:pw0rd@127.0.0.1:99999', 'zh')).message).toBe('HTTP_PROXY 不是 scm 能使用的代理 URL（其中含有用户名或密码，因此不显示其值）');
  });

  it('proxyVar names the variable that was set, the first of the names given', () => {
    expect(proxyVar({ https_proxy: 'p:1', HTTPS_PROXY: '' }, ['HTTPS_PROXY', 'https_proxy'], 'en')).toEqual({ name: 'https_proxy', url: 'http://p:1', bare: 'http://p:1/' });
    expect(proxyVar({}, ['HTTPS_PROXY', 'https_proxy'], 'en')).toBeUndefined();
  });
});

describe('bypassesProxy (NO_PROXY)', () => {
  const u = (s: string): URL => new URL(s);
  it('names, domains, ports and *, as curl reads them', () => {
    expect(bypassesProxy(u('https://scm.cn-north-4.myhuaweicloud.com/'), 'localhost, .myhuaweicloud.com')).toBe(true);
    expect(bypassesProxy(u('https://scm.cn-north-4.myhuaweicloud.com/'), '*.myhuaweicloud.com')).toBe(true);
    expect(bypassesProxy(u('https://myhuaweicloud.com.evil.example/'), 'myhuaweicloud.com')).toBe(false);
    expect(bypassesProxy(u('http://127.0.0.1:8443/'), '127.0.0.1:8443')).toBe(true);
    expect(bypassesProxy(u('http://127.0.0.1:8443/'), '127.0.0.1:9999')).toBe(false);
    expect(bypassesProxy(u('https://example.com/'), 'example.com:443')).toBe(true);
    expect(bypassesProxy(u('https://example.com/'), '*')).toBe(true);
    expect(bypassesProxy(u('https://example.com/'), '')).toBe(false);
  });
  it('an IPv6 address, bare (as curl takes it) or in brackets, with or without a port', () => {
    for (const list of ['::1', '[::1]', '[::1]:8443', 'example.com,::1']) expect(bypassesProxy(u('http://[::1]:8443/'), list), list).toBe(true);
    expect(bypassesProxy(u('http://[::1]:8443/'), '[::1]:9')).toBe(false);
    expect(bypassesProxy(u('http://[fd00::5]/'), 'fd00::5')).toBe(true);
  });
  it('an address range in CIDR notation (curl 7.86+: 127.0.0.0/8, 10.0.0.0/8, fd00::/8) matches an IP address in it, never a name', () => {
    expect(bypassesProxy(u('http://127.0.0.1:8443/'), '127.0.0.0/8')).toBe(true);
    expect(bypassesProxy(u('http://127.0.0.1:8443/'), 'example.com, 10.0.0.0/8 127.0.0.0/8')).toBe(true);
    expect(bypassesProxy(u('https://10.20.30.40/'), '10.0.0.0/8')).toBe(true);
    expect(bypassesProxy(u('https://192.168.1.9/'), '192.168.1.1/24')).toBe(true);
    expect(bypassesProxy(u('https://11.0.0.1/'), '10.0.0.0/8')).toBe(false);
    expect(bypassesProxy(u('http://[::1]:8443/'), '::1/128')).toBe(true);
    expect(bypassesProxy(u('http://[fd00::5]/'), 'fd00::/8')).toBe(true);
    expect(bypassesProxy(u('http://[fe80::5]/'), 'fd00::/8')).toBe(false);
    expect(bypassesProxy(u('https://scm.cn-north-4.myhuaweicloud.com/'), '10.0.0.0/8')).toBe(false);
    expect(bypassesProxy(u('https://10.0.0.1/'), '10.0.0.0/99')).toBe(false);
  });
});

describe('createTransport', () => {
  const make = (env: Record<string, string>) =>
    createTransport({ env, timeoutMs: 1000, signal: new AbortController().signal, scrub: (s) => s, lang: 'en' });

  it('refuses a malformed proxy with a ConfigError, never undici\'s TypeError', async () => {
    const e = await make({ HTTPS_PROXY: 'http://bad host:99' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as Error).message).toBe("HTTPS_PROXY 'http://bad host:99' is not a proxy URL scm can use");
  });

  it('a proxy with a path is used by its host, not refused by undici (an internal error before)', async () => {
    expect((await make({ https_proxy: 'http://proxy.corp:3128/pac?id=1' })).proxy).toBe('http://proxy.corp:3128/');
  });

  it('uses a scheme-less proxy as http://', async () => {
    expect((await make({ https_proxy: 'proxy.corp:3128' })).proxy).toBe('http://proxy.corp:3128/');
  });
});
