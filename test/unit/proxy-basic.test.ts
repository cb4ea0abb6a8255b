// The Proxy-Authorization made of a proxy URL's user name and password (src/core/proxy-basic.ts), and each
// proxy variable's own credentials (proxy-vars.ts): sent whenever either part is given, each decoded on its own,
// bytes that are no UTF-8 said (not thrown as a URIError).
import { describe, expect, it } from 'vitest';
import { decodeProxyPart, proxyBasic } from '../../src/core/proxy-basic.js';
import { PROXY_NAMES, proxyVar } from '../../src/api/proxy-vars.js';
import { ConfigError } from '../../src/errors.js';

const basic = (pair: string): string => `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;

describe('proxyBasic', () => {
  it('is made whenever the user name or the password is given', () => {
    expect(proxyBasic('', 'TOKEN')).toEqual({ value: basic(':TOKEN') });
    expect(proxyBasic('user', '')).toEqual({ value: basic('user:') });
    expect(proxyBasic('user', 'pass')).toEqual({ value: basic('user:pass') });
    expect(proxyBasic('', '')).toBeUndefined();
  });

  it('decodes each part as percent-encoded UTF-8; a lone % is itself', () => {
    expect(proxyBasic('d%C3%A9v', 'p%40ss%3A1')).toEqual({ value: basic('dév:p@ss:1') });
    expect(proxyBasic('u', '50%off')).toEqual({ value: basic('u:50%off') });
  });

  it("decodes a %XX beside a lone '%' (p%41%ss is pA%ss), as the hider of secrets reads it too (decodeProxyPart)", () => {
    expect(decodeProxyPart('p%41%ss')).toBe('pA%ss');
    expect(decodeProxyPart('5%4g')).toBe('5%4g'); // one hex digit after it: still a lone '%'
    expect(proxyBasic('u', 'p%41%ss')).toEqual({ value: basic('u:pA%ss') });
    expect(decodeProxyPart('%C3%28')).toBeUndefined();
  });

  it('says which part is no UTF-8, never throws', () => {
    expect(proxyBasic('u', '%C3%28')).toEqual({ undecodable: 'password' });
    expect(proxyBasic('%FF', 'p')).toEqual({ undecodable: 'user' });
  });
});

describe('proxyVar credentials', () => {
  it('are per variable, and undici is given the URL without them', () => {
    const env = { HTTPS_PROXY: 'http://:tls-token@proxy.corp:3128', HTTP_PROXY: 'http://plain:pw@other.corp:8080' };
    expect(proxyVar(env, PROXY_NAMES.https, 'en')).toEqual({ name: 'HTTPS_PROXY', url: 'http://:tls-token@proxy.corp:3128', bare: 'http://proxy.corp:3128/', authorization: basic(':tls-token') });
    expect(proxyVar(env, PROXY_NAMES.http, 'en')).toMatchObject({ bare: 'http://other.corp:8080/', authorization: basic('plain:pw') });
    expect(proxyVar({ http_proxy: 'proxy.corp:3128' }, PROXY_NAMES.http, 'en')).toEqual({ name: 'http_proxy', url: 'http://proxy.corp:3128', bare: 'http://proxy.corp:3128/' });
  });

  it('that are no UTF-8: a ConfigError naming the variable, the value not shown (both languages)', () => {
    const refused = (lang: 'en' | 'zh', value: string): ConfigError => {
      try {
        proxyVar({ https_proxy: value }, PROXY_NAMES.https, lang);
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('not refused');
    };
    const en = refused('en', 'http://u:s3cret%C3%28@proxy:3128');
    expect(en).toBeInstanceOf(ConfigError);
    expect(en.message).toBe('https_proxy: the password in the proxy URL, once percent-decoded, is not UTF-8 text (its value is not shown)');
    expect(refused('zh', 'http://%C3%28:p@proxy:3128').message).toBe('https_proxy：代理 URL 中的用户名经百分号解码后不是有效的 UTF-8 文本（不显示其值）');
    expect(refused('zh', 'http://%C3%28:p@proxy:3128').hint).toBe('请把用户名和密码中的每个字符写成其 UTF-8 字节的百分号编码（é 写成 %C3%A9，@ 写成 %40），或取消设置该变量');
  });
});
