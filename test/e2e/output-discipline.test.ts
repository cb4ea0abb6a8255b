// What scripts rely on, checked on the built binary for every command: results on stdout and nothing else
// there; --json documents with schemaVersion; with --json every stderr line is JSON and a failing exit ends
// with one error object carrying that exit code; colour rules (--no-color, NO_COLOR, FORCE_COLOR, TERM=dumb);
// no spinner off a terminal or under CI; --no-input (and CI) never wait on a terminal. Terminals are real
// pseudo-terminals from util-linux `script`.
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, type Bundle } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';
import { runProgram } from '../helpers/pebble.js';
import { BIN, ROOT, runCli, type RunResult } from '../helpers/run-cli.js';
import { fixture } from '../helpers/fixtures.js';
import { describeWithTool } from '../helpers/tools.js';

/** A second certificate, for other.example.test (t.b is for discipline.example.test). */
let other: Bundle;
const t = withEmulator('discipline', { cn: 'discipline.example.test', setup: (dir) => void (other = makeBundle(join(dir, 'other'), { cn: 'other.example.test' })) });
let closedPort: number;
const api = () => t.env();

beforeAll(async () => {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  closedPort = (server.address() as AddressInfo).port;
  await new Promise((r) => server.close(r));
});

/** Under --json: every stderr line is a JSON object; a failing exit's last line is the error, with that exit code. */
function expectJsonStderr(r: RunResult, what: string): void {
  const lines = r.stderr.split('\n').filter(Boolean);
  for (const line of lines) expect(() => JSON.parse(line), `${what}: stderr line is not JSON: ${line}`).not.toThrow();
  for (const line of lines) expect(JSON.parse(line).schemaVersion, what).toBe(1);
  if (r.code !== 0) {
    expect(lines.length, `${what}: no error object on stderr`).toBeGreaterThan(0);
    const last = JSON.parse(lines[lines.length - 1]!);
    expect(last.error, what).toMatchObject({ type: expect.any(String), message: expect.any(String), exitCode: r.code });
    expect(lines.filter((l) => JSON.parse(l).error !== undefined), `${what}: more than one error object`).toHaveLength(1);
  }
}

describe('--json: one document on stdout with schemaVersion 1', () => {
  it('validate, upload, push, config, explain (an array, each element versioned)', async () => {
    const runs: Array<[string, string[]]> = [
      ['validate', ['validate', t.b.dir, '--json']],
      ['upload', ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'json-doc', '--json']],
      ['upload --dry-run', ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'json-doc', '--dry-run', '--json']],
      ['config', ['config', '--json']],
    ];
    for (const [what, args] of runs) {
      const r = await runCli(args, { env: api() });
      expect(r.code, `${what}: ${r.stderr}`).toBe(0);
      expect(r.stderr, what).toBe('');
      expect(JSON.parse(r.stdout).schemaVersion, what).toBe(1);
    }
    const id = JSON.parse((await runCli(['upload', '--cert', other.fullchain, '--key', other.key, '--name', 'json-push', '--json'], { env: api() })).stdout).certificate_id;
    const push = await runCli(['push', id, '--service', 'CDN', '--json'], { env: api() });
    expect([push.code, push.stderr]).toEqual([0, '']);
    expect(JSON.parse(push.stdout)).toMatchObject({ schemaVersion: 1, pushed: true });
    const explain = await runCli(['explain', 'SCM.0014', 'key-mismatch', '--json']);
    const doc = JSON.parse(explain.stdout) as Array<{ schemaVersion: number }>;
    expect(doc).toHaveLength(2);
    for (const x of doc) expect(x.schemaVersion).toBe(1);
  });

  it('emulator --json: the listening line is a JSON object; its log lines on stderr are JSON too', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [BIN, 'emulator', '--json'], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: t.dir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const first = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no listening line')), 15_000);
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        if (out.includes('\n')) (clearTimeout(timer), resolve(out.split('\n')[0]!));
      });
    });
    const doc = JSON.parse(first);
    expect(doc).toMatchObject({ schemaVersion: 1, listening: true, url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
    expect(doc.port).toBe(Number(new URL(doc.url).port));
    await fetch(`${doc.url}/v3/scm/certificates`);
    const code = await new Promise<number | null>((resolve) => (child.on('exit', resolve), child.kill('SIGTERM')));
    expect(code).toBe(0);
    const lines = err.split('\n').filter(Boolean);
    expect(lines.map((l) => JSON.parse(l).log)).toEqual(expect.arrayContaining([expect.stringMatching(/GET \/v3\/scm\/certificates -> 401/), 'stopped']));
  });
});

