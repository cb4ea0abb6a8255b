// Test helpers for the API work: throw-away certificate bundles made with the openssl CLI, and the built
// emulator (`node bin/scm.js emulator`) started as a separate process with its admin API wrapped.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeChain } from '../../scripts/make-chain.mjs';
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

/**
 * root -> intermediate -> leaf (EC P-256, SAN = cn and www.cn), far-future validity; expiry cases inject the
 * clock instead (see test/unit/emulator.test.ts).
 */
export function makeBundle(dir: string, o: { cn?: string } = {}): Bundle {
  const made = makeChain(dir, o);
  return { ...made, keyPem: readFileSync(made.key, 'utf8') };
}

export interface EmulatorState {
  requests: { total: number; unauthorized: number; byOperation: Record<string, number>; deploys: Array<{ certificate_id: string; service: string; region: string; resources: number }> };
  in_flight: number;
  certificates: Array<{ id: string; name: string; domain: string; status: string; fingerprint: string; not_after: string; pushes: Array<{ service: string; project: string }>; notifications: { CERT_EXPIRING: boolean; CERT_EXPIRED: boolean } }>;
  resources: Array<{ service: string; region: string; project: string; id: string; name: string; kind: string; certificateId: string | null }>;
  faults: unknown[];
  options: { offset_unit: string; duplicate_check: string; unknown_id_status: number; list_count: string; page_repeat: number; show_fingerprint: string; deployed_lag: number };
}

export interface RunningEmulator {
  url: string;
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** With --edge-port: the URL of its second stdout line, once it is there. */
  edgeUrl(): Promise<string>;
  state(): Promise<EmulatorState>;
  /** The state once nothing is in flight (delayed requests the client gave up on are still processed). */
  settled(): Promise<EmulatorState>;
  fault(spec: unknown): Promise<void>;
  /** POST /_emulator/seed: certificates, resources and unreliable regions; the ids made. */
  seed(spec: unknown): Promise<{ certificates: string[]; resources: string[] }>;
  /** POST /_emulator/options (docs/emulator.md): offset_unit, duplicate_check, deployed_lag, ... */
  options(spec: unknown): Promise<void>;
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
        edgeUrl: async () => {
          for (let i = 0; i < 100; i++) {
            const edge = /\nscm emulator edge listening on (https:\/\/127\.0\.0\.1:\d+)\n/.exec(out);
            if (edge) return edge[1]!;
            await new Promise((r) => setTimeout(r, 50));
          }
          throw new Error(`no edge line: ${out}`);
        },
        state: async () => (await (await admin('GET', 'state')).json()) as EmulatorState,
        settled: async () => {
          for (let i = 0; i < 100; i++) {
            const state = (await (await admin('GET', 'state')).json()) as EmulatorState;
            if (state.in_flight === 0) return state;
            await new Promise((r) => setTimeout(r, 100));
          }
          throw new Error('the emulator still has requests in flight after 10 s');
        },
        fault: async (spec) => void (await admin('POST', 'faults', spec)),
        seed: async (spec) => (await (await admin('POST', 'seed', spec)).json()) as { certificates: string[]; resources: string[] },
        options: async (spec) => void (await admin('POST', 'options', spec)),
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
export async function testClient(endpoint: string, o: { auth?: import('../../src/api/types.js').Auth; timeoutMs?: number; retries?: number; env?: Record<string, string>; secrets?: string[]; privateKeys?: string[]; lang?: 'en' | 'zh'; now?: () => Date; deadline?: import('../../src/api/deadline.js').Deadline } = {}) {
  const { ScmClient } = await import('../../src/api/client.js');
  const { createTransport } = await import('../../src/api/http.js');
  const { scrubber } = await import('../../src/api/redact.js');
  const { defaultPolicy } = await import('../../src/api/retry.js');
  const scrub = scrubber([TEST_SK, TEST_TOKEN, ...(o.secrets ?? [])], { privateKeys: o.privateKeys ?? [] });
  const signal = new AbortController().signal;
  const trace: string[] = [];
  const transport = await createTransport({ env: o.env ?? {}, timeoutMs: o.timeoutMs ?? 5000, signal, scrub, lang: o.lang ?? 'en', trace: (l) => trace.push(l) });
  const sleeps: number[] = [];
  const retry = { ...defaultPolicy(o.retries ?? 3), random: () => 0.5, sleep: async (ms: number): Promise<void> => void sleeps.push(ms), ...(o.deadline ? { deadline: o.deadline } : {}) };
  const retries: string[] = [];
  const client = new ScmClient({
    endpoint: new URL(endpoint), auth: o.auth ?? { kind: 'aksk', ak: TEST_AK, sk: TEST_SK }, transport, retry, signal, now: o.now ?? (() => new Date()), lang: o.lang ?? 'en', scrub, userAgent: 'scm-test', onRetry: (m) => retries.push(m),
  });
  return { client, retry, signal, sleeps, retries, trace };
}

/**
 * A rotation's world for a test file: a temporary folder with an old and a new bundle for example.com, and a
 * running emulator. For `beforeAll(async () => ({ dir, old, fresh, emu } = await rotationWorld('x')), 60_000)`;
 * `leaveWorld` undoes it.
 */
export async function rotationWorld(name: string): Promise<{ dir: string; old: Bundle; fresh: Bundle; emu: RunningEmulator }> {
  const dir = mkdtempSync(join(tmpdir(), `scm-e2e-${name}-`));
  const old = makeBundle(join(dir, 'old'), { cn: 'example.com' });
  const fresh = makeBundle(join(dir, 'new'), { cn: 'example.com' });
  return { dir, old, fresh, emu: await spawnEmulator() };
}

/** Stops the emulator and removes the folder of rotationWorld (either may be missing when set-up failed). */
export async function leaveWorld(emu: RunningEmulator | undefined, dir: string | undefined): Promise<void> {
  await emu?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
