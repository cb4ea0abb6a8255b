// scm's emulator as a child process on loopback (an unused port), for what runs the built binary against it
// outside the tests: the build's code-cache runs (cache-runs.mjs) and `npm run bench` (bench/roundtrip.mjs).
import { spawn } from 'node:child_process';

/**
 * Starts `bin emulator` with the key pair `ak`/`sk` (and `extra` options) and resolves to { url, stop } once it
 * says where it listens; rejects if it exits first or says nothing within 15 s. `stderr`: 'ignore' where its
 * words would only clutter another tool's output (the build).
 * @param {string} bin  @param {{ ak: string, sk: string, env: Record<string, string | undefined>, extra?: string[], stderr?: 'inherit' | 'ignore' }} o
 */
export function startEmulatorChild(bin, { ak, sk, env, extra = [], stderr = 'inherit' }) {
  const child = spawn(process.execPath, [bin, 'emulator', '--port', '0', '--ak', ak, '--sk', sk, '--quiet', ...extra], { env, stdio: ['ignore', 'pipe', stderr] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => (child.kill(), reject(new Error('the emulator did not start'))), 15_000);
    child.on('error', (e) => (clearTimeout(timer), reject(e)));
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`the emulator exited ${code}`))));
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], stop: () => child.kill('SIGTERM') });
      }
    });
  });
}
