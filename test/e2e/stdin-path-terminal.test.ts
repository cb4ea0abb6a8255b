// /dev/stdin (also /dev/fd/0, /proc/self/fd/0) as the certificate, key or chain of `scm validate`, or as the
// path `scm check` reads, with standard input at a terminal: opened by name it is a character device, and scm
// refused it at once, exit 2, saying it was "not a regular file, a pipe or standard input" though it is standard
// input. It is now read as '-' is there (8677a99 did it for --pfx-password-file): the line says a PEM is awaited,
// it is pasted, Ctrl-D ends it. Driven on a real pseudo-terminal from util-linux `script`, typing once asked.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { fixture } from '../helpers/fixtures.js';
import { describeWithTool } from '../helpers/tools.js';

const q = (a: string): string => `'${a.replace(/'/g, `'\\''`)}'`;
const PROMPT = /reading a PEM \(certificate or key\) from standard input: paste it, then press Ctrl-D at the start of a line/;

/** scm on a pseudo-terminal; `pem` is typed once scm says it is listening, then Ctrl-D. Resolves with all it showed. */
function typedAtTerminal(script: string, args: string[], pem: string): Promise<string> {
  const line = `${[process.execPath, BIN, ...args].map(q).join(' ')}; echo "scm-exit=$?"`;
  const child = spawn(script, ['-qec', line, '/dev/null'], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: ROOT, TERM: 'xterm-256color', LANG: 'C.UTF-8', NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let typed = false;
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    if (!typed && PROMPT.test(out.replace(/\r?\n +/g, ' '))) {
      typed = true;
      child.stdin.write(`${pem.trim()}\n\x04`);
    }
  });
  return new Promise((resolve) => child.on('close', () => {
    clearTimeout(timer);
    child.stdin.end();
    resolve(out);
  }));
}

describeWithTool('script', '/dev/stdin at a terminal as an input file', (script) => {
  const dir = fixture('bundles/ec-ok');
  const pem = (name: string): string => readFileSync(`${dir}/${name}`, 'utf8');

  it('validate --cert /dev/stdin: the line, the PEM pasted, Ctrl-D; the bundle passes', async () => {
    const out = await typedAtTerminal(script, ['validate', '--cert', '/dev/stdin', '--key', `${dir}/privkey.pem`, '--chain', `${dir}/chain.pem`], pem('cert.pem'));
    expect(out).not.toMatch(/not a regular file/);
    expect(out).toMatch(/0 errors, 0 warnings/);
    expect(out).toMatch(/scm-exit=0/);
  });

  it('validate --key /dev/fd/0 and --chain /proc/self/fd/0 are read as - is', async () => {
    const key = await typedAtTerminal(script, ['validate', '--cert', `${dir}/cert.pem`, '--key', '/dev/fd/0', '--chain', `${dir}/chain.pem`], pem('privkey.pem'));
    expect(key).toMatch(/scm-exit=0/);
    const chain = await typedAtTerminal(script, ['validate', '--cert', `${dir}/cert.pem`, '--key', `${dir}/privkey.pem`, '--chain', '/proc/self/fd/0'], pem('chain.pem'));
    expect(chain).toMatch(/scm-exit=0/);
  });

  it('check /dev/stdin reads the certificate pasted, not refused as a device', async () => {
    const out = await typedAtTerminal(script, ['check', '/dev/stdin'], pem('cert.pem'));
    expect(out).not.toMatch(/not a regular file/);
    expect(out).toMatch(/: ok\s+CN=ec\.example\.com/);
    expect(out).toMatch(/scm-exit=0/);
  });
});
