// `scm emulator`'s "listening" lines on stdout are the contract's words, read by scripts, in English whatever the
// language: under a zh locale (or --lang zh) a person read them in English only. Now the same is said in Chinese on
// stderr, with the emulator's other lines, while stdout stays exactly as the contract writes it. Not said again in
// English (stdout already says it), nor under --quiet. Through the built binary.
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { BIN } from '../helpers/run-cli.js';

/** Runs the emulator until its stderr has said what it says at start, then SIGINT; what it printed. */
function startAndStop(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'emulator', '--port', '0', ...args], { env: { PATH: process.env.PATH, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const quiet = args.includes('-q');
    const stopWhenReady = (): void => {
      // Started: the admin line on stderr (or, quiet, the stdout lines alone).
      const ready = quiet ? stdout.split('\n').length > (args.includes('--edge-port') ? 2 : 1) : /Ctrl-C/.test(stderr);
      if (ready) child.kill('SIGINT');
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => ((stdout += d), stopWhenReady()));
    child.stderr.setEncoding('utf8').on('data', (d: string) => ((stderr += d), stopWhenReady()));
    child.on('error', reject);
    child.on('close', (code) => (clearTimeout(timer), resolve({ code, stdout, stderr })));
  });
}

it('zh locale: stdout keeps the contract line; stderr says it in Chinese, the edge too', async () => {
  const r = await startAndStop(['--edge-port', '0'], { LANG: 'zh_CN.UTF-8' });
  expect(r.code, r.stderr).toBe(0);
  const [api, edge] = r.stdout.split('\n');
  expect(api).toMatch(/^scm emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
  expect(edge).toMatch(/^scm emulator edge listening on https:\/\/127\.0\.0\.1:\d+$/);
  const apiUrl = api!.slice('scm emulator listening on '.length);
  const edgeUrl = edge!.slice('scm emulator edge listening on '.length);
  expect(r.stderr).toContain(`模拟器：正在监听 ${apiUrl}\n`);
  expect(r.stderr).toContain(`模拟器：TLS 边缘节点正在监听 ${edgeUrl}\n`);
  expect(r.stderr).not.toMatch(/listening/);
});

it('--lang zh --json: the stdout object as before, the Chinese line a JSON log line', async () => {
  const r = await startAndStop(['--lang', 'zh', '--json'], { LANG: 'C.UTF-8' });
  const doc = JSON.parse(r.stdout.split('\n')[0]!) as { url: string };
  expect(r.stderr).toContain(`${JSON.stringify({ schemaVersion: 1, log: `正在监听 ${doc.url}` })}\n`);
});

it('English: not said twice; --quiet: nothing on stderr in either language', async () => {
  const en = await startAndStop([], { LANG: 'C.UTF-8' });
  expect(en.stdout).toMatch(/^scm emulator listening on http:\/\/127\.0\.0\.1:\d+\n$/);
  expect(en.stderr).not.toMatch(/listening/);
  const quiet = await startAndStop(['-q'], { LANG: 'zh_CN.UTF-8' });
  expect(quiet.stdout).toMatch(/^scm emulator listening on /);
  expect(quiet.stderr).toBe('');
});
