// The transport's fetch for requests without a proxy, on node:http/https. Node's own fetch costs ~50 ms to
// load and, through its WebAssembly HTTP parser compiling in the background, holds the process ~150 ms more
// at exit: together most of an `scm push` (measured by `npm run bench`). Same contract as fetch as far as
// http.ts uses it: status, headers, text; errors carry Node's codes (ECONNREFUSED, ECONNRESET, CERT_...).
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

export interface FetchAnswer {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

const reset = (): Error => Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' });

/** A fetch with its own keep-alive agents (idle sockets never hold the process: Node unrefs them). */
export function nodeFetch(): (url: string, init: FetchInit) => Promise<FetchAnswer> {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  return (url, init) => new Promise((resolve, reject) => {
    const target = new URL(url);
    const https = target.protocol === 'https:';
    const req = (https ? httpsRequest : httpRequest)(target, { method: init.method, headers: init.headers, signal: init.signal, agent: https ? agents.https : agents.http }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('close', () => (res.complete ? undefined : reject(reset())));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: { get: (name) => { const v = res.headers[name.toLowerCase()]; return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v; } },
          text: async () => body,
        });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
