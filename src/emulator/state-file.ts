// `scm emulator --state FILE`: a JSON file describing an account to start from, so that list, prune, delete
// and export can be tried on something realistic. Certificates come from PEM files (paths relative to the
// state file): `cert` (the leaf, or the leaf followed by its chain), `chain`, `key`, and for SM2 `enc_cert`
// and `enc_key`; or synthetic ones (names and dates, as the admin seed takes them). Resources say where
// they are deployed. The file becomes one seed (seed.ts): it is checked whole before anything is stored.
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { jsonErrorOffset, positionAt } from '../config/locate.js';
import { systemWords } from '../io/errno.js';
import { EM } from './messages.js';
import { Problem } from './problem.js';

const FILE_KEYS = { cert: 'pem', chain: 'chain', key: 'private_key', enc_cert: 'enc_certificate', enc_key: 'enc_private_key' } as const;

const BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\s*/g;

/** A failed read, as the messages say it: the code, and the system's words for a code the errno table lacks. */
const unread = (e: unknown): { code: string; words: string } => ({ code: (e as NodeJS.ErrnoException).code ?? '', words: systemWords(e as Error) });

/** Why a path that opened is no file to read: a FIFO, a device or a socket (a folder fails as it is read). */
const oddKind = (st: Stats): string | undefined => (st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'device' : undefined);

class NotRegular extends Error {
  constructor(readonly kind: string) {
    super(kind);
  }
}

/**
 * A regular file's text. Opened non-blocking and checked on the descriptor: a FIFO would block open() until a
 * writer came (the process deaf to SIGTERM meanwhile), and /dev/zero would be read until memory runs out.
 */
function readRegular(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const kind = oddKind(fstatSync(fd));
    if (kind) throw new NotRegular(kind);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

function read(base: string, rel: unknown, what: string): string {
  if (typeof rel !== 'string' || rel === '') throw new Problem(EM.stateFilePath, { what });
  const path = resolve(base, rel);
  try {
    return readRegular(path);
  } catch (e) {
    throw e instanceof NotRegular ? new Problem(EM.stateFileNotRegular, { what, path, kind: e.kind }) : new Problem(EM.stateCannotReadFile, { what, path, ...unread(e) });
  }
}

/** The seed the state file at `path` describes; throws an Error naming the bad entry (the caller names the file). */
export function readStateFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readRegular(path);
  } catch (e) {
    if (e instanceof NotRegular) throw new Problem(EM.stateNotRegular, { kind: e.kind });
    throw new Problem(EM.stateCannotRead, unread(e));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Where it stops parsing, never V8's words: they quote the text around the error, and a file named by
    // mistake (a password file, a key) would have its first characters, or all of a short one, printed.
    const { line, column } = positionAt(text, jsonErrorOffset(text) ?? 0);
    throw new Problem(EM.stateNotJson, { line, column });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Problem(EM.stateShape);
  const state = raw as Record<string, unknown>;
  const base = dirname(resolve(path));
  const certificates = state.certificates;
  if (certificates !== undefined && !Array.isArray(certificates)) throw new Problem(EM.stateCertificates);
  const seed = { ...state, certificates: (certificates ?? []).map((c: unknown, i: number) => {
    if (typeof c !== 'object' || c === null) return c;
    const given = c as Record<string, unknown>;
    const out: Record<string, unknown> = { ...given };
    for (const [key, field] of Object.entries(FILE_KEYS)) {
      if (given[key] === undefined) continue;
      const text = read(base, given[key], `certificates[${i}].${key}`);
      delete out[key];
      if (key === 'cert') {
        // A full chain: the first certificate is the leaf, the others its chain (unless `chain` is given too).
        const blocks = text.match(BLOCK) ?? [];
        if (blocks.length === 0) throw new Problem(EM.stateNoPem, { what: `certificates[${i}].cert` });
        out.pem = blocks[0]!.trim() + '\n';
        if (blocks.length > 1 && given.chain === undefined) out.chain = blocks.slice(1).map((b) => b.trim()).join('\n') + '\n';
      } else out[field] = text;
    }
    return out;
  }) };
  return seed;
}
