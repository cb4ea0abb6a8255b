// A real `openssl s_server` on 127.0.0.1, on a free port it picks itself (its "ACCEPT host:port" line says
// which), for tests that need a TLS server configured as people configure OpenSSL (old versions, SECLEVEL=0,
// client certificates) rather than as node:tls allows.
import { spawn, type ChildProcess } from 'node:child_process';

export interface SServer {
  port: number;
  stop(): Promise<void>;
}

export function sServer(args: string[]): Promise<SServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn('openssl', ['s_server', '-accept', '127.0.0.1:0', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const stop = (): Promise<void> => new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /^ACCEPT .*:(\d+)$/m.exec(out);
      if (m) resolve({ port: Number(m[1]), stop });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`openssl s_server ${args.join(' ')} exited ${code}: ${err}`)));
  });
}