describe('--json failures: one error object on stderr, with the exit code', () => {
  it.each<[string, () => string[], number, (() => Record<string, string | undefined>)?]>([
    ['validate: errors found', () => ['validate', '--cert', t.b.fullchain, '--key', other.key, '--json'], 1],
    ['validate: unreadable input', () => ['validate', '--cert', join(t.dir, 'nope.pem'), '--key', t.b.key, '--json'], 2],
    ['validate: usage', () => ['validate', '--json'], 2],
    ['upload: refused offline', () => ['upload', '--cert', t.b.fullchain, '--key', other.key, '--name', 'x-refused', '--json'], 1],
    ['upload: bad push target', () => ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'x-target', '--push', 'FTP', '--json'], 1],
    ['upload: --from without the hook variables', () => ['upload', '--from', 'certbot', '--json'], 2],
    ['upload: no credentials', () => ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'nocreds', '--json'], 3, () => ({ HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined })],
    ['upload: credentials refused', () => ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'badsk', '--json'], 3, () => ({ HUAWEICLOUD_SDK_SK: 'wrong-secret-for-json-test' })],
    ['upload: network', () => ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'net', '--retries', '0', '--json'], 5, () => ({ SCM_ENDPOINT: `http://127.0.0.1:${closedPort}` })],
    ['upload: --no-validate, then SCM refuses (the warning is a JSON line too)', () => ['upload', '--cert', t.b.fullchain, '--key', other.key, '--name', 'noval', '--no-validate', '--json'], 4],
    ['push: refused offline', () => ['push', 'scs123', '--service', 'CDN', '--json'], 1],
    ['push: SCM refuses (unknown id)', () => ['push', 'scs1700000000000', '--service', 'CDN', '--json'], 4],
    ['push: missing argument', () => ['push', '--json'], 2],
    ['explain: unknown codes', () => ['explain', 'SCM.9998', 'SCM.9999', '--json'], 1],
    ['explain: no search match', () => ['explain', '--search', 'qqqqzzzz', '--json'], 1],
    ['config: bad flag value', () => ['config', '--retries', 'many', '--json'], 2],
    ['unknown command', () => ['valdate', '--json'], 2],
    ['emulator: bad port', () => ['emulator', '--port', '70000', '--json'], 2],
  ])('%s', async (what, args, code, env = () => ({})) => {
    const r = await runCli(args(), { env: { ...api(), ...env() } });
    expect(r.code, r.stderr).toBe(code);
    expectJsonStderr(r, what);
    // stdout holds a JSON document or nothing.
    if (r.stdout.trim() !== '') expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});

