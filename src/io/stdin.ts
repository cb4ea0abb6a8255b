// Reading standard input with a size limit, so `-` can never make us swallow gigabytes.
import { InputError } from '../errors.js';

export const STDIN_LIMIT = 1024 * 1024;

export async function readStdin(stream: NodeJS.ReadableStream, limit = STDIN_LIMIT): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) throw new InputError(`standard input is larger than ${limit} bytes`, { path: '-' });
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
