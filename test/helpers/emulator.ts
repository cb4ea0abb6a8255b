// Test helpers for the API work: throw-away certificate bundles made with the openssl CLI, and the built
// emulator (`node bin/scm.js emulator`) started as a separate process with its admin API wrapped.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT } from './run-cli.js';

/** Credentials the tests give the emulator and the CLI: distinctive, so a leak scan can find them. */
export const TEST_AK = 'TESTAKSCMEMULATOR001';
export const TEST_SK = 'tEsT-sEcReT-kEy-9f8e7d6c5b4a39281706';
export const TEST_TOKEN = `MIIEtestTOKEN${'x7Y2'.repeat(12)}`;

export interface Bundle {
  dir: string;
  cert: string; // leaf only
  key: string;
  chain: string; // intermediate
  fullchain: string; // leaf + intermediate
  keyPem: string;
}

const ossl = (args: string[], cwd: string): void => void execFileSync('openssl', args, { cwd, stdio: 'pipe' });

/** root -> intermediate -> leaf (EC P-256, SAN = cn and www.cn). `expired` makes the leaf validity 2020. */
export function makeBundle(dir: string, o: { cn?: string; expired?: boolean } = {}): Bundle {
  const cn = o.cn ?? 'app.example.test';
  mkdirSync(dir, { recursive: true });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  ossl(['req', '-x509', ...ec, '-keyout', 'root.key', '-out', 'root.pem', '-subj', '/CN=Test Root CA', '-days', '3650'], dir);
  writeFileSync(join(dir, 'ca.ext'), 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n');
  ossl(['req', ...ec, '-keyout', 'inter.key', '-out', 'inter.csr', '-subj', '/CN=Test Intermediate CA'], dir);
  ossl(['x509', '-req', '-in', 'inter.csr', '-CA', 'root.pem', '-CAkey', 'root.key', '-CAcreateserial', '-out', 'inter.pem', '-days', '1825', '-extfile', 'ca.ext'], dir);
  writeFileSync(join(dir, 'leaf.ext'), `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:${cn},DNS:www.${cn}\n`);
  ossl(['req', ...ec, '-keyout', 'privkey.pem', '-out', 'leaf.csr', '-subj', `/CN=${cn}`], dir);
  if (o.expired) {
    // `openssl x509 -req` cannot back-date; `openssl ca` can.
    mkdirSync(join(dir, 'ca'), { recursive: true });
    writeFileSync(join(dir, 'ca', 'index.txt'), '');
    writeFileSync(join(dir, 'ca', 'serial'), '1000\n');
    writeFileSync(join(dir, 'ca.cnf'), `[ca]\ndefault_ca=d\n[d]\ndir=./ca\ndatabase=./ca/index.txt\nserial=./ca/serial\nnew_certs_dir=./ca\ndefault_md=sha256\npolicy=p\ncopy_extensions=none\n[p]\ncommonName=supplied\n`);
    ossl(['ca', '-batch', '-config', 'ca.cnf', '-cert', 'inter.pem', '-keyfile', 'inter.key', '-in', 'leaf.csr', '-out', 'cert.pem', '-startdate', '20200101000000Z', '-enddate', '20210101000000Z', '-extfile', 'leaf.ext', '-notext'], dir);
  } else {
    ossl(['x509', '-req', '-in', 'leaf.csr', '-CA', 'inter.pem', '-CAkey', 'inter.key', '-CAcreateserial', '-out', 'cert.pem', '-days', '90', '-extfile', 'leaf.ext'], dir);
  }
  const leaf = readFileSync(join(dir, 'cert.pem'), 'utf8');
  const inter = readFileSync(join(dir, 'inter.pem'), 'utf8');
  writeFileSync(join(dir, 'chain.pem'), inter);
  writeFileSync(join(dir, 'fullchain.pem'), leaf + inter);
  return { dir, cert: join(dir, 'cert.pem'), key: join(dir, 'privkey.pem'), chain: join(dir, 'chain.pem'), fullchain: join(dir, 'fullchain.pem'), keyPem: readFileSync(join(dir, 'privkey.pem'), 'utf8') };
}

export interface EmulatorState {
  requests: { total: number; unauthorized: number; byOperation: Record<string, number> };
  certificates: Array<{ id: string; name: string; domain: string; fingerprint: string; pushes: Array<{ service: string; project: string }> }>;
  faults: unknown[];
}

export interface RunningEmulator {
  url: string;
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  state(): Promise<EmulatorState>;
  fault(spec: unknown): Promise<void>;
  reset(): Promise<void>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the built emulator with the test credentials; resolves once it printed its listening line. */
export function spawnEmulator(extraArgs: string[] = []): Promise<RunningEmulator> {
  const child = spawn(process.execPath, [BIN, 'emulator', '--port', '0', '--ak', TEST_AK, '--sk', TEST_SK, '--token', TEST_TOKEN, ...extraArgs], {
    cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`emulator did not start: ${err}`))), 15_000);
    child.on('exit', (code) => reject(new Error(`emulator exited ${code}: ${err}`)));
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /^scm emulator listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const url = m[1]!;
      const admin = async (method: string, path: string, body?: unknown): Promise<Response> => {
        const res = await fetch(`${url}/_emulator/${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
        if (res.status >= 300) throw new Error(`admin ${method} ${path}: ${res.status} ${await res.text()}`);
        return res;
      };
      resolve({
        url, child,
        stdout: () => out,
        stderr: () => err,
        state: async () => (await (await admin('GET', 'state')).json()) as EmulatorState,
        fault: async (spec) => void (await admin('POST', 'faults', spec)),
        reset: async () => void (await admin('POST', 'reset')),
        stop: async () => (child.kill('SIGTERM'), exited),
      });
    });
  });
}

/**
 * Runs the built CLI against an emulator with the test credentials, recording every output so a file can
 * end with a scan for secrets over all of them.
 */
export function cliRecorder(defaults: () => Record<string, string>) {
  const outputs: Array<{ args: string[]; stdout: string; stderr: string }> = [];
  const run = async (args: string[], o: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {}) => {
    const { runCli } = await import('./run-cli.js');
    const r = await runCli(args, { env: { ...defaults(), ...o.env }, ...(o.input !== undefined ? { input: o.input } : {}), ...(o.cwd ? { cwd: o.cwd } : {}) });
    outputs.push({ args, stdout: r.stdout, stderr: r.stderr });
    return r;
  };
  return { run, outputs };
}

/**
 * The lines of a PEM body (base64), long enough that finding one means the key leaked. An EC key's last line
 * can be nothing but its public point, which the certificate carries too: give the certificate as `publicPem`
 * to leave such lines out (they would match a printed certificate by chance of base64 alignment).
 */
export function secretMarkers(keyPem: string, publicPem = ''): string[] {
  const flat = publicPem.replace(/\s+/g, '');
  return keyPem.split('\n').filter((l) => l.length >= 40 && !l.startsWith('-----') && !flat.includes(l));
}

/** A client wired to an in-process emulator, with recorded retries, backoff waits (not slept) and trace. */
export async function testClient(endpoint: string, o: { auth?: import('../../src/config/index.js').Auth; timeoutMs?: number; retries?: number; env?: Record<string, string>; secrets?: string[] } = {}) {
  const { ScmClient } = await import('../../src/api/client.js');
  const { createTransport } = await import('../../src/api/http.js');
  const { scrubber } = await import('../../src/api/redact.js');
  const { defaultPolicy } = await import('../../src/api/retry.js');
  const scrub = scrubber([TEST_SK, TEST_TOKEN, ...(o.secrets ?? [])]);
  const signal = new AbortController().signal;
  const trace: string[] = [];
  const transport = await createTransport({ env: o.env ?? {}, timeoutMs: o.timeoutMs ?? 5000, signal, scrub, trace: (l) => trace.push(l) });
  const sleeps: number[] = [];
  const retry = { ...defaultPolicy(o.retries ?? 3), random: () => 0.5, sleep: async (ms: number) => void sleeps.push(ms) };
  const retries: string[] = [];
  const client = new ScmClient({
    endpoint: new URL(endpoint), auth: o.auth ?? { kind: 'aksk', ak: TEST_AK, sk: TEST_SK }, transport, retry, signal, now: () => new Date(), lang: 'en', scrub, userAgent: 'scm-test', onRetry: (m) => retries.push(m),
  });
  return { client, retry, signal, sleeps, retries, trace };
}
