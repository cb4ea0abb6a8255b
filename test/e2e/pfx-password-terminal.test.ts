// `--pfx-password-file -` at a terminal: the password is typed without being shown (raw mode while reading),
// Enter ends it, Backspace edits, Ctrl-C and SIGTERM end the run; the terminal is put back every time. Driven
// on a real pseudo-terminal from util-linux `script`, typing only once scm says it is listening, as a person would.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { fixture } from '../helpers/fixtures.js';
import { describeWithTool } from '../helpers/tools.js';

const q = (a: string): string => `'${a.replace(/'/g, `'\\''`)}'`;

interface Session {
  /** Everything the terminal showed so far. */
  shown: () => string;
  waitFor: (pattern: RegExp) => Promise<void>;
  type: (keys: string) => void;
  done: Promise<string>;
}

/**
 * `sh -c` on a pseudo-terminal: `pid=N` (the shell that execs scm), scm's exit status, then `stty -a`, so the
 * test sees the mode scm left the terminal in. stdin stays open until the end: nothing is typed unasked.
 */
function onTerminal(script: string, args: string[]): Session {
  const scm = `sh -c 'echo pid=$$; exec "$@"' sh ${[process.execPath, BIN, ...args].map(q).join(' ')}`;
  const line = `${scm}; echo "scm-exit=$?"; stty -a`;
  const child = spawn(script, ['-qec', line, '/dev/null'], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: ROOT, TERM: 'xterm-256color', LANG: 'C.UTF-8', NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  const waiters: Array<() => void> = [];
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    for (const w of waiters.splice(0)) w();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const done = new Promise<string>((resolve) =>
    child.on('close', () => {
      clearTimeout(timer);
      child.stdin.end();
      for (const w of waiters.splice(0)) w();
      resolve(out);
    }),
  );
  const waitFor = async (pattern: RegExp): Promise<void> => {
    while (!pattern.test(out.replace(/\r?\n +/g, ' '))) {
      if (child.exitCode !== null) throw new Error(`ended before ${pattern}: ${out}`);
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  return { shown: () => out, waitFor, type: (keys) => child.stdin.write(keys), done };
}

/** The terminal as `stty -a` left it: echo and canonical input on. */
function expectRestored(shown: string): void {
  const modes = shown.slice(shown.indexOf('scm-exit='));
  expect(modes, shown).toMatch(/(^|\s)echo(\s|$)/);
  expect(modes, shown).toMatch(/(^|\s)icanon(\s|$)/);
  expect(modes, shown).toMatch(/(^|\s)isig(\s|$)/);
}

const exitOf = (shown: string): number => Number(/scm-exit=(\d+)/.exec(shown)?.[1]);

describeWithTool('script', '--pfx-password-file - at a terminal', (script) => {
  const password = () => readFileSync(fixture('pfx/password.txt'), 'utf8').trim();

  it('validate: the password typed is never shown, Backspace edits it, Enter ends it; the PFX opens and echo is back on', async () => {
    const pw = password();
    const s = onTerminal(script, ['validate', '--pfx', fixture('pfx/rsa.pfx'), '--pfx-password-file', '-']);
    await s.waitFor(/PKCS#12 password/);
    expect(s.shown()).toContain('reading the PKCS#12 password from the terminal: type it (nothing is shown as you type), then press Enter');
    // A typo ('X'), taken back with Backspace (DEL, as terminals send it), then the rest and Enter.
    s.type(`${pw.slice(0, -1)}X\x7f${pw.slice(-1)}\r`);
    const shown = await s.done;
    expect(exitOf(shown), shown).toBe(0);
    expect(shown).toMatch(/\bvalid\b/i);
    expect(shown).not.toContain(pw.slice(0, -1));
    expectRestored(shown);
  });

  it('/dev/stdin at a terminal is read as - is (typed, not shown), not refused as a device', async () => {
    const pw = password();
    const s = onTerminal(script, ['validate', '--pfx', fixture('pfx/rsa.pfx'), '--pfx-password-file', '/dev/stdin']);
    await s.waitFor(/PKCS#12 password/);
    expect(s.shown()).toContain('reading the PKCS#12 password from the terminal');
    s.type(`${pw}\r`);
    const shown = await s.done;
    expect(exitOf(shown), shown).toBe(0);
    expect(shown).not.toContain(pw);
    expectRestored(shown);
  });

  it('check --lang zh: the line says it in Chinese; Ctrl-C ends the run with exit 130 and the terminal put back', async () => {
    const s = onTerminal(script, ['check', fixture('pfx/rsa.pfx'), '--pfx-password-file', '-', '--lang', 'zh']);
    await s.waitFor(/正在从终端读取 PKCS#12 密码：请输入密码（输入时屏幕上不会显示），然后按回车键/);
    s.type('half-typed\x03');
    const shown = await s.done;
    expect(exitOf(shown), shown).toBe(130);
    expect(shown).toContain('scm: 已中断');
    expect(shown).not.toContain('half-typed');
    expectRestored(shown);
  });

  it('SIGTERM while the password is awaited: exit 143, the terminal put back', async () => {
    const s = onTerminal(script, ['validate', '--pfx', fixture('pfx/rsa.pfx'), '--pfx-password-file', '-']);
    await s.waitFor(/reading the PKCS#12 password from the terminal/);
    const pid = Number(/pid=(\d+)/.exec(s.shown())?.[1]);
    process.kill(pid, 'SIGTERM');
    const shown = await s.done;
    expect(exitOf(shown), shown).toBe(143);
    expect(shown).toContain('scm: terminated (SIGTERM)');
    expectRestored(shown);
  });
});
