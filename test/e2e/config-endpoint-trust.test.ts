// Where requests go when a config file sets the endpoint, through the built binary. A `.scmrc` that came with a
// cloned repository belongs to the user (git wrote it) and passes the trust checks; its `endpoint:` may still
// name only an SCM API host or loopback, else exit 2 before anything leaves (a local capture proxy
// proves no connection is even tried). A file named with --config, --endpoint and SCM_ENDPOINT may name any
// host. A --region / SCM_REGION that a file's endpoint overrides gets a warning naming both.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_AK, TEST_SK, TEST_TOKEN } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withEmulator('endpoint-trust', { cn: 'endpoint-trust.example.test' });
let capture: Server;
let proxyUrl: string;
/** The first line of every connection the capture proxy got (CONNECT host:443 for an https endpoint). */
const seen: string[] = [];
const home = () => join(t.dir, 'home');
const repo = () => join(home(), 'repo');
const scmrc = () => join(repo(), '.scmrc');
const EVIL = 'scm.cn-north-4.myhuaweicloud.com.evil.example';

const put = (path: string, text: string, mode = 0o600): string => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
};
/** The token in the environment, every request through the capture proxy (loopback bypasses it). */
const scm = (args: string[], env: Record<string, string | undefined> = {}) =>
  runCli(args, { env: { HOME: home(), SCM_AUTH_TOKEN: TEST_TOKEN, HTTPS_PROXY: proxyUrl, ...env }, cwd: repo() });
const upload = (name: string, extra: string[] = []) => ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', name, '--retries', '0', '-q', ...extra];

