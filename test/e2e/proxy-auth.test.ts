// A proxy that answers CONNECT with 407 Proxy Authentication Required: nothing reached SCM. It was "connection
// failed (UND_ERR_ABORTED)", exit 5, retried and (for an upload) followed by a "may have taken effect" lookup.
// Now one message saying the proxy wants a user name and password, exit 3, one CONNECT, credentials never shown.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, TEST_AK, TEST_SK, type Bundle } from '../helpers/emulator.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
let bundle: Bundle;
let proxy: Server;
let port = 0;
/** Each CONNECT the proxy was sent, with the Proxy-Authorization it carried ('' when none). */
const asked: { target: string; auth: string }[] = [];

/** A proxy that wants `right:pass` and refuses every CONNECT it is sent (none carries those). */
function startProxy(): Promise<Server> {
  const server = createServer((client) => {
    client.on('error', () => undefined);
    client.once('data', (head) => {
      const text = head.toString('latin1');
      const target = /^CONNECT (\S+) HTTP/.exec(text)?.[1] ?? '';
      const auth = /\r\nproxy-authorization: *([^\r\n]*)/i.exec(text)?.[1] ?? '';
      asked.push({ target, auth });
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp"\r\nContent-Length: 0\r\n\r\n');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-proxy407-'));
  bundle = makeBundle(join(dir, 'b'));
  proxy = await startProxy();
  const a = proxy.address();
  port = typeof a === 'object' && a ? a.port : 0;
});
afterAll(() => {
  proxy?.close();
  rmSync(dir, { recursive: true, force: true });
});

// The real endpoint of a region (https): the CONNECT goes to the proxy, which never lets it through.
const run = (args: string[], env: Record<string, string>) =>
  runCli([...args, '--region', 'cn-north-4', '--retries', '3'], { env: { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, HOME: dir, ...env } });
const upload = (lang: string, env: Record<string, string>) =>
  run(['upload', '--cert', bundle.fullchain, '--key', bundle.key, '--name', 'via-407', '--allow-duplicate', '--lang', lang], env);

describe('a proxy that answers 407', () => {
  it('without credentials: exit 3, says to put them in the proxy URL, sent once, no lookup', async () => {
    asked.length = 0;
    const r = await upload('en', { https_proxy: `http://127.0.0.1:${port}` });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain(`the proxy http://127.0.0.1:${port} (https_proxy) asks for a user name and password (407 Proxy Authentication Required): nothing was sent to SCM`);
    expect(r.stderr).toContain('http://USER:PASSWORD@HOST:PORT');
    expect(r.stderr).not.toMatch(/UND_ERR|retry|taken effect|succeeded|look/i);
    expect(asked).toEqual([{ target: 'scm.cn-north-4.myhuaweicloud.com:443', auth: '' }]);
  });

  it('with wrong credentials: says they were refused, never shows them (zh)', async () => {
    asked.length = 0;
    const r = await upload('zh', { HTTPS_PROXY: `http://scm-user:s3cret-hunt407@127.0.0.1:${port}` });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('代理 http://[redacted]@127.0.0.1:');
    expect(r.stderr).toContain(' 拒绝了 HTTPS_PROXY 中的用户名和密码（HTTP 407）：没有任何请求到达 SCM');
    expect(r.stderr).not.toMatch(/s3cret|scm-user|UND_ERR|重试/);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.auth).toBe(`Basic ${Buffer.from('scm-user:s3cret-hunt407').toString('base64')}`);
  });

  it('--json names the failure, exit 3, for a read-only command too', async () => {
    asked.length = 0;
    const r = await run(['list', '--json'], { https_proxy: `http://127.0.0.1:${port}` });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr + r.stdout).toContain('407');
    expect(asked).toHaveLength(1);
  });
});
