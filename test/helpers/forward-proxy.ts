// A local proxy as the common ones are: plain HTTP forwarded from its absolute-form request (`GET http://...`,
// what scm sends for a plain-http endpoint, as curl does), anything else tunnelled with CONNECT (an https one).
// It records the request line of each request, the host:port each request or tunnel went to, and the body of each
// plain-HTTP request forwarded (what scm sent, for tests that read a request's body the emulator does not keep).
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ForwardProxy {
  url: string;
  /** `GET http://127.0.0.1:N/...` or `CONNECT host:443`, in the order received. */
  lines: string[];
  /** host:port of each forwarded request or tunnel. */
  targets: string[];
  /** Each plain-HTTP request forwarded: its line and its body (UTF-8), once read. */
  sent: Array<{ line: string; body: string }>;
  /** When set, answered by the proxy itself instead of forwarding (CONNECT included): a refusal. */
  refuse?: number;
  /** When false, a CONNECT is refused with 405 (a proxy for plain HTTP only). */
  tunnels: boolean;
  close(): Promise<void>;
}

export async function startForwardProxy(o: { tunnels?: boolean } = {}): Promise<ForwardProxy> {
  let server: Server;
  const p: ForwardProxy = {
    url: '', lines: [], targets: [], sent: [], tunnels: o.tunnels ?? true,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
  server = createServer((req, res) => {
    p.lines.push(`${req.method} ${req.url}`);
    if (p.refuse) return void res.writeHead(p.refuse, p.refuse === 407 ? { 'Proxy-Authenticate': 'Basic realm="proxy"' } : {}).end();
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      return void res.writeHead(400).end();
    }
    p.targets.push(target.host);
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const up = request(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      // An answer cut off upstream is cut off here too, as common proxies pass it on (the client is not left waiting).
      answer.on('error', () => res.destroy());
    });
    up.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => p.sent.push({ line: `${req.method} ${req.url}`, body: Buffer.concat(chunks).toString('utf8') }));
    req.pipe(up);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    p.lines.push(`CONNECT ${req.url}`);
    client.on('error', () => undefined);
    if (!p.tunnels || p.refuse) return void client.end(`HTTP/1.1 ${p.refuse ?? 405} Refused\r\n\r\n`);
    p.targets.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  p.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return p;
}
