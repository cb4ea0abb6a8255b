// A proxy on loopback that refuses every CONNECT with the status line it is given, with a bundle to upload through
// it and a home folder: the set-up of the tests of what scm says when a proxy never opens the tunnel to SCM.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { makeBundle, TEST_AK, TEST_SK, type Bundle } from './emulator.js';
import { runCli } from './run-cli.js';

export interface RefusingProxy {
  port(): number;
  /** Each CONNECT the proxy was sent: its target, and the Proxy-Authorization it carried ('' when none). */
  asked: { target: string; auth: string }[];
  /**
   * What follows `HTTP/1.1 ` in the answer to every CONNECT: the status, headers and body, e.g. '403 Forbidden\r\n\r\n'
   * (bytes for a body that is not UTF-8, a page in GBK).
   */
  answer: string | Buffer;
  /** scm against the real endpoint of a region (https), so the request goes through the proxy. */
  run(args: string[], env: Record<string, string>, retries: number): ReturnType<typeof runCli>;
  /** An upload of the bundle through it, in `lang`. */
  upload(name: string, lang: string, env: Record<string, string>, retries: number): ReturnType<typeof runCli>;
}

/** Registers the suite's set-up (call at the top of a test file); `prefix` names the temporary folder. */
export function useRefusingProxy(prefix: string, answer: string | Buffer): RefusingProxy {
  let dir = '';
  let bundle: Bundle | undefined;
  let server: Server | undefined;
  let port = 0;
  const p: RefusingProxy = {
    port: () => port,
    asked: [],
    answer,
    run: (args, env, retries) =>
      runCli([...args, '--region', 'cn-north-4', '--retries', String(retries)], { env: { HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, HOME: dir, ...env } }),
    upload: (name, lang, env, retries) =>
      p.run(['upload', '--cert', bundle!.fullchain, '--key', bundle!.key, '--name', name, '--allow-duplicate', '--lang', lang], env, retries),
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    bundle = makeBundle(join(dir, 'b'));
    server = createServer((client) => {
      client.on('error', () => undefined);
      client.once('data', (head) => {
        const text = head.toString('latin1');
        const target = /^CONNECT (\S+) HTTP/.exec(text)?.[1] ?? '';
        const auth = /\r\nproxy-authorization: *([^\r\n]*)/i.exec(text)?.[1] ?? '';
        p.asked.push({ target, auth });
        client.end(Buffer.concat([Buffer.from('HTTP/1.1 '), typeof p.answer === 'string' ? Buffer.from(p.answer) : p.answer]));
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const a = server.address();
    port = typeof a === 'object' && a ? a.port : 0;
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return p;
}
