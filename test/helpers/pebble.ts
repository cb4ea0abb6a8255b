// A real ACME server for the hook tests: Debian's pebble on free loopback ports, with its own throw-away
// TLS certificate (the package ships none), challenges always approved (PEBBLE_VA_ALWAYS_VALID=1), no
// artificial sleeps and no rejected nonces. Plus a `scm` command on PATH that runs the built bin/scm.js,
// the way a hook finds an installed scm.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { BIN } from './run-cli.js';

/** A port nobody listens on right now (the OS picks it; the small race is fine on loopback). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Pebble {
  /** The ACME directory URL. */
  directory: string;
  /** Pebble's HTTPS certificate: what ACME clients must trust (REQUESTS_CA_BUNDLE, LEGO_CA_CERTIFICATES). */
  caFile: string;
  log(): string;
  stop(): Promise<void>;
}

export async function startPebble(pebble: string, dir: string): Promise<Pebble> {
  mkdirSync(dir, { recursive: true });
  const cert = join(dir, 'pebble-cert.pem');
  const key = join(dir, 'pebble-key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-subj', '/CN=pebble test server', '-days', '7', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { stdio: 'pipe' });
  const [listen, management, http, tls] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const config = join(dir, 'pebble-config.json');
  writeFileSync(config, JSON.stringify({
    pebble: { listenAddress: `127.0.0.1:${listen}`, managementListenAddress: `127.0.0.1:${management}`, certificate: cert, privateKey: key, httpPort: http, tlsPort: tls, ocspResponderURL: '', externalAccountBindingRequired: false },
  }));
  const child: ChildProcess = spawn(pebble, ['-config', config], {
    env: { PATH: process.env.PATH, PEBBLE_VA_ALWAYS_VALID: '1', PEBBLE_VA_NOSLEEP: '1', PEBBLE_WFE_NONCEREJECT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`pebble did not start:\n${out}`))), 15_000);
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`pebble exited ${code}:\n${out}`))));
    const poll = setInterval(() => {
      if (!out.includes('Listening on')) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve();
    }, 50);
  });
  return {
    directory: `https://127.0.0.1:${listen}/dir`,
    caFile: cert,
    log: () => out,
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A directory holding an executable `scm` that runs the built binary: put it first on PATH. */
export function scmOnPath(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'scm'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
  chmodSync(join(bin, 'scm'), 0o755);
  return bin;
}

export interface ProgramResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an external program with exactly `env`; killed after `timeoutMs` so a test can never hang. */
export function runProgram(cmd: string, args: string[], o: { env: Record<string, string | undefined>; cwd?: string; timeoutMs?: number; input?: string }): Promise<ProgramResult> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(o.env)) if (v !== undefined) env[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, ...(o.cwd ? { cwd: o.cwd } : {}), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(o.input ?? '');
  });
}

/** Today's date as a default name carries it (UTC); both ends of a test, in case it spans midnight. */
export const ymd = (d = new Date()): string => d.toISOString().slice(0, 10).replace(/-/g, '');
