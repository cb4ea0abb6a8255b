// A proxy that answers scm's CONNECT with a status other than 200 and 407 (403 by a policy, 502 when it cannot
// reach SCM, 503): nothing reached SCM. It was "connection failed (UND_ERR_ABORTED)", retried as if the request
// might have landed, and an upload looked the certificate up before sending again. Now one message naming the
// proxy (no credentials), its status and reason, "nothing was sent to SCM"; exit 5; a 5xx retried without any
// lookup, a 403 not retried (a policy refuses again). The 407 is test/e2e/proxy-auth.test.ts.
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
/** The status line the proxy answers every CONNECT with. */
let answer = '403 Forbidden';
/** The target of each CONNECT the proxy was sent. */
const asked: string[] = [];

function startProxy(): Promise<Server> {
  const server = createServer((client) => {
    client.on('error', () => undefined);
    client.once('data', (head) => {
      asked.push(/^CONNECT (\S+) HTTP/.exec(head.toString('latin1'))?.[1] ?? '');
      client.end(`HTTP/1.1 ${answer}\r\nContent-Type: text/html\r\nContent-Length: 9\r\n\r\n<h1>!</h1`);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scm-e2e-proxy-refusal-'));
  bundle = makeBundle(join(dir, 'b'));
  proxy = await startProxy();
  const a = proxy.address();
  port = typeof a === 'object' && a ? a.port : 0;
});
afterAll(() => {
  proxy?.close();
  rmSync(dir, { recursive: true, force: true });
});

const SCM = 'scm.cn-north-4.myhuaweicloud.com:443';
// The real endpoint of a region (https): the CONNECT goes to the proxy, which never opens the tunnel.
const run = (args: string[], env: Record<string, string>) =>
  runCli([...args, '--region', 'cn-north-4', '--retries', '2'], { env: { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, HOME: dir, ...env } });
const upload = (lang: string, env: Record<string, string>) =>
  run(['upload', '--cert', bundle.fullchain, '--key', bundle.key, '--name', 'via-refusing-proxy', '--allow-duplicate', '--lang', lang], env);

describe('a proxy that refuses the CONNECT', () => {
  it('403 (a policy): exit 5, says so once, sent once, no lookup', async () => {
    answer = '403 Forbidden by corporate policy';
    asked.length = 0;
    const r = await upload('en', { https_proxy: `http://127.0.0.1:${port}` });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain(`the proxy http://127.0.0.1:${port} (https_proxy) refused to open a connection to ${SCM} (403 Forbidden): nothing was sent to SCM`);
    expect(r.stderr).toContain('ask its administrator to allow');
    expect(r.stderr).toContain('NO_PROXY');
    expect(r.stderr).not.toMatch(/UND_ERR|retry|taken effect|succeeded|look/i);
    expect(asked).toEqual([SCM]);
  });

  it('502 (cannot reach SCM): retried as a network failure, never looked up, credentials never shown (zh)', async () => {
    answer = '502 Bad Gateway';
    asked.length = 0;
    const r = await upload('zh', { HTTPS_PROXY: `http://scm-user:s3cret-refusal@127.0.0.1:${port}` });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain(`代理 http://[redacted]@127.0.0.1:${port}（HTTPS_PROXY）未能建立到 ${SCM} 的连接（HTTP 502 Bad Gateway）：没有任何请求到达 SCM`);
    expect(r.stderr).toContain('第 2/2 次重试');
    expect(r.stderr).not.toMatch(/s3cret|scm-user|UND_ERR|查找|可能已经成功/);
    // The import and its two retries; no lookup in between (that would be more CONNECTs).
    expect(asked).toEqual([SCM, SCM, SCM]);
  });

  it('503 with --json: the error says the proxy and its status, exit 5 after the retries, for a read-only command too', async () => {
    answer = '503 Service Unavailable';
    asked.length = 0;
    const r = await run(['list', '--json'], { https_proxy: `http://127.0.0.1:${port}` });
    expect(r.code, r.stderr).toBe(5);
    const error = (JSON.parse(r.stderr.trim().split('\n').pop()!) as { error: Record<string, unknown> }).error;
    expect(error.exitCode).toBe(5);
    expect(error.message).toContain(`the proxy http://127.0.0.1:${port} (https_proxy) could not open a connection to ${SCM} (503 Service Unavailable): nothing was sent to SCM`);
    expect(error.hint).toContain('try again later');
    expect(asked).toEqual([SCM, SCM, SCM]);
  });
});
