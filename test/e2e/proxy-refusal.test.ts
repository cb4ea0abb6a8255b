// A proxy that answers scm's CONNECT with a status other than 200 and 407 (403 by a policy, 502 when it cannot
// reach SCM, 503): nothing reached SCM. It was "connection failed (UND_ERR_ABORTED)", retried as if the request
// might have landed, and an upload looked the certificate up before sending again. Now one message naming the
// proxy (no credentials), its status and reason, "nothing was sent to SCM"; exit 5; a 5xx retried without any
// lookup, a 403 not retried (a policy refuses again). The 407 is test/e2e/proxy-auth.test.ts.
import { describe, expect, it } from 'vitest';
import { useRefusingProxy } from '../helpers/refusing-proxy.js';

/** A refusal with a small HTML page, as proxies send them. */
const refusal = (status: string): string => `${status}\r\nContent-Type: text/html\r\nContent-Length: 9\r\n\r\n<h1>!</h1`;
const proxy = useRefusingProxy('scm-e2e-proxy-refusal-', refusal('403 Forbidden'));
const asked = (): string[] => proxy.asked.map((a) => a.target);
const SCM = 'scm.cn-north-4.myhuaweicloud.com:443';
// The real endpoint of a region (https): the CONNECT goes to the proxy, which never opens the tunnel.
const run = (args: string[], env: Record<string, string>) => proxy.run(args, env, 2);
const upload = (lang: string, env: Record<string, string>) => proxy.upload('via-refusing-proxy', lang, env, 2);