beforeAll(async () => {
  capture = createServer((socket) => {
    socket.once('data', (d) => {
      seen.push(d.toString('latin1').split('\r\n')[0]!);
      socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => capture.listen(0, '127.0.0.1', resolve));
  const address = capture.address();
  proxyUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => void capture?.close());
// After the suite's reset of the emulator: a fresh HOME with the repository in it, and nothing seen yet.
beforeEach(() => {
  rmSync(home(), { recursive: true, force: true });
  mkdirSync(repo(), { recursive: true });
  seen.length = 0;
});

describe('an endpoint in a file found by searching', () => {
  it('another host: upload refused with exit 2 naming the file and the host; no connection at all', async () => {
    put(scmrc(), `endpoint: https://${EVIL}\n`, 0o644);
    for (const args of [upload('cloned'), ['list'], ['config']]) {
      const r = await scm(args);
      expect([r.code, r.stdout], args[0]).toEqual([2, '']);
      expect(r.stderr, args[0]).toBe(
        `scm: refusing endpoint ${EVIL} from ${scmrc()}: a config file found by searching may send requests only to an SCM API host (scm.REGION.myhuaweicloud.com, scm.REGION.myhuaweicloud.eu, scm.REGION.myhuaweicloud.cn, ccm.myhuaweicloud.com) or to this machine; nothing was sent, credentials included\n` +
          `hint: to use this host, pass --endpoint URL (or set SCM_ENDPOINT), or name the file with --config ${scmrc()} to trust it\n`,
      );
    }
    expect(seen).toEqual([]);
    const zh = await scm(upload('cloned', ['--lang', 'zh']), { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_AUTH_TOKEN: undefined });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`拒绝使用 ${scmrc()} 中的终端节点 ${EVIL}：搜索到的配置文件只能把请求发往 SCM API 主机`);
    expect(zh.stderr).toContain(`提示：确要使用该主机，请用 --endpoint URL（或 SCM_ENDPOINT）指定，或用 --config ${scmrc()} 明确指定该文件以表示信任`);
    expect(seen).toEqual([]);
  });

  // A name under .localhost is not this machine: Node asks DNS for it, and the answer may point anywhere.
  it('a name under .localhost: refused before any lookup, exit 2', async () => {
    for (const args of [['list', '--retries', '0'], ['config']]) {
      put(scmrc(), 'endpoint: http://evil.localhost:18543\n', 0o644);
      const http = await scm(args);
      expect([http.code, http.stdout, http.stderr.split('\n')[0]], args[0]).toEqual([2, '', `scm: endpoint in ${scmrc()}: plain http is accepted only for loopback hosts (a local emulator), not evil.localhost`]);
      put(scmrc(), 'endpoint: https://evil.localhost:18543\n', 0o644);
      const https = await scm(args);
      expect([https.code, https.stdout], args[0]).toEqual([2, '']);
      expect(https.stderr.split('\n')[0], args[0]).toBe(
        `scm: refusing endpoint evil.localhost:18543 from ${scmrc()}: a config file found by searching may send requests only to an SCM API host (scm.REGION.myhuaweicloud.com, scm.REGION.myhuaweicloud.eu, scm.REGION.myhuaweicloud.cn, ccm.myhuaweicloud.com) or to this machine; nothing was sent, credentials included`,
      );
    }
    expect(seen).toEqual([]);
  });

  it('the same in package.json "scm" from a parent folder, and with --json', async () => {
    put(join(home(), 'package.json'), JSON.stringify({ name: 'x', scm: { endpoint: 'https://collector.example.net/scm' } }), 0o644);
    const r = await scm([...upload('pkg'), '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).error).toMatchObject({ type: 'ConfigError', message: expect.stringContaining(`refusing endpoint collector.example.net from ${join(home(), 'package.json')}`) });
    expect(seen).toEqual([]);
  });

  it('named with --config (or SCM_CONFIG), or overridden by SCM_ENDPOINT: the user chose the host, it is used', async () => {
    put(scmrc(), `endpoint: https://${EVIL}\n`, 0o644);
    const named = await scm(upload('named', ['--config', scmrc()]));
    expect(named.code).toBe(5); // the capture proxy answers 502 to the CONNECT
    expect(new Set(seen)).toEqual(new Set([`CONNECT ${EVIL}:443 HTTP/1.1`]));
    seen.length = 0;
    const viaEnv = await scm(['list', '--retries', '0'], { SCM_CONFIG: scmrc() });
    expect(viaEnv.code).toBe(5);
    expect(new Set(seen)).toEqual(new Set([`CONNECT ${EVIL}:443 HTTP/1.1`]));
    const overridden = await scm(upload('overridden'), { SCM_ENDPOINT: t.emu.url });
    expect([overridden.code, overridden.stderr]).toEqual([0, '']);
  });

  it('a Huawei Cloud host or loopback (the local emulator) is used as before', async () => {
    put(scmrc(), `endpoint: ${t.emu.url}\n`, 0o644);
    const r = await scm(upload('loopback'));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect((await t.emu.state()).certificates).toHaveLength(1);
    put(scmrc(), 'endpoint: https://scm.ap-southeast-1.myhuaweicloud.com\n', 0o644);
    const cfg = await scm(['config', '--json']);
    expect(cfg.code, cfg.stderr).toBe(0);
    expect(JSON.parse(cfg.stdout).settings.endpoint.value).toBe('https://scm.ap-southeast-1.myhuaweicloud.com/');
  });
});

// On a shared machine any user may listen on 127.0.0.1:PORT, and whoever does gets every request: the token as
// it is, an upload's private key in clear. A found file's loopback endpoint where another user (not root)
// listens on that port is refused; the suite's emulator (this user's own) is used as before (the case above).
describe("a found file's loopback endpoint where another user listens", () => {
  let other: ChildProcess | undefined;
  let port = 0;
  /** Each connection the other user's server was sent. */
  const got: string[] = [];
  beforeAll(async () => {
    // A server run as nobody (uid 65534), as another user on the machine would run it.
    const code = "const s=require('net').createServer((c)=>{console.log('connection');c.destroy()});s.listen(0,'127.0.0.1',()=>console.log('port '+s.address().port))";
    other = spawn(process.execPath, ['-e', code], { uid: 65534, gid: 65534, stdio: ['ignore', 'pipe', 'inherit'] });
    port = await new Promise<number>((resolve) => {
      other!.stdout!.on('data', (d: Buffer) => {
        for (const line of d.toString().split('\n')) {
          if (line.startsWith('port ')) resolve(Number(line.slice(5)));
          else if (line === 'connection') got.push(line);
        }
      });
    });
  });
  afterAll(() => void other?.kill());

  it('is refused before anything is sent (exit 2, en and zh); --config FILE trusts it', async () => {
    put(scmrc(), `endpoint: http://127.0.0.1:${port}\n`, 0o644);
    for (const args of [upload('to-other-user'), ['list'], ['config']]) {
      const r = await scm(args);
      expect([r.code, r.stdout, r.stderr.split('\n').slice(0, 2)], args[0]).toEqual([2, '', [
        `scm: refusing endpoint 127.0.0.1:${port} from ${scmrc()}: user 65534, not you or root, is listening on that port of this machine and would get every request, credentials and private keys included; nothing was sent`,
        `hint: if that server is yours (an emulator run as another user), pass --endpoint URL (or set SCM_ENDPOINT), or name the file with --config ${scmrc()} to trust it; else ask who runs it`,
      ]]);
    }
    const zh = await scm(upload('to-other-user', ['--lang', 'zh']));
    expect([zh.code, zh.stderr.split('\n')[0]]).toEqual([2, `scm: 拒绝使用 ${scmrc()} 中的终端节点 127.0.0.1:${port}：本机上监听该端口的是用户 65534，既不是你，也不是超级用户，它会收到每个请求，包括凭证和私钥；没有发出任何请求`]);
    expect(got).toEqual([]);
    // Named, the file is the user's choice: the request goes there (the server hangs up on it).
    const named = await scm(['list', '--retries', '0', '--config', scmrc()]);
    expect(named.code, named.stderr).toBe(5);
    await new Promise((r) => setTimeout(r, 100));
    expect(got.length).toBeGreaterThan(0);
  });
});

describe('--region overridden by a config file endpoint', () => {
  it('the file wins (the contract order), with a warning naming the region and the host; none without --region', async () => {
    const user = put(join(home(), '.config', 'scm', 'config.yaml'), `endpoint: ${t.emu.url}\nak: ${TEST_AK}\nsk: ${TEST_SK}\n`);
    const host = new URL(t.emu.url).host;
    const r = await scm(['list', '--region', 'eu-west-101', '-q'], { SCM_AUTH_TOKEN: undefined });
    expect(r.code, r.stderr).toBe(0);
    const warnings = (text: string) => text.match(/^(warning|警告).*$/gm) ?? [];
    expect(warnings(r.stderr)).toEqual([`warning: eu-west-101 from --region is not used: endpoint ${host} from ${user} takes precedence (--endpoint > SCM_ENDPOINT > config file > region); to use the region, pass --endpoint or remove endpoint from the file`]);
    const zh = await scm(['list', '--lang', 'zh'], { SCM_AUTH_TOKEN: undefined, SCM_REGION: 'ap-southeast-1' });
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain(`SCM_REGION 给出的区域 ap-southeast-1 未被使用：${user} 中的终端节点 ${host} 优先`);
    const quiet = await scm(['list', '-q'], { SCM_AUTH_TOKEN: undefined });
    expect([quiet.code, warnings(quiet.stderr)]).toEqual([0, []]);
  });
});
