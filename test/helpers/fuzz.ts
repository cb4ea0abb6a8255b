// The fuzzers' tools: a seeded PRNG (every run mutates the same way, so a failure reproduces), mutations of
// certificate-shaped bytes, an in-memory ProcessIo for src/cli.ts main(), and the one verdict every run must
// meet: a finding with its code, or a usage/input error; never exit 70, a stack trace or a hang.
import { Readable } from 'node:stream';
import { expect } from 'vitest';
import { main, type ProcessIo } from '../../src/cli.js';

/** mulberry32: small, fast, good enough to pick mutations. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]!, bytes: (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => int(256))) };
}
export type Prng = ReturnType<typeof prng>;

const lines = (b: Buffer): string[] => b.toString('latin1').split('\n');
const fromLines = (ls: string[]): Buffer => Buffer.from(ls.join('\n'), 'latin1');
const armorLine = (l: string): boolean => /^-----(BEGIN|END) /.test(l.trim());

/** Each mutation: name and function. They keep the input mostly intact, so the parser gets deep. */
export const MUTATIONS: ReadonlyArray<[string, (b: Buffer, r: Prng) => Buffer]> = [
  ['truncate', (b, r) => b.subarray(0, r.int(b.length + 1))],
  ['flip-bits', (b, r) => {
    const out = Buffer.from(b);
    for (let i = 1 + r.int(8); i > 0 && out.length > 0; i--) {
      const at = r.int(out.length);
      out[at] = out[at]! ^ (1 << r.int(8));
    }
    return out;
  }],
  ['overwrite-bytes', (b, r) => {
    const out = Buffer.from(b);
    if (out.length > 0) r.bytes(1 + r.int(16)).copy(out, r.int(out.length));
    return out;
  }],
  ['insert-bytes', (b, r) => { const at = r.int(b.length + 1); return Buffer.concat([b.subarray(0, at), r.bytes(1 + r.int(64)), b.subarray(at)]); }],
  ['delete-range', (b, r) => { const at = r.int(b.length + 1); return Buffer.concat([b.subarray(0, at), b.subarray(at + 1 + r.int(200))]); }],
  ['duplicate-armor-line', (b, r) => {
    const ls = lines(b);
    const armor = ls.map((l, i) => (armorLine(l) ? i : -1)).filter((i) => i >= 0);
    if (armor.length === 0) return b;
    const i = r.pick(armor);
    ls.splice(i + (r.next() < 0.5 ? 0 : 1) + r.int(3), 0, ls[i]!);
    return fromLines(ls);
  }],
  ['drop-armor-line', (b, r) => {
    const ls = lines(b);
    const armor = ls.map((l, i) => (armorLine(l) ? i : -1)).filter((i) => i >= 0);
    if (armor.length === 0) return b;
    ls.splice(r.pick(armor), 1);
    return fromLines(ls);
  }],
  ['drop-every-begin', (b) => fromLines(lines(b).filter((l) => !/^-----BEGIN /.test(l.trim())))],
  ['drop-every-end', (b) => fromLines(lines(b).filter((l) => !/^-----END /.test(l.trim())))],
  ['relabel', (b, r) => Buffer.from(b.toString('latin1').replace(/(BEGIN|END) ([A-Z0-9 ]+)-----/g, (_m, k: string) => `${k} ${r.pick(['CERTIFICATE', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'PUBLIC KEY', 'X509 CRL', 'PKCS7', 'A'])}-----`), 'latin1')],
  ['shuffle-lines', (b, r) => {
    const ls = lines(b);
    for (let i = 0; i < 3 && ls.length > 1; i++) {
      const x = r.int(ls.length);
      const y = r.int(ls.length);
      [ls[x], ls[y]] = [ls[y]!, ls[x]!];
    }
    return fromLines(ls);
  }],
  ['corrupt-base64', (b, r) => {
    const ls = lines(b);
    const body = ls.map((l, i) => (!armorLine(l) && /^[A-Za-z0-9+/=]{8,}$/.test(l.trim()) ? i : -1)).filter((i) => i >= 0);
    if (body.length === 0) return b;
    const i = r.pick(body);
    const l = ls[i]!.split('');
    l[r.int(l.length)] = r.pick(['!', '=', '-', ' ', '\t', '*', 'é', '\0']);
    ls[i] = l.join('');
    return fromLines(ls);
  }],
  ['headers', (b) => Buffer.from(b.toString('latin1').replace(/(-----BEGIN [A-Z ]+-----\r?\n)/, '$1Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\n'), 'latin1')],
  ['crlf-bom-spaces', (b, r) => {
    let t = b.toString('latin1');
    if (r.next() < 0.5) t = t.replace(/\n/g, '\r\n');
    if (r.next() < 0.5) t = `\xef\xbb\xbf${t}`;
    if (r.next() < 0.5) t = t.replace(/\n/g, () => (r.next() < 0.1 ? '\n   \n\t' : '\n'));
    return Buffer.from(t, 'latin1');
  }],
  ['repeat', (b, r) => Buffer.concat(Array.from({ length: 2 + r.int(20) }, () => b))],
  ['binary-junk', (_b, r) => r.bytes(r.int(4096))],
  ['der-length', (b, r) => {
    // Lengths are where DER parsers go wrong: rewrite one length-looking byte after a SEQUENCE/INTEGER tag.
    const out = Buffer.from(b);
    const tags = [...out.keys()].filter((i) => (out[i] === 0x30 || out[i] === 0x02 || out[i] === 0x04) && i + 1 < out.length);
    if (tags.length === 0) return out;
    out[r.pick(tags) + 1] = r.pick([0x00, 0x7f, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x89, 0xff]);
    return out;
  }],
  ['der-inside-pem', (b, r) => {
    // Mutate the DER inside one PEM block and re-encode it: valid base64, so the bytes reach the X.509 and
    // key parsers (flipped bits in the text mostly stop at the base64 check).
    const text = b.toString('latin1');
    const blocks = [...text.matchAll(/(-----BEGIN [A-Z0-9 ]+-----\r?\n)([A-Za-z0-9+/=\r\n]+?)(-----END )/g)];
    if (blocks.length === 0) return b;
    const m = r.pick(blocks);
    const der = Buffer.from(m[2]!.replace(/\s+/g, ''), 'base64');
    const [, fn] = r.pick(MUTATIONS.filter(([name]) => ['flip-bits', 'overwrite-bytes', 'der-length', 'truncate', 'delete-range', 'insert-bytes'].includes(name)));
    const body = fn(der, r).toString('base64').replace(/.{64}/g, '$&\n');
    return Buffer.from(text.slice(0, m.index! + m[1]!.length) + body + (body.endsWith('\n') ? '' : '\n') + text.slice(m.index! + m[1]!.length + m[2]!.length), 'latin1');
  }],
];

