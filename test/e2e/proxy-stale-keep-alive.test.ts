// Behind a proxy, a write (import, push) goes out through an agent of its own, as without one (node-fetch.ts,
// stale-keep-alive.test.ts): it was sent on undici's shared proxy agent, on a connection an earlier request had
// kept alive, which the server (here the emulator's `stale-keep-alive` fault, through a proxy that holds one
// upstream connection per client connection, as a CONNECT tunnel does) had taken for closed; the write was cut
// off unread and followed by a lookup, or sent twice. Now it is sent once and succeeds at once.
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

/**
 * A proxy for plain HTTP that keeps, for each connection it is sent, one connection to the endpoint: requests
 * in absolute form (`POST http://host:port/path`) are passed on in origin form, and a reset of the upstream
 * connection resets the client's, as a tunnel would.
 */
interface PassProxy {
  url: string;
  /** Each request line passed on (method and path), in order. */
  lines: string[];
  connections: number;
}
let server: Server;
const proxy: PassProxy = { url: '', lines: [], connections: 0 };
beforeAll(async () => {
  server = createServer((client: Socket) => {
    proxy.connections++;
    let upstream: Socket | undefined;
    client.on('error', () => upstream?.destroy());
    client.on('close', () => upstream?.destroy());
    client.on('data', (chunk: Buffer) => {
      let target = '';
      const text = chunk.toString('latin1').replace(/^([A-Z]+) http:\/\/([^/\s]+)(\/\S*) HTTP\/1\.1\r\n/gm, (_all, method: string, host: string, path: string) => {
        proxy.lines.push(`${method} ${path.replace(/\?.*/, '')}`);
        target = host;
        return `${method} ${path} HTTP/1.1\r\n`;
      });
      if (!upstream) {
        const [host, port] = target.split(':');
        upstream = connect(Number(port), host);
        upstream.on('data', (d: Buffer) => client.write(d));
        upstream.on('end', () => client.end());
        upstream.on('error', () => client.resetAndDestroy());
      }
      upstream.write(Buffer.from(text, 'latin1'));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const t = withEmulator('proxy-stale-keep-alive');
const { run } = cliRecorder(() => t.env({ HTTP_PROXY: proxy.url }));

describe('a write behind a proxy, on a connection the server had closed', () => {
  it('upload --if-changed --push: after a lookup, the import and the push are each sent once, through the proxy, and succeed', async () => {
    await t.emu.fault({ op: '*', action: 'stale-keep-alive', times: 1000 });
    proxy.lines.length = 0;
    const r = await run(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'stale-proxy', '--if-changed', '--push', 'ELB:cn-north-4', '--retries', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/ECONNRESET|other side closed|failed|before trying again|may have|retry \d of/);
    const state = await t.emu.settled();
    expect(state.requests.byOperation.import).toBe(1);
    expect(state.requests.byOperation.push).toBe(1);
    expect(state.certificates).toHaveLength(1);
    expect(proxy.lines.filter((l) => l.startsWith('POST '))).toHaveLength(2);
  });

  // Reads were not sent again at once behind a proxy, as they are without one: a page on a connection the server had
  // closed failed ('could not read page 3 ... ECONNRESET', exit 5 with --retries 0), or spent a retry.
  it('list over several pages: a page cut off is asked again at once, no retry spent', async () => {
    await t.emu.seed({ certificates: Array.from({ length: 120 }, (_, i) => ({ name: `c${i}`, domain: `c${i}.example.com` })) });
    await t.emu.fault({ op: '*', action: 'stale-keep-alive', times: 1000 });
    const r = await run(['list', '-q', '--retries', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(120);
    expect(r.stderr).not.toMatch(/ECONNRESET|retry/);
  });
});
