// A proxy that answers CONNECT with 407 Proxy Authentication Required: nothing reached SCM. It was "connection
// failed (UND_ERR_ABORTED)", exit 5, retried and (for an upload) followed by a "may have taken effect" lookup.
// Now one message saying the proxy wants a user name and password, exit 3, one CONNECT, credentials never shown.
import { describe, expect, it } from 'vitest';
import { useRefusingProxy } from '../helpers/refusing-proxy.js';

// A proxy that wants `right:pass` and refuses every CONNECT it is sent (none carries those).
const proxy = useRefusingProxy('scm-e2e-proxy407-', '407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp"\r\nContent-Length: 0\r\n\r\n');
const { asked } = proxy;
const run = (args: string[], env: Record<string, string>) => proxy.run(args, env, 3);
const upload = (lang: string, env: Record<string, string>) => proxy.upload('via-407', lang, env, 3);

describe('a proxy that answers 407', () => {
  it('without credentials: exit 3, says to put them in the proxy URL, sent once, no lookup', async () => {
    asked.length = 0;
    const r = await upload('en', { https_proxy: `http://127.0.0.1:${proxy.port()}` });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain(`the proxy http://127.0.0.1:${proxy.port()} (https_proxy) asks for a user name and password (407 Proxy Authentication Required): nothing was sent to SCM`);
    expect(r.stderr).toContain('http://USER:PASSWORD@HOST:PORT');
    expect(r.stderr).not.toMatch(/UND_ERR|retry|taken effect|succeeded|look/i);
    expect(asked).toEqual([{ target: 'scm.cn-north-4.myhuaweicloud.com:443', auth: '' }]);
  });

  it('with wrong credentials: says they were refused, never shows them (zh)', async () => {
    asked.length = 0;
    const r = await upload('zh', { HTTPS_PROXY: `http://scm-user:s3cret-hunt407@127.0.0.1:${proxy.port()}` });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('代理 http://[redacted]@127.0.0.1:');
    expect(r.stderr).toContain(' 拒绝了 HTTPS_PROXY 中的用户名和密码（HTTP 407）：没有任何请求到达 SCM');
    expect(r.stderr).not.toMatch(/s3cret|scm-user|UND_ERR|重试/);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.auth).toBe(`Basic ${Buffer.from('scm-user:s3cret-hunt407').toString('base64')}`);
  });

  // undici decodes the user name and password for Proxy-Authorization and threw "URI malformed" (exit 70, an
  // internal error) on a '%' not followed by two hex digits; such a '%' is sent as itself, as curl sends it.
  it("a '%' in the password not written as %25: sent as itself, not a crash, never shown", async () => {
    asked.length = 0;
    const r = await upload('en', { HTTPS_PROXY: `http://scm-user:50%off-hunt407@127.0.0.1:${proxy.port()}` });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('refused the user name and password in HTTPS_PROXY (407 Proxy Authentication Required): nothing was sent to SCM');
    expect(r.stderr).not.toMatch(/off-hunt|internal error|URI malformed/);
    expect(asked.map((a) => a.auth)).toEqual([`Basic ${Buffer.from('scm-user:50%off-hunt407').toString('base64')}`]);
  });

  // undici sent Proxy-Authorization only when both the user name and the password were non-empty: a token given
  // as the password alone (`http://:TOKEN@proxy`) or a user name alone reached the proxy without credentials.
  it.each([
    ['http://:tok3n-hunt407@', ':tok3n-hunt407'],
    ['http://scm-user@', 'scm-user:'],
  ])('credentials with one part empty (%s) are sent, as curl sends them', async (prefix, pair) => {
    asked.length = 0;
    const r = await upload('en', { HTTPS_PROXY: `${prefix}127.0.0.1:${proxy.port()}` });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('refused the user name and password in HTTPS_PROXY (407 Proxy Authentication Required)');
    expect(r.stderr).not.toMatch(/tok3n/);
    expect(asked.map((a) => a.auth)).toEqual([`Basic ${Buffer.from(pair).toString('base64')}`]);
  });

  // decodeURIComponent in undici's constructor threw "URI malformed" (a stack, exit 70) on percent-encoded bytes
  // that are no UTF-8; it is a one-line error naming the variable, exit 2, the value never shown, nothing sent.
  it.each([
    ['en', 'HTTPS_PROXY: the password in the proxy URL, once percent-decoded, is not UTF-8 text (its value is not shown)'],
    ['zh', 'HTTPS_PROXY：代理 URL 中的密码经百分号解码后不是有效的 UTF-8 文本（不显示其值）'],
  ])('a password that does not decode to UTF-8 (%s): exit 2, one line, not shown', async (lang, said) => {
    asked.length = 0;
    const r = await proxy.upload('via-407', lang, { HTTPS_PROXY: `http://scm-user:x%C3%28-hunt407@127.0.0.1:${proxy.port()}` }, 3);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(said);
    expect(r.stderr).toMatch(lang === 'en' ? /%C3%A9/ : /请把用户名和密码/);
    expect(r.stderr).not.toMatch(/hunt407|URIError|URI malformed|internal error|    at /);
    expect(asked).toEqual([]);
  });

  it('--json names the failure, exit 3, for a read-only command too', async () => {
    asked.length = 0;
    const r = await run(['list', '--json'], { https_proxy: `http://127.0.0.1:${proxy.port()}` });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr + r.stdout).toContain('407');
    expect(asked).toHaveLength(1);
  });
});