/** 1-3 mutations in a row; returns the bytes and what was done (for the failure message). */
export function mutate(seed: Buffer, r: Prng): { data: Buffer; how: string } {
  let data = seed;
  const how: string[] = [];
  for (let n = 1 + (r.next() < 0.3 ? r.int(3) : 0); n > 0; n--) {
    const [name, fn] = r.pick(MUTATIONS);
    data = fn(data, r);
    how.push(name);
  }
  return { data, how: how.join('+') };
}

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

const sink = (into: string[]) => ({ write: (s: string) => void into.push(s), isTTY: false });

/** main() with in-memory streams; `stdin` bytes (default: empty). Rejects after `timeoutMs` (a hang). */
export async function runInProcess(argv: string[], o: { cwd: string; stdin?: Buffer; env?: Record<string, string>; timeoutMs?: number }): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const io: ProcessIo = {
    stdout: sink(out), stderr: sink(err), stdin: Readable.from(o.stdin ? [o.stdin] : []) as unknown as ProcessIo['stdin'],
    env: { LANG: 'C.UTF-8', ...o.env }, cwd: o.cwd, now: () => new Date('2026-06-01T00:00:00Z'),
  };
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`hung for ${o.timeoutMs ?? 10_000} ms: scm ${argv.join(' ')}`)), o.timeoutMs ?? 10_000); });
  try {
    const code = await Promise.race([main(argv, io), hang]);
    return { code, stdout: out.join(''), stderr: err.join(''), ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\)|\(<anonymous>\))$/m;

/**
 * The contract for any input: exit 0/1 (an answer: for validate, findings with their code) or 2 (usage or
 * input error, one line), never 70, never a stack trace, never an internal error. With --json, stdout is one
 * JSON document whose findings all carry a rule and a code (string or null).
 */
export function expectClean(r: { code: number | null; stdout: string; stderr: string }, what: string, o: { json?: boolean; allowed?: number[] } = {}): void {
  const context = `${what}\n--- exit ${r.code}\n--- stderr:\n${r.stderr.slice(0, 1500)}`;
  expect(o.allowed ?? [0, 1, 2], context).toContain(r.code);
  expect(r.stderr, context).not.toMatch(STACK);
  expect(r.stdout, context).not.toMatch(STACK);
  expect(r.stderr, context).not.toMatch(/internal error|InternalError/);
  if (r.code === 2) expect(r.stderr.trim().length, context).toBeGreaterThan(0);
  if (o.json && (r.code === 0 || r.code === 1) && r.stdout.trim() !== '') {
    const doc = JSON.parse(r.stdout) as { findings?: unknown[]; bundles?: Array<{ findings: unknown[] }> };
    const findings = [...(doc.findings ?? []), ...(doc.bundles ?? []).flatMap((b) => b.findings)] as Array<{ rule: unknown; code: unknown; severity: unknown }>;
    for (const f of findings) {
      expect(typeof f.rule, context).toBe('string');
      expect(f.code === null || (typeof f.code === 'string' && /^SCM\.\d{4}$/.test(f.code)), `${context}\nfinding ${JSON.stringify(f)}`).toBe(true);
      expect(['error', 'warning', 'info'], context).toContain(f.severity);
    }
  }
}
