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

  it('--json names the failure, exit 3, for a read-only command too', async () => {
    asked.length = 0;
    const r = await run(['list', '--json'], { https_proxy: `http://127.0.0.1:${proxy.port()}` });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr + r.stdout).toContain('407');
    expect(asked).toHaveLength(1);
  });
});