describe('streams: the result on stdout, nothing else', () => {
  it('--quiet upload: the id alone; push --quiet: nothing at all', async () => {
    const up = await runCli(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'quiet', '-q'], { env: api() });
    expect([up.code, up.stderr]).toEqual([0, '']);
    expect(up.stdout).toMatch(/^scs\d{13}\n$/);
    const push = await runCli(['push', up.stdout.trim(), '--service', 'WAF', '--project', 'cn-north-4', '-q'], { env: api() });
    expect([push.code, push.stdout, push.stderr]).toEqual([0, '', '']);
  });

  it('progress and warnings go to stderr, plain lines when stderr is not a terminal', async () => {
    const r = await runCli(['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'progress', '--if-changed'], { env: api() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^uploaded progress as scs\d{13}\n$/);
    // Progress only (the key is sent as SEC1; that is said in --json, not here).
    const progress = r.stderr;
    expect(progress).toBe(`looking for this certificate in SCM (${new URL(t.emu.url).host}) ...\nuploading progress to ${new URL(t.emu.url).host} ...\n`);
  });

  it('colour: never when piped, FORCE_COLOR forces it, --no-color and FORCE_COLOR=0 win over that', async () => {
    const esc = /\x1b\[/;
    expect((await runCli(['explain', '14'], { env: { NO_COLOR: undefined } })).stdout).not.toMatch(esc);
    expect((await runCli(['explain', '14'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout).toMatch(esc);
    expect((await runCli(['explain', '14', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout).not.toMatch(esc);
    expect((await runCli(['explain', '14'], { env: { NO_COLOR: undefined, FORCE_COLOR: '0' } })).stdout).not.toMatch(esc);
    const err = await runCli(['explain', 'SCM.9999'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(err.stderr).toMatch(esc);
  });

  // Both set: FORCE_COLOR wins (force-color.org, Node.js; README says so), --no-color beats both; an empty
  // FORCE_COLOR forced colour as if it were 1, where both conventions read an empty value as unset.
  it('colour: FORCE_COLOR wins over NO_COLOR, --no-color over both; FORCE_COLOR empty is unset', async () => {
    const esc = /\x1b\[/;
    expect((await runCli(['explain', '14'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout).toMatch(esc);
    expect((await runCli(['explain', '14', '--no-color'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout).not.toMatch(esc);
    expect((await runCli(['explain', '14'], { env: { NO_COLOR: '1', FORCE_COLOR: '0' } })).stdout).not.toMatch(esc);
    expect((await runCli(['explain', '14'], { env: { NO_COLOR: undefined, FORCE_COLOR: '' } })).stdout).not.toMatch(esc);
    expect((await runCli(['explain', '14'], { env: { NO_COLOR: '1', FORCE_COLOR: '' } })).stdout).not.toMatch(esc);
    const help = await runCli(['help', 'environment']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('even with NO_COLOR set');
    const zh = await runCli(['help', 'environment', '--lang', 'zh']);
    expect(zh.stdout.replace(/\s+/g, '')).toContain('即使设置了NO_COLOR也是如此');
  });
});

describeWithTool('script', 'on a terminal (a pseudo-terminal from script)', (script) => {
  /** Runs scm with stdin, stdout and stderr all on one pseudo-terminal; returns what the terminal showed. */
  const onTty = (args: string[], env: Record<string, string | undefined> = {}) => {
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    return runProgram(script, ['-qec', quoted, '/dev/null'], { env: { PATH: process.env.PATH, HOME: t.dir, TERM: 'xterm-256color', LANG: 'C.UTF-8', ...env }, timeoutMs: 20_000 });
  };
  const esc = /\x1b\[/;

  it('colour on a terminal, but not with NO_COLOR, --no-color or TERM=dumb', async () => {
    expect((await onTty(['explain', '14'])).stdout).toMatch(esc);
    expect((await onTty(['explain', '14'], { NO_COLOR: '1' })).stdout).not.toMatch(esc);
    expect((await onTty(['explain', '14', '--no-color'])).stdout).not.toMatch(esc);
    expect((await onTty(['explain', '14'], { TERM: 'dumb' })).stdout).not.toMatch(esc);
  });

  it('a spinner on a terminal; none under CI=true, NO_COLOR or TERM=dumb (plain progress lines instead)', async () => {
    const args = ['upload', '--cert', t.b.fullchain, '--key', t.b.key, '--name', 'spinner', '--allow-duplicate'];
    const spinnerFrame = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]|\x1b\[\?25l/;
    const tty = await onTty(args, api());
    expect(tty.code, tty.stdout).toBe(0);
    expect(tty.stdout).toMatch(spinnerFrame);
    for (const env of [{ CI: 'true' }, { NO_COLOR: '1' }, { TERM: 'dumb' }]) {
      const r = await onTty(args, { ...api(), ...env });
      expect(r.code, `${JSON.stringify(env)}: ${r.stdout}`).toBe(0);
      expect(r.stdout, JSON.stringify(env)).not.toMatch(spinnerFrame);
      expect(r.stdout, JSON.stringify(env)).toMatch(/uploading spinner to 127\.0\.0\.1:\d+ \.\.\./);
    }
  });

  it("--no-input or CI=true: '-' on a terminal fails at once (exit 2) instead of waiting for typing", async () => {
    for (const [args, env] of [
      [['validate', '-', '--no-input'], {}],
      [['validate', '--cert', '-', '--key', t.b.key], { CI: 'true' }],
      [['upload', '-', '--name', 'stdin-tty', '--no-input'], api()],
      [['explain', '-', '--no-input'], {}],
      [['explain', '-', '--json'], { CI: '1' }],
    ] as Array<[string[], Record<string, string>]>) {
      const r = await onTty(args, env);
      expect(r.code, `${args.join(' ')}: ${r.stdout}`).toBe(2);
      // On a terminal the error wraps to its width: read it as one line.
      expect(r.stdout.replace(/\r?\n +/g, ' '), args.join(' ')).toMatch(/'-' reads standard input, but it is a terminal and --no-input \(or CI=true\) forbids waiting for typing/);
    }
  });

  it("--json: what '-' on a terminal waits for (a PEM, an error body, a PKCS#12 password, each said as what it is) is a JSON warning line on stderr", async () => {
    const err = join(t.dir, 'tty-json-stderr');
    for (const [args, awaited] of [
      [['validate', '-', '--json'], /^reading a PEM \(certificate or key\) from standard input/],
      [['upload', '--cert', '-', '--key', t.b.key, '--name', 'stdin-json', '--json'], /^reading a PEM \(certificate or key\) from standard input/],
      [['explain', '-', '--json'], /^reading an API error body \(or any text\) from standard input/],
      // A password is awaited there, not a PEM: the line says so.
      [['validate', '--pfx', fixture('pfx/rsa.pfx'), '--pfx-password-file', '-', '--json'], /^reading the PKCS#12 password from the terminal: type it \(nothing is shown as you type\), then press Enter$/],
      [['check', fixture('pfx/rsa.pfx'), '--pfx-password-file', '-', '--json', '--lang', 'zh'], /^正在从终端读取 PKCS#12 密码：请输入密码（输入时屏幕上不会显示），然后按回车键$/],
    ] as Array<[string[], RegExp]>) {
      // stdin (and stdout) on the terminal, stderr into a file: what a script reading stderr as JSON gets.
      const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
      const r = await runProgram(script, ['-qec', `${quoted} 2>'${err}'`, '/dev/null'], { env: { PATH: process.env.PATH, HOME: t.dir, TERM: 'xterm-256color', LANG: 'C.UTF-8', ...api() }, timeoutMs: 20_000 });
      const stderr = readFileSync(err, 'utf8');
      expectJsonStderr({ ...r, signal: null, stderr }, args.join(' '));
      const warnings = stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l).warning).filter(Boolean);
      expect(warnings.map((w: { message: string }) => w.message), args.join(' ')).toEqual([expect.stringMatching(awaited)]);
    }
  });
});