describe('a proxy that refuses the CONNECT', () => {
  it('403 (a policy): exit 5, says so once, sent once, no lookup', async () => {
    proxy.answer = refusal('403 Forbidden by corporate policy');
    proxy.asked.length = 0;
    const r = await upload('en', { https_proxy: `http://127.0.0.1:${proxy.port()}` });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain(`the proxy http://127.0.0.1:${proxy.port()} (https_proxy) refused to open a connection to ${SCM} (403 Forbidden by corporate policy): nothing was sent to SCM; the proxy said: !`);
    expect(r.stderr).toContain('ask its administrator to allow');
    expect(r.stderr).toContain('NO_PROXY');
    expect(r.stderr).not.toMatch(/UND_ERR|retry|taken effect|succeeded|look/i);
    expect(asked()).toEqual([SCM]);
  });

  it('502 (cannot reach SCM): retried as a network failure, never looked up, credentials never shown (zh)', async () => {
    proxy.answer = refusal('502 Bad Gateway');
    proxy.asked.length = 0;
    const r = await upload('zh', { HTTPS_PROXY: `http://scm-user:s3cret-refusal@127.0.0.1:${proxy.port()}` });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain(`代理 http://[redacted]@127.0.0.1:${proxy.port()}（HTTPS_PROXY）未能建立到 ${SCM} 的连接（HTTP 502 Bad Gateway）：没有任何请求到达 SCM`);
    expect(r.stderr).toContain('第 2/2 次重试');
    expect(r.stderr).not.toMatch(/s3cret|scm-user|UND_ERR|查找|可能已经成功/);
    // The import and its two retries; no lookup in between (that would be more CONNECTs).
    expect(asked()).toEqual([SCM, SCM, SCM]);
  });

  it('503 with --json: the error says the proxy and its status, exit 5 after the retries, for a read-only command too', async () => {
    proxy.answer = refusal('503 Service Unavailable');
    proxy.asked.length = 0;
    const r = await run(['list', '--json'], { https_proxy: `http://127.0.0.1:${proxy.port()}` });
    expect(r.code, r.stderr).toBe(5);
    const error = (JSON.parse(r.stderr.trim().split('\n').pop()!) as { error: Record<string, unknown> }).error;
    expect(error.exitCode).toBe(5);
    expect(error.message).toContain(`the proxy http://127.0.0.1:${proxy.port()} (https_proxy) could not open a connection to ${SCM} (503 Service Unavailable): nothing was sent to SCM`);
    expect(error.hint).toContain('try again later');
    expect(asked()).toEqual([SCM, SCM, SCM]);
  });

  it("keeps the proxy's own words: its reason phrase and what its page says (a policy's name), in en and zh", async () => {
    const page = '<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1><p>Blocked by policy CLOUD-7</p></body></html>';
    proxy.answer = `403 Blocked by corporate policy\r\nContent-Type: text/html\r\nContent-Length: ${page.length}\r\n\r\n${page}`;
    const en = await upload('en', { https_proxy: `http://127.0.0.1:${proxy.port()}` });
    expect(en.code, en.stderr).toBe(5);
    expect(en.stderr).toContain(`refused to open a connection to ${SCM} (403 Blocked by corporate policy): nothing was sent to SCM; the proxy said: Access Denied Blocked by policy CLOUD-7`);
    const text = 'Access to this site is\r\nblocked: \x1b[2Jpol 7';
    proxy.answer = `403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: ${text.length}\r\n\r\n${text}`;
    const zh = await upload('zh', { https_proxy: `http://127.0.0.1:${proxy.port()}` });
    expect(zh.code, zh.stderr).toBe(5);
    expect(zh.stderr).toContain('（HTTP 403 Forbidden）：没有任何请求到达 SCM；代理返回：Access to this site is blocked: \\1B[2Jpol 7');
    expect(zh.stderr).not.toContain('\x1b[2J');
  });

  it("never shows the proxy URL's password that its answer echoes, nor the Basic credentials sent, with --debug too (en, zh)", async () => {
    // The password of the proxy URL was hidden from the URL scm prints, not from what the proxy said back.
    const basic = Buffer.from('scm-user:s3cret-echoed').toString('base64');
    const page = `user scm-user with password s3cret-echoed may not go there; you sent Basic ${basic}`;
    proxy.answer = `403 Denied s3cret-echoed\r\nContent-Type: text/plain\r\nContent-Length: ${page.length}\r\n\r\n${page}`;
    for (const lang of ['en', 'zh']) {
      const r = await run(['list', '--debug', '--lang', lang], { HTTPS_PROXY: `http://scm-user:s3cret-echoed@127.0.0.1:${proxy.port()}` });
      expect(r.code, r.stderr).toBe(5);
      expect(r.stderr).toContain(lang === 'en' ? 'the proxy said: user scm-user with password [redacted] may not go there; you sent Basic [redacted]' : '代理返回：user scm-user with password [redacted] may not go there; you sent Basic [redacted]');
      expect(r.stderr).toContain('403 Denied [redacted]');
      expect(r.stdout + r.stderr).not.toMatch(/s3cret|c2NtLXVzZXI6/);
    }
  });

  it("never shows a proxy URL's user name that stands alone (a token, with or without the colon), nor its Basic credentials, with --debug too (en, zh)", async () => {
    // A token-authenticated proxy takes the token as the user name: it was hidden from the URL scm prints, not
    // from what the proxy said back, nor the Basic credentials (base64 of `TOKEN:`).
    const token = 'tok-9f8e7d6c5b4a';
    const basic = Buffer.from(`${token}:`).toString('base64');
    const page = `token ${token} may not go there; you sent Basic ${basic}`;
    proxy.answer = `403 Denied ${token}\r\nContent-Type: text/plain\r\nContent-Length: ${page.length}\r\n\r\n${page}`;
    for (const [lang, userinfo] of [['en', token], ['zh', `${token}:`]] as const) {
      const r = await run(['list', '--debug', '--lang', lang], { HTTPS_PROXY: `http://${userinfo}@127.0.0.1:${proxy.port()}` });
      expect(r.code, r.stderr).toBe(5);
      expect(r.stderr).toContain(lang === 'en' ? 'the proxy said: token [redacted] may not go there; you sent Basic [redacted]' : '代理返回：token [redacted] may not go there; you sent Basic [redacted]');
      expect(r.stderr).toContain('403 Denied [redacted]');
      expect(r.stdout + r.stderr).not.toMatch(/tok-9f8e|dG9rLTlm/);
    }
  });

  it("never shows a password with a lone '%' beside a %XX, decoded as it is sent (p%41%ss is pA%ss), nor its Basic credentials, with --debug too", async () => {
    // The hider decoded such a password its own way (all or nothing: as written), not as Proxy-Authorization
    // carries it (core/proxy-basic.ts: %41 decoded, the lone '%' itself), so the proxy echoing either was shown.
    const basic = Buffer.from('scm-user:pA%ss-echoed').toString('base64');
    const page = `user scm-user with password pA%ss-echoed may not go there; you sent Basic ${basic}`;
    proxy.answer = `403 Denied\r\nContent-Type: text/plain\r\nContent-Length: ${page.length}\r\n\r\n${page}`;
    for (const lang of ['en', 'zh']) {
      proxy.asked.length = 0;
      const r = await run(['list', '--debug', '--lang', lang], { HTTPS_PROXY: `http://scm-user:p%41%ss-echoed@127.0.0.1:${proxy.port()}` });
      expect(r.code, r.stderr).toBe(5);
      expect(proxy.asked[0]!.auth).toBe(`Basic ${basic}`);
      expect(r.stderr).toContain('with password [redacted] may not go there; you sent Basic [redacted]');
      expect(r.stdout + r.stderr).not.toMatch(/ss-echoed|c2NtLXVzZXI6/);
    }
  });

  it('still shows a short user name (under eight characters), as other short values are not hidden', async () => {
    const page = 'user bob may not go there';
    proxy.answer = `403 Denied\r\nContent-Type: text/plain\r\nContent-Length: ${page.length}\r\n\r\n${page}`;
    const r = await run(['list', '--lang', 'en'], { HTTPS_PROXY: `http://bob@127.0.0.1:${proxy.port()}` });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain('the proxy said: user bob may not go there');
  });
});
