// The emulator's request and answer bytes, as the gateway handles them: a request body read up to the gateway's
// limit, and an answer written as JSON (or a fault's page as it is), compressed as a fault asks.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import type { Encoding } from './faults.js';
import type { Answer } from './handlers/index.js';

/** The gateway's limit on a request body (413 APIGW.0201 "Request entity too large." beyond it). */
const BODY_LIMIT = 12 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= BODY_LIMIT) chunks.push(c);
    });
    req.on('end', () => resolve(size > BODY_LIMIT ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

// Brotli at a quick quality: a fault may carry megabytes, and quality 11 takes seconds over them.
const ENCODE: Record<Encoding, (b: Buffer) => Buffer> = { gzip: (b) => gzipSync(b), deflate: (b) => deflateSync(b), br: (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) };

/**
 * The answer as JSON, encoded as a fault's `encoding` says (a gateway that compresses). A string body (only an
 * `answer` fault gives one) is sent as it is, so that a fault can imitate a gateway's or proxy's page: text/html
 * when it starts with '<', else text/plain; JSON-encoded it would be a JSON string, which no gateway sends.
 */
export function send(res: ServerResponse, answer: Answer & { location?: string }, encoding?: Encoding): void {
  if (res.destroyed) return;
  // An `answer` fault's redirect.
  if (answer.location !== undefined) res.setHeader('Location', answer.location);
  if (answer.body === undefined) {
    // As a gateway that labels every answer with its coding, an empty one too.
    res.writeHead(answer.status, encoding ? { 'Content-Encoding': encoding } : {}).end();
    return;
  }
  const text = typeof answer.body === 'string';
  const type = !text ? 'application/json' : (answer.body as string).trimStart().startsWith('<') ? 'text/html' : 'text/plain';
  const raw = Buffer.from(text ? (answer.body as string) : JSON.stringify(answer.body));
  const body = encoding ? ENCODE[encoding](raw) : raw;
  res.writeHead(answer.status, { 'Content-Type': `${type};charset=UTF-8`, 'Content-Length': body.length, ...(encoding ? { 'Content-Encoding': encoding } : {}) }).end(body);
}
