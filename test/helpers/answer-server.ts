// A local HTTP server for one unit-test file that gives every request the same answer, read afresh per request
// (a test changes what `answer` returns between calls): the shape several API tests wrote for themselves. Call it
// at the top level; read `.url` inside tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  /** A Buffer for bytes that are not UTF-8 (a GBK body). */
  body: string | Buffer;
}

export function useAnswerServer(answer: () => Answer): { readonly url: string } {
  let server: Server | undefined;
  let url: string | undefined;
  beforeAll(async () => {
    const s = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const a = answer();
        res.writeHead(a.status, a.headers ?? {}).end(a.body);
      });
    });
    server = s;
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));
  return {
    get url() {
      if (url === undefined) throw new Error('useAnswerServer: url is read before beforeAll ran');
      return url;
    },
  };
}
