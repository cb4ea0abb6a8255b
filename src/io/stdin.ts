// Reading standard input with a size limit, so `-` can never make us swallow gigabytes.
import { InputError, UsageError } from '../errors.js';

export const STDIN_LIMIT = 1024 * 1024;

/**
 * '-' with a terminal on standard input would sit waiting for typing. Under --no-input (or CI=true) nothing
 * may wait on a person, so that is a usage error at once.
 */
export function checkStdinUsable(stream: { isTTY?: boolean }, noInput: boolean | undefined): void {
  if (noInput && stream.isTTY === true) {
    throw new UsageError("'-' reads standard input, but it is a terminal and --no-input (or CI=true) forbids waiting for typing", { hint: "pipe or redirect the data: ... - < file.pem" });
  }
}

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
